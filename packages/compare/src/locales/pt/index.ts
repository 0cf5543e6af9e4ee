import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const pt: FactLocale = {
  lang: 'pt',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['entrou', 'ingressou', 'juntou-se', 'integrou', 'aderiu', 'contratad[oa]'],
    left: [
      'deix(?:ou|a|ará)',
      'saída',
      'saiu',
      'abandon\\p{L}*',
      'renunci\\p{L}*',
      'demitiu-se',
      'despediu-se',
    ],
    announced: ['anunci\\p{L}*', 'publicou', 'mensagem', 'comunicado', 'revelou'],
    tenure: ['após', 'depois de'],
    role: ['como'],
    promoted: ['promovid[oa]', 'nomead[oa]', 'tornou-se'],
    founded: ['fundad[oa]', 'fundou'],
    launched: ['lanç\\p{L}*', 'decol\\p{L}*', 'apresentou', 'estreou'],
    acquired: ['adquiri\\p{L}*', 'aquisição', 'compr(?:ou|a|ará|ad[oa])'],
    valued: ['avaliad[oa]', 'avaliação', 'valor'],
    stake: ['participação'],
    born: ['nasceu', 'nascid[oa]'],
    // "João Silva, de 61 anos,": the age in apposition, never a term or a tenure.
    age: ['anos de idade', 'de idade', '(?<=, )de(?= \\d{1,3} anos[,)])'],
    studied: ['estudou', 'formou-se', 'formad[oa]', 'mestrado', 'doutorado'],
    died: ['mort[oa]s', 'mortes', 'morreram', 'vítimas', 'óbitos', 'vidas'],
    injured: ['ferid[oa]s'],
    missing: ['desaparecid[oa]s'],
    magnitude: ['magnitude'],
    depth: ['profundidade'],
    located: ['perto de', 'próximo a', 'epicentro', 'ao largo'],
    occurred: ['sismo', 'terremoto', 'terramoto', 'tremor', 'abalou', 'atingiu'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['contid[oa]s?', 'controlad[oa]s?'],
    destroyed: ['destruíd[oa]s?', 'queimad[oa]s?', 'edifícios', 'casas'],
    evacuated: ['evacuad[oa]s?', 'evacuação'],
    cost: ['cust(?:ou|o|ará)'],
    donations: ['doações', 'doad[oa]s?'],
    workers: ['trabalhadores', 'artesãos', 'operários', 'funcionários'],
    attendees: ['chefes de Estado', 'líderes', 'convidados'],
    height: ['alt[oa]', 'altura'],
    altitude: ['altitude'],
    seats: ['assentos', 'cadeiras'],
    turnout: ['participação', 'comparecimento'],
    reopened: ['reabr(?:e|iu|irá|ir)', 'reabertura'],
    lasted: ['durou', 'voo'],
    separated: ['separ\\p{L}*'],
    landed: ['pous\\p{L}*', 'aterriss\\p{L}*', 'capturad[oa]'],
    ceremony: ['cerimônia', 'cerimónia', 'inaugura\\p{L}*', 'solenemente'],
    sentence: ['conden(?:ado|ada|ados|adas|ou|aram)', 'condenação', 'prisão', 'cadeia', 'reclusão'],
    fine: ['multas?', 'multad[oa]s?', 'multou'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); "de" joins them to the
  // amount ("3 milhões de francos suíços").
  currencies: { linkers: ['de'] },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['de', 'dos', 'das', 'entre'],
    notHeads: ['e', 'por', 'para', 'com', 'são', 'foram', 'pessoas', 'anos', 'vezes', 'mais'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", and seats.
  units: {
    m: ['m'],
    seat: ['assentos', 'cadeiras'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['cerca de', 'aproximadamente'],
      over: ['mais de', 'pelo menos'],
      nearly: ['quase'],
      projected: ['poderia[m]?', 'previst[oa]s?', 'projeção', 'projeções'],
    },
    after: {},
  },
  scopes: {
    aftershock: ['réplicas?'],
    request: [
      'pediu',
      'pediram',
      'pedia',
      'pedido',
      'solicit(?:ou|ava|aram|ado|ada)',
      'exigi(?:u|ram)',
      'exigia',
      'reclam(?:ou|ava)',
    ],
    previous: ['anterior(?:es)?'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['que', 'cuj[oa]s?', 'o qual', 'a qual', 'os quais', 'as quais'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Verdes'],
    left: ['Die Linke', '[Aa] Esquerda'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['incêndio', 'fogo', 'furacão', 'tufão', 'ciclone', 'tempestade', 'terremoto', 'sismo'],
    linkers: ['de', 'do', 'em'],
    references: ['o', 'este', 'esse', 'a'],
  },
  // Figures given in the order of the names before them.
  respectively: ['respetivamente', 'respectivamente'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['chamad[oa]s?', 'apelidad[oa]s?', 'conhecid[oa]s? como', 'batizad[oa]s?'] },
  attribution: {
    sourceAfter: ['segundo', 'de acordo com', 'conforme'],
    sourceBefore: ['informou', 'estimou', 'afirmou'],
  },
};
