import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const de: FactLocale = {
  lang: 'de',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: [
      'gehörte seit',
      'gehört seit',
      'seit',
      'beigetreten',
      'trat [^.;]{0,30}bei',
      'eingestiegen',
      'stieß',
    ],
    left: [
      'verlässt',
      'verlassen',
      'verließ(?:en)?',
      'Abgang',
      'Abschied',
      'Weggang',
      'Rücktritt',
      'Kündigung',
      'ausgeschieden',
      'kehrt\\p{L}* [^.;]{0,30}den Rücken',
    ],
    announced: [
      'angekündigt',
      'kündigte',
      'verkündet\\p{L}*',
      'bekanntgegeben',
      'bekanntgab',
      'gab [^.;]{0,30}bekannt',
      'Beitrag',
      'Post',
      'Nachricht',
      'Mitteilung',
      'veröffentlichte',
    ],
    tenure: ['nach', 'während', 'Amtszeit'],
    role: ['als'],
    promoted: ['befördert', 'ernannt', 'aufgestiegen', 'wurde'],
    founded: ['gegründet', 'Gründung'],
    launched: ['vorgestellt', 'gestartet', 'startete', 'abgehoben', 'hob ab', 'eingeführt', 'veröffentlicht'],
    acquired: [
      'übernimmt',
      'übernommen',
      'Übernahme',
      'kauft',
      'gekauft',
      'erwirbt',
      'erworben',
      'Kaufpreis',
    ],
    valued: ['bewertet', 'Bewertung', 'Wert'],
    stake: ['Anteil', 'Beteiligung'],
    born: ['geboren', 'Geburt'],
    age: ['Jahre alt', '-?jährige\\p{L}*'],
    studied: ['studier\\p{L}*', 'Studium', 'Abschluss', 'Master'],
    died: ['Tote[n]?', 'getötet', 'ums Leben', 'starben', 'Todesopfer'],
    injured: ['Verletzte[n]?', 'verletzt'],
    missing: ['vermisst', 'Vermisste[n]?'],
    magnitude: ['Stärke', 'Magnitude'],
    depth: ['Tiefe'],
    located: ['nahe', 'Epizentrum', 'vor der Küste'],
    occurred: ['Beben', 'Erdbeben', 'erschütterte', 'ereignete'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['eingedämmt', 'unter Kontrolle'],
    destroyed: ['zerstört', 'niedergebrannt', 'verbrannt', 'Gebäude', 'Häuser'],
    evacuated: ['evakuiert', 'Evakuierung\\p{L}{0,4}'],
    cost: ['gekostet', 'Kosten', 'kostete'],
    donations: ['Spenden', 'gespendet'],
    workers: ['Arbeiter', 'Handwerker', 'Mitarbeiter', 'Beschäftigte'],
    attendees: ['Staats- und Regierungschefs', 'Staatschefs', 'Gäste'],
    height: ['hoch', 'Höhe', 'lang'],
    altitude: ['Flughöhe', 'Höhe von'],
    seats: ['Sitze[n]?', 'Mandate'],
    turnout: ['Wahlbeteiligung', 'Beteiligung'],
    reopened: ['wiedereröffnet', 'Wiedereröffnung', 'wieder geöffnet'],
    lasted: ['dauerte', 'Flug'],
    separated: ['getrennt', 'abgetrennt', 'Trennung', 'löste sich'],
    landed: ['landete', 'gelandet', 'Landung', 'eingefangen', 'gefangen'],
    ceremony: ['Zeremonie', 'Feier', 'Festakt', 'feierlich', 'Einweihung', 'eingeweiht'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", the old land measure "Morgen", and seats.
  units: {
    acre: ['Morgen'],
    m: ['m'],
    seat: ['Sitze[n]?', 'Mandate'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['etwa', 'rund', 'ungefähr', 'circa', 'ca\\.'],
      over: ['mehr als', 'über', 'mindestens', 'gut'],
      nearly: ['fast', 'beinahe', 'knapp'],
      'up to': ['bis zu'],
      projected: [
        'könnte[n]?',
        'dürfte[n]?',
        'voraussichtlich',
        'erwartet',
        'Prognose[n]?',
        'Hochrechnung(?:en)?',
      ],
    },
    after: {},
  },
  scopes: {
    aftershock: ['Nachbeben'],
    previous: ['vorherige[nmrs]?', 'frühere[nmrs]?', 'bisherige[nmrs]?'],
  },
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Grünen', 'Grüne', 'Bündnis 90/Die Grünen'],
    left: ['Die Linke', 'Linken?', 'Linkspartei'],
    // "die Union": CDU and CSU together, as German news names them; not the European Union.
    union: ['(?<!Europäische[n]? )Union(?! (?:der|des|für|von))', 'Unionsparteien'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['Waldbrand', 'Feuer', 'Brand', 'Großbrand', 'Hurrikan', 'Taifun', 'Sturm', 'Erdbeben', 'Beben'],
    linkers: ['in', 'bei', 'von'],
    references: ['das', 'der', 'dieses', 'dieser'],
  },
  // Figures given in the order of the names before them.
  respectively: ['beziehungsweise', 'bzw\\.'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['bekannt als', 'genannt', 'sogenannte[nmrs]?', 'getauft auf den Namen'] },
  attribution: {
    sourceAfter: ['laut', 'nach Angaben (?:des|der|von)', 'zufolge', 'wie [^.;]{0,30}mitteilte'],
    sourceBefore: ['zufolge', 'teilte mit', 'meldete'],
  },
};
