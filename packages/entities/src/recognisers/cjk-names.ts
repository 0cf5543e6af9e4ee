import { cjkNameCandidates } from '../core/cjk-names';
import { nameContext } from './latin-names';
import type { Recogniser } from './recogniser';

/** Names in Han, kana and Hangul: the gazetteer, katakana runs and dotted transliterations. */
export const cjkNames: Recogniser = {
  name: 'cjk-names',
  types: ['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME'],
  recognise: (context) => cjkNameCandidates(nameContext(context)),
};
