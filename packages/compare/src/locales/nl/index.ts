import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const nl: FactLocale = {
  lang: 'nl',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['in dienst', 'kwam [^.;]{0,30}bij', 'sinds', 'trad [^.;]{0,30}toe', 'begon bij'],
    left: [
      'verl(?:aat|iet|ieten|aten)',
      'verlaten',
      'vertrek',
      'vertrekt',
      'vertrok',
      'ontslag',
      'afscheid',
      'stapt(?:e|en)? [^.;]{0,30}op',
    ],
    announced: [
      'kondigde',
      'aangekondigd',
      'maakte [^.;]{0,30}bekend',
      'bekendgemaakt',
      'bericht',
      'verklaring',
      'schreef',
    ],
    tenure: ['na', 'tijdens', 'ambtstermijn'],
    role: ['als'],
    promoted: ['gepromoveerd', 'benoemd', 'werd', 'bevorderd'],
    founded: ['opgericht', 'oprichting', 'richtte [^.;]{0,30}op'],
    launched: ['gelanceerd', 'lanceerde', 'gepresenteerd', 'presenteerde', 'uitgebracht'],
    acquired: [
      'overgenomen',
      'overname',
      'neemt [^.;]{0,30}over',
      'nam [^.;]{0,30}over',
      'kocht',
      'gekocht',
      'koopt',
    ],
    valued: ['gewaardeerd', 'waardering', 'waarde'],
    stake: ['belang', 'aandeel'],
    born: ['geboren'],
    age: ['jaar oud', '-?jarige'],
    studied: ['studeerde', 'studie', 'afgestudeerd', 'master'],
    died: ['doden', 'dode', 'omgekomen', 'kwamen [^.;]{0,20}om', 'stierven', 'dodental'],
    injured: ['gewonden', 'gewond'],
    missing: ['vermist', 'vermisten'],
    magnitude: ['kracht', 'magnitude'],
    depth: ['diepte'],
    located: ['nabij', 'vlakbij', 'epicentrum', 'voor de kust'],
    occurred: ['aardbeving', 'beving', 'trof', 'schudde'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['ingedamd', 'onder controle'],
    destroyed: ['verwoest', 'afgebrand', 'gebouwen', 'huizen'],
    evacuated: ['geëvacueerd', 'evacuatie'],
    cost: ['kostte', 'kosten'],
    donations: ['donaties', 'giften', 'gedoneerd'],
    workers: ['arbeiders', 'ambachtslieden', 'werknemers'],
    attendees: ['staatshoofden', 'leiders', 'gasten'],
    height: ['hoog', 'hoogte'],
    altitude: ['hoogte van'],
    seats: ['zetels'],
    turnout: ['opkomst'],
    reopened: ['heropend', 'heropening'],
    lasted: ['duurde', 'vlucht'],
    separated: ['scheiding', 'gescheiden', 'ontkoppeld'],
    landed: ['geland', 'landing', 'gevangen'],
    ceremony: ['ceremonie', 'plechtigheid', 'plechtig', 'ingewijd', 'inwijding'],
    sentence: ['veroordeeld', 'celstraf(?:fen)?', 'gevangenisstraf(?:fen)?', 'cel', 'gevangenis'],
    fine: ['boetes?', 'beboet'],
  },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['van', 'uit'],
    notHeads: ['en', 'per', 'voor', 'met', 'zijn', 'waren', 'mensen', 'personen', 'jaar', 'keer', 'meer'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", and seats.
  units: {
    m: ['m'],
    seat: ['zetels'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['ongeveer', 'circa'],
      over: ['meer dan', 'ruim', 'minstens'],
      nearly: ['bijna'],
      projected: ['zou(?:den)?', 'verwacht', 'prognose'],
    },
    after: {},
  },
  scopes: {
    aftershock: ['naschokken?'],
    request: ['geëist', 'eis(?:te|ten|t)?', 'vroeg(?:en)?', 'gevraagd', 'verzocht'],
    previous: ['vorige', 'eerdere'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['die', 'dat', 'welke', 'wiens', 'wier'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Groenen'],
    left: ['Die Linke'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['bosbrand', 'brand', 'orkaan', 'tyfoon', 'storm', 'aardbeving'],
    linkers: ['bij', 'in', 'van'],
    references: ['de', 'het', 'deze'],
  },
  // Figures given in the order of the names before them.
  respectively: ['respectievelijk'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['genaamd', 'bekend als', 'bijgenaamd', 'gedoopt'] },
  attribution: {
    sourceAfter: ['volgens', 'aldus', 'zo meldt'],
    sourceBefore: ['meldde', 'liet weten'],
  },
};
