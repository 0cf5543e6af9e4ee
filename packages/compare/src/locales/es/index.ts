import type { FactLocale } from '../types';

export const es: FactLocale = {
  lang: 'es',
  wordBoundaries: true,
  triggers: {
    joined: ['se unió', 'ingresó', 'entró', 'incorporó'],
    left: ['dej[aó]', 'salida', 'abandon\\p{L}*', 'renunci\\p{L}*', 'marcha'],
    announced: ['anunci\\p{L}*', 'publicó', 'mensaje'],
    tenure: ['tras', 'después de'],
    role: ['como'],
    promoted: ['ascendid[oa]', 'nombrad[oa]', 'se convirtió'],
    founded: ['fundad[oa]', 'fundó'],
    launched: ['lanz\\p{L}*', 'presentó'],
    acquired: ['adquiri\\p{L}*', 'adquisición', 'compr\\p{L}*'],
    valued: ['valorad[oa]', 'valoración'],
    stake: ['participación'],
    born: ['nació', 'nacid[oa]'],
    age: ['años de edad', 'de edad'],
    studied: ['estudió', 'graduad[oa]', 'máster'],
    died: ['muert[oe]s?', 'fallecid[oa]s', 'víctimas'],
    injured: ['herid[oa]s'],
    missing: ['desaparecid[oa]s'],
    magnitude: ['magnitud'],
    depth: ['profundidad'],
    located: ['cerca de', 'epicentro'],
    occurred: ['sismo', 'terremoto', 'temblor', 'sacudió'],
  },
  attribution: {
    sourceAfter: ['según', 'de acuerdo con'],
    sourceBefore: ['informó', 'estimó'],
  },
};
