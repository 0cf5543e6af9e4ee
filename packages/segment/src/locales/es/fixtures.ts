import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: '¿Vino el Sr. García? Sí, a las 10.30. ¡Qué bien!',
    sentences: ['¿Vino el Sr. García?', 'Sí, a las 10.30.', '¡Qué bien!'],
    noBreakAfter: ['Sr.'],
  },
];
