import type { ConformanceFixture } from '../../testing';

/** What a reader expects of this language's text; the conformance kit runs them (locales.test.ts). */
export const fixtures: readonly ConformanceFixture[] = [
  {
    text: 'В 2010–2012 гг. Иванов посещал г. Волгоград, т. е. родной город. Проф. А. И. Семенов и др. выступили. Затем был перерыв.',
    sentences: [
      'В 2010–2012 гг. Иванов посещал г. Волгоград, т. е. родной город.',
      'Проф. А. И. Семенов и др. выступили.',
      'Затем был перерыв.',
    ],
    noBreakAfter: ['гг.', 'г.', 'Проф.', 'А.', 'И.'],
  },
  {
    text: '«Ты готов? – спросил он. – Пора идти». Мы вышли.',
    sentences: ['«Ты готов? – спросил он. – Пора идти».', 'Мы вышли.'],
  },
  { text: 'Он живёт на ул. Ленина.', words: ['Он', 'живёт', 'на', 'ул.', 'Ленина', '.'] },
];
