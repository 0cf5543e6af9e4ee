import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const es: FactLocale = {
  lang: 'es',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['se unió', 'ingresó', 'entró', 'incorporó'],
    left: ['dej[aó]', 'salida', 'abandon\\p{L}*', 'renunci\\p{L}*', 'marcha'],
    announced: ['anunci\\p{L}*', 'publicó', 'mensaje'],
    tenure: ['tras', 'después de'],
    role: ['como'],
    promoted: ['ascendid[oa]', 'nombrad[oa]', 'se convirtió'],
    founded: ['fundad[oa]', 'fundó'],
    launched: ['lanz\\p{L}*', 'despeg\\p{L}*', 'presentó'],
    acquired: ['adquiri\\p{L}*', 'adquisición', 'compr\\p{L}*'],
    valued: ['valorad[oa]', 'valoración'],
    stake: ['participación'],
    born: ['nació', 'nacid[oa]'],
    // "Juan Pérez, de 61 años,": the age in apposition, never a term or a tenure.
    age: ['años de edad', 'de edad', '(?<=, )de(?= \\d{1,3} años[,)])'],
    studied: ['estudió', 'graduad[oa]', 'máster'],
    died: ['muert[oe]s?', 'fallecid[oa]s', 'víctimas', 'vidas'],
    injured: ['herid[oa]s'],
    missing: ['desaparecid[oa]s'],
    magnitude: ['magnitud'],
    depth: ['profundidad'],
    located: ['cerca de', 'epicentro'],
    occurred: ['sismo', 'terremoto', 'temblor', 'sacudió'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['contenid[oa]s?', 'controlad[oa]s?', 'contención'],
    destroyed: [
      'destruid[oa]s?',
      'quemad[oa]s?',
      'arrasad[oa]s?',
      'calcinad[oa]s?',
      'estructuras',
      'edificios',
      'viviendas',
    ],
    evacuated: ['evacua(?:d[oa]s?|ción|ciones)', 'desalojad[oa]s?'],
    cost: ['cost(?:ó|e|o|ado)'],
    donations: ['donaciones', 'donad[oa]s?', 'recaudad[oa]s?'],
    workers: ['trabajadores', 'artesanos', 'empleados', 'obreros'],
    attendees: ['jefes de Estado', 'líderes', 'invitados'],
    height: ['alt[oa]', 'altura'],
    altitude: ['altitud'],
    seats: ['escaños', 'asientos'],
    turnout: ['participación'],
    reopened: ['reabr(?:e|ió|irá|ir)', 'reapertura'],
    lasted: ['duró', 'vuelo'],
    separated: ['separ\\p{L}*'],
    landed: ['aterriz\\p{L}*', 'atrapad[oa]', 'capturad[oa]'],
    ceremony: ['ceremonia', 'inaugura\\p{L}*', 'solemnemente'],
    sentence: ['conden(?:ado|ada|ados|adas|ó|aron|a)', 'cárcel', 'prisión', 'reclusión'],
    fine: ['multas?', 'multad[oa]s?', 'multó'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); "de" joins them to the
  // amount ("3 millones de francos suizos").
  currencies: { linkers: ['de'] },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['de', 'entre'],
    notHeads: ['y', 'por', 'para', 'con', 'han', 'son', 'personas', 'años', 'veces', 'más'],
    articles: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'su', 'sus'],
    closed: [
      'el',
      'la',
      'los',
      'las',
      'un',
      'una',
      'unos',
      'unas',
      'de',
      'del',
      'y',
      'o',
      'a',
      'al',
      'en',
      'sobre',
      'por',
      'para',
      'con',
      'sin',
      'contra',
      'desde',
      'hacia',
      'han',
      'son',
      'eran',
      'fueron',
      'que',
    ],
    // Adjectives follow the noun in Spanish but for a few ("nuevas ambulancias"): those few.
    modifiers: [
      'nuevos',
      'nuevas',
      'otros',
      'otras',
      'primeros',
      'primeras',
      'últimos',
      'últimas',
      'pequeños',
      'pequeñas',
      'grandes',
      'jóvenes',
      'antiguos',
      'antiguas',
      'varios',
      'varias',
    ],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", and seats.
  units: {
    m: ['m'],
    seat: ['escaños'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['alrededor de', 'unos', 'unas', 'aproximadamente', 'cerca de'],
      over: ['más de', 'al menos', 'por lo menos'],
      nearly: ['casi'],
      projected: ['podría[n]?', 'prevé', 'previst[oa]s?', 'se espera', 'proyección', 'proyecciones'],
    },
    after: {},
  },
  scopes: {
    aftershock: ['réplicas?'],
    request: [
      'pedía',
      'pedían',
      'pidió',
      'pidieron',
      'pedido',
      'solicit(?:ó|aba|aron|ado|ada)',
      'reclam(?:ó|aba|aron|ado)',
      'exigi(?:ó|eron)',
      'exigía',
    ],
    previous: ['anterior(?:es)?', 'previ[oa]s?'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['que', 'quien(?:es)?', 'cuy[oa]s?', 'el cual', 'la cual'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Verdes'],
    left: ['Die Linke', '[Ll]a Izquierda'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['incendio', 'fuego', 'huracán', 'tifón', 'ciclón', 'tormenta', 'sismo', 'terremoto'],
    linkers: ['de', 'del', 'en'],
    references: ['el', 'este', 'ese', 'la', 'esta'],
  },
  // Figures given in the order of the names before them.
  respectively: ['respectivamente'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: {
    before: ['llamad[oa]s?', 'apodad[oa]s?', 'conocid[oa]s? como', 'denominad[oa]s?', 'bautizad[oa]s?'],
  },
  attribution: {
    sourceAfter: ['según', 'de acuerdo con'],
    sourceBefore: ['informó', 'estimó'],
  },
};
