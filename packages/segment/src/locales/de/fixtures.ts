import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: 'Am 5. Januar 2026 sagte Prof. Dr. Müller z. B. Folgendes. Im 19. Jahrhundert war das anders.',
    sentences: [
      'Am 5. Januar 2026 sagte Prof. Dr. Müller z. B. Folgendes.',
      'Im 19. Jahrhundert war das anders.',
    ],
    words: [
      'Am',
      '5.',
      'Januar',
      '2026',
      'sagte',
      'Prof.',
      'Dr.',
      'Müller',
      'z.',
      'B.',
      'Folgendes',
      '.',
      'Im',
      '19.',
      'Jahrhundert',
      'war',
      'das',
      'anders',
      '.',
    ],
    noBreakAfter: ['5.', 'z.', 'B.'],
  },
];
