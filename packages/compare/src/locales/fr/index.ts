import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const fr: FactLocale = {
  lang: 'fr',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['a rejoint', 'rejoint', 'entré[e]?', 'arrivé[e]? chez'],
    left: ['quitt\\p{L}*', 'départ', 'démission\\p{L}*'],
    announced: ['annonc\\p{L}*', 'publié[e]?', 'message'],
    tenure: ['après', 'passé[e]?s?'],
    role: ['en tant que'],
    promoted: ['promu[e]?', 'nommé[e]?', 'devenu[e]?'],
    founded: ['fondé[e]?', 'créé[e]?'],
    launched: ['lancé[e]?', 'lancement', 'décollé', 'décollage', 'présenté[e]?'],
    acquired: ['rach\\p{L}*', 'acqui\\p{L}*', 'achat'],
    valued: ['valoris\\p{L}*', 'valeur'],
    stake: ['participation'],
    born: ['né[e]?', 'naissance'],
    age: ['âgé[e]? de', 'ans'],
    studied: ['diplômé[e]?', 'étudié', 'master', 'doctorat'],
    died: ['morts?', 'décès', 'tué[e]?s?', 'victimes', 'bilan'],
    injured: ['blessé[e]?s?'],
    missing: ['disparu[e]?s?'],
    magnitude: ['magnitude'],
    depth: ['profondeur'],
    located: ['près de', 'épicentre', 'au large'],
    occurred: ['séisme', 'secousse', 'tremblement de terre', 'survenu', 'frappé'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['contenu[es]{0,2}', 'maîtrisé[es]{0,2}', 'confinement'],
    destroyed: [
      'détruit[es]{0,2}',
      'brûlé[es]{0,2}',
      'ravagé[es]{0,2}',
      'structures',
      'bâtiments',
      'maisons',
    ],
    evacuated: ['évacu(?:é|ée|és|ées|ation|ations)'],
    cost: ['coût(?:é|e|ant)?'],
    donations: ['dons', 'don', 'récolté[es]{0,2}', 'collecté[es]{0,2}'],
    workers: ['ouvriers', 'artisans', 'compagnons', 'salariés', 'personnes ont travaillé'],
    attendees: ["chefs d['’]État", 'dirigeants', 'invités'],
    height: ['haut[es]{0,2}', 'hauteur'],
    altitude: ['altitude'],
    seats: ['sièges'],
    turnout: ['participation', 'ont voté'],
    reopened: ['rouvr(?:ir|e|ira|ent)', 'réouverture', 'rouvert[es]{0,2}'],
    lasted: ['duré', 'vol'],
    separated: ['séparé[es]{0,2}', 'séparation', 's[’\x27]est séparé'],
    landed: ['atterri[es]{0,2}', 'atterrissage', 'rattrapé[es]{0,2}', 'capturé[es]{0,2}'],
    ceremony: ['cérémonie', 'inauguration', 'inauguré[es]{0,2}', 'solennellement'],
    sentence: ['condamn(?:é|ée|és|ées|e|ent|ait|ation)', 'prison', 'réclusion', 'emprisonnement'],
    fine: ['amendes?', 'pénalités?'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); "de" and "d'" join them
  // to the amount ("3 millions de francs suisses").
  currencies: { linkers: ['de', "d['’]"] },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['de', 'des', 'sur', 'parmi'],
    notHeads: ['et', 'par', 'pour', 'ont', 'sont', 'personnes', 'ans', 'fois', 'plus'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", "acres" (CLDR's French has only "ac"), and seats.
  units: {
    acre: ['acres?'],
    m: ['m'],
    seat: ['sièges'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['environ', 'quelque', 'autour de'],
      over: ['plus de', "plus d['’]", 'au moins', 'dépassant'],
      nearly: ['près de', 'presque', 'quasiment'],
      'up to': ["jusqu['’]à"],
      projected: [
        'pourrai(?:t|ent)',
        'devrai(?:t|ent)',
        'prévu[es]{0,2}',
        'attendu[es]{0,2}',
        'projection[s]?',
        'estimation[s]?',
      ],
    },
    after: {},
  },
  scopes: {
    aftershock: ['répliques?'],
    // "requis" and "demandé" alone are also adjectives ("le seuil des 5 % requis"): with their auxiliary.
    request: [
      '(?:a|ont|avait|avaient) (?:demandé|requis|réclamé)',
      'demandait',
      'demandaient',
      'requiert',
      'requérait',
      'réclamait',
    ],
    previous: ['précédent[es]{0,2}', 'ancien[nes]{0,3}'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['qui', 'dont', 'lequel', 'laquelle', 'lesquel(?:le)?s'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Verts', 'Écologistes'],
    left: ['Die Linke', '[Ll]a Gauche'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['incendie', 'feu', 'ouragan', 'typhon', 'cyclone', 'tempête', 'séisme'],
    linkers: ["d['’]", 'de', 'du', 'à'],
    references: ["l['’]", 'cet', 'ce', 'cette'],
  },
  // Figures given in the order of the names before them.
  respectively: ['respectivement'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: {
    before: [
      'surnommé[es]{0,2}',
      'appelé[es]{0,2}',
      'baptisé[es]{0,2}',
      'connu[es]{0,2} sous le nom de',
      'dit[es]{0,2}',
    ],
  },
  attribution: {
    sourceAfter: ['selon', "d'après", 'd’après'],
    sourceBefore: ['a indiqué', 'a annoncé', 'estime'],
  },
};
