import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a new bridge given a nickname, in English, German and Japanese; one article
// adds an epithet of its own.
const bridge = [
  { name: 'wire-en.txt', lang: 'en', text: 'The new span, known as "Silver Arrow", opened to traffic.' },
  { name: 'zeitung-de.txt', lang: 'de', text: 'Die neue Brücke, bekannt als „Silver Arrow“, ist eröffnet.' },
  {
    name: 'shimbun-ja.txt',
    lang: 'ja',
    text: '新しい橋は「Silver Arrow」と呼ばれている。設計者は「橋の魔術師」と呼ばれる人物だ。',
  },
];

describe('a name given to something of the story', () => {
  const c = compareTexts(bridge);

  it('is a claim, and articles that give the same name agree', () => {
    const called = c.agreements.filter((g) => g.predicate === 'called');
    expect(called.map((g) => g.values.map((v) => [v.display, v.sources]))).toEqual([
      [['Silver Arrow', ['wire-en.txt', 'zeitung-de.txt', 'shimbun-ja.txt']]],
    ]);
  });

  it('is dropped when only one article gives it (an epithet)', () => {
    expect(c.facts.filter((f) => f.predicate === 'called').map((f) => f.display)).toEqual([
      'Silver Arrow',
      'Silver Arrow',
      'Silver Arrow',
    ]);
  });
});
