import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: "M. Dupont l'a dit : « C'est fini. » Aujourd'hui, peut-être.",
    sentences: ["M. Dupont l'a dit : « C'est fini. »", "Aujourd'hui, peut-être."],
    words: [
      'M.',
      'Dupont',
      "l'",
      'a',
      'dit',
      ':',
      '«',
      "C'",
      'est',
      'fini',
      '.',
      '»',
      "Aujourd'hui",
      ',',
      'peut-être',
      '.',
    ],
  },
];
