import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: 'Dhr. Jansen kwam bijv. later. Hij bleef.',
    sentences: ['Dhr. Jansen kwam bijv. later.', 'Hij bleef.'],
  },
];
