import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: "L'annuncio è arrivato il 6 gennaio. Il sig. Rossi, ecc. ha parlato dell'anno.",
    sentences: ["L'annuncio è arrivato il 6 gennaio.", "Il sig. Rossi, ecc. ha parlato dell'anno."],
    words: [
      "L'",
      'annuncio',
      'è',
      'arrivato',
      'il',
      '6',
      'gennaio',
      '.',
      'Il',
      'sig.',
      'Rossi',
      ',',
      'ecc.',
      'ha',
      'parlato',
      "dell'",
      'anno',
      '.',
    ],
  },
];
