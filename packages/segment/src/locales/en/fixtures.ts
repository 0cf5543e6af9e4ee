import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: 'Dr. Smith met Mr. J. R. Jones at 3.5 p.m. on Jan. 5. He paid $1,000.50 for GPT-4.5.',
    sentences: ['Dr. Smith met Mr. J. R. Jones at 3.5 p.m. on Jan. 5.', 'He paid $1,000.50 for GPT-4.5.'],
    noBreakAfter: ['Dr.', 'Mr.', 'J.', 'p.m.'],
  },
  {
    text: 'Mail jane.doe@example.com or @jane_doe, see https://example.com/a?b=1. Wait... What?!',
    words: [
      'Mail',
      'jane.doe@example.com',
      'or',
      '@jane_doe',
      ',',
      'see',
      'https://example.com/a?b=1',
      '.',
      'Wait',
      '...',
      'What',
      '?!',
    ],
  },
  {
    text: 'Hydrogen is a gas.[1] It burns. Really ? ? ? Yes. See p. 5 of the U.S. report. . . . Done.',
    sentences: [
      'Hydrogen is a gas.[1]',
      'It burns.',
      'Really ? ? ?',
      'Yes.',
      'See p. 5 of the U.S. report. . . .',
      'Done.',
    ],
    noBreakAfter: ['p.', 'U.S.'],
  },
  {
    text: "Don't e-mail the 15-year-old.",
    words: ["Don't", 'e-mail', 'the', '15', '-', 'year', '-', 'old', '.'],
  },
];
