import { describe, expect, it } from 'vitest';
import { compareTexts, type FactGroup, type TextInput } from '../src/index';

// Sentences invented for these tests: values no concept of the inventory names (a footbridge's length,
// a contract's amount, a painting day), tied only by their head word and an anchor their sentences share.
const en = (name: string, text: string): TextInput => ({ name, lang: 'en', text });
const headGroups = (groups: readonly FactGroup[]) => groups.filter((g) => g.head !== undefined);
const shown = (g: FactGroup) => [g.head, ...g.values.map((v) => `${v.display} ${v.sources.join(',')}`)];

describe('values other than counts keep their head and align with a shared anchor', () => {
  it('sets two lengths of one head and one anchor against each other, at a lower confidence', () => {
    const c = compareTexts([
      en('a.txt', 'The crane lifted a 40 tonne beam onto the E18 bridge.'),
      en('b.txt', 'A 55 tonne beam was lifted onto the E18 bridge on Friday.'),
    ]);
    const [g] = headGroups(c.conflicts);
    expect(shown(g!)).toEqual(['beam', '40 t a.txt', '55 t b.txt']);
    expect(g?.reasons).toContain('alignment: no concept; the same head “beam”, shared anchor E18 (× 0.4)');
    expect(g!.confidence).toBeLessThanOrEqual(0.4);
  });

  it('agrees when the values are equal, and says nothing without a shared anchor', () => {
    const agree = compareTexts([
      en('a.txt', 'Norvik signed a $40 million contract for the E18 bridge.'),
      en('b.txt', 'The $40 million contract for the E18 bridge went to Norvik.'),
    ]);
    expect(headGroups(agree.conflicts)).toEqual([]);
    // The same amount is reported once: as a value both state, not again by its head.
    expect(agree.agreements.filter((g) => g.values[0]?.display === '40 million USD').length).toBe(1);
    const apart = compareTexts([
      en('a.txt', 'Norvik signed a $40 million contract for the E18 bridge.'),
      en('b.txt', 'Halvard signed a $55 million contract for the A7 tunnel.'),
    ]);
    expect(headGroups(apart.conflicts)).toEqual([]);
  });

  it('agrees, by its head, on compatible values that no stated value reports', () => {
    const c = compareTexts([
      en('a.txt', 'The crane lifted a 40 tonne beam onto the E18 bridge.'),
      en('b.txt', 'A 40.2 tonne beam was lifted onto the E18 bridge on Friday.'),
    ]);
    expect(headGroups(c.conflicts)).toEqual([]);
    const [g] = headGroups(c.agreements);
    expect(g?.kind).toBeUndefined();
    expect(shown(g!)).toEqual(['beam', '40 t a.txt', '40.2 t b.txt']);
    expect(g!.confidence).toBeLessThanOrEqual(0.4);
  });

  it('reads the verb before a value when no noun takes it', () => {
    const c = compareTexts([
      en('a.txt', 'The E18 footbridge was painted on 3 March.'),
      en('b.txt', 'The E18 footbridge was painted on 9 March, the city said.'),
    ]);
    expect(headGroups(c.conflicts).map(shown)).toEqual([
      ['painted', expect.stringMatching(/-03-03 a\.txt$/), expect.stringMatching(/-03-09 b\.txt$/)],
    ]);
  });

  it('never sets a 30-metre spire against a 30 km road, nor values far apart', () => {
    const c = compareTexts([
      en('a.txt', 'Visitors climbed the 30 m spire of the E18 chapel.'),
      en('b.txt', 'The 30 km road to the E18 chapel was closed.'),
      en('c.txt', 'The crane lifted a 31 tonne beam onto the E18 bridge.'),
      en('d.txt', 'A 95 tonne beam was lifted onto the E18 bridge on Friday.'),
      en('e.txt', 'A 33 tonne beam was lifted onto the E18 bridge in May.'),
    ]);
    // 95 t is more than three times 31 t: another figure, not the same one misreported; 33 t is close
    // to 31 t and contradicts it. Spire and road never meet.
    expect(headGroups(c.conflicts).map(shown)).toEqual([['beam', '31 t c.txt', '33 t e.txt']]);
  });
});

describe('values other than counts in Japanese and Korean', () => {
  it('reads the noun after the value and its linker', () => {
    const c = compareTexts([
      { name: 'ja-a.txt', lang: 'ja', text: 'E18橋には40トンの鋼材が使われた。' },
      { name: 'ja-b.txt', lang: 'ja', text: '市によると、E18橋には55トンの鋼材が使われた。' },
      { name: 'ko-a.txt', lang: 'ko', text: 'E18 다리에는 400킬로그램의 강재가 쓰였다.' },
      { name: 'ko-b.txt', lang: 'ko', text: '시에 따르면 E18 다리에는 550킬로그램의 강재가 쓰였다.' },
    ]);
    expect(headGroups(c.conflicts).map(shown)).toEqual([
      ['鋼材', '40 t ja-a.txt', '55 t ja-b.txt'],
      ['강재', '400 kg ko-a.txt', '550 kg ko-b.txt'],
    ]);
  });
});
