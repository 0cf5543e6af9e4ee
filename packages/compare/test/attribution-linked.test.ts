import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: one person quoted in English and in Japanese. The two spellings are one
// linked entity, so the two figures are one source's and contradict; compared as written
// ("person:emmanuel macron" against "person:エマニュエル・マクロン") they only differed by source.
describe('an attribution in two scripts is one source', () => {
  const c = compareTexts([
    {
      name: 'a-en.txt',
      lang: 'en',
      text: 'The restoration cost €700 million, according to Emmanuel Macron.',
    },
    {
      name: 'b-ja.txt',
      lang: 'ja',
      text: 'エマニュエル・マクロン大統領によると、修復の費用は8億4000万ユーロだった。',
    },
  ]);

  it('takes the linked entity of each named source', () => {
    expect(c.facts.map((f) => [f.source, f.predicate, f.attribution, f.attributionKey])).toEqual([
      ['a-en.txt', 'cost', 'Emmanuel Macron', 'person:emmanuel macron'],
      ['b-ja.txt', 'cost', 'エマニュエル・マクロン', 'person:emmanuel macron'],
    ]);
  });

  it("reports one source's two figures as a contradiction", () => {
    expect(
      c.conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => [v.display, v.sources])]),
    ).toEqual([
      [
        'contradiction',
        'cost',
        [
          ['700 million EUR', ['a-en.txt']],
          ['840 million EUR', ['b-ja.txt']],
        ],
      ],
    ]);
  });
});
