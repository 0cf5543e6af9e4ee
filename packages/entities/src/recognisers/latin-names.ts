import { nameCandidates } from '../core/names';
import type { Recogniser } from './recogniser';

/** People, organisations, products and places written in Latin, Cyrillic or Greek letters. */
export const latinNames: Recogniser = {
  name: 'latin-names',
  types: ['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME'],
  recognise: (context) => nameCandidates(nameContext(context)),
};

export function nameContext(context: Parameters<Recogniser['recognise']>[0]) {
  const { text, locale, english } = context;
  return { text, locale, english, gazetteer: context.gazetteer(), sentences: context.sentences() };
}
