import type { FactLocale } from '../types';

export const fr: FactLocale = {
  lang: 'fr',
  wordBoundaries: true,
  triggers: {
    joined: ['a rejoint', 'rejoint', 'entré[e]?', 'arrivé[e]? chez'],
    left: ['quitt\\p{L}*', 'départ', 'démission\\p{L}*'],
    announced: ['annonc\\p{L}*', 'publié[e]?', 'message'],
    tenure: ['après', 'passé[e]?s?'],
    role: ['en tant que'],
    promoted: ['promu[e]?', 'nommé[e]?', 'devenu[e]?'],
    founded: ['fondé[e]?', 'créé[e]?'],
    launched: ['lancé[e]?', 'lancement', 'présenté[e]?'],
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
  },
  attribution: {
    sourceAfter: ['selon', "d'après", 'd’après'],
    sourceBefore: ['a indiqué', 'a annoncé', 'estime'],
  },
};
