import { describe, expect, it } from 'vitest';
import { CLDR_UNIT_WORDS } from '../src/generated/units';
import { compareTexts } from '../src/index';
import { BUILT_IN_LOCALES } from '../src/locales/index';

describe('unit words from CLDR (src/generated/units.ts)', () => {
  it('cover every built-in language', () => {
    for (const lang of Object.keys(BUILT_IN_LOCALES)) {
      expect(Object.keys(CLDR_UNIT_WORDS[lang] ?? {}).length, lang).toBeGreaterThan(20);
    }
  });

  it('give a bare number its unit in any language, so that measures of one family compare', () => {
    // Invented for this test: one storm's rainfall, in millimetres and in inches.
    const c = compareTexts([
      { name: 'a.txt', lang: 'de', text: 'Der Sturm brachte örtlich 120 Millimeter Regen.' },
      { name: 'b.txt', lang: 'ru', text: 'Шторм принёс местами 120 миллиметров дождя.' },
      { name: 'c.txt', lang: 'en', text: 'The storm dropped as much as 9 inches of rain in places.' },
    ]);
    const rainfall = c.facts.filter((f) => f.predicate === 'rainfall');
    expect(rainfall.map((f) => [f.source, f.value.kind === 'quantity' ? f.value.unit : ''])).toEqual([
      ['a.txt', 'mm'],
      ['b.txt', 'mm'],
      ['c.txt', 'inch'],
    ]);
    expect(c.conflicts.find((g) => g.predicate === 'rainfall')?.values.length).toBe(2);
  });
});
