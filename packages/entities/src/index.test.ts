import { describe, expect, it } from 'vitest';
import type { MentionType, RangeValue } from './index';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'EntitiesError',
      'extractMentions',
      'linkEntities',
      'loadLanguages',
      'resolveDates',
    ]);
  });

  it('types every number-like kind, with the documented values', async () => {
    const { extractMentions } = await import('./index');
    // A compile-time check too: these are members of the exported MentionType.
    const kinds: MentionType[] = ['ORDINAL', 'NUMBER_RANGE', 'AGE', 'TEMPERATURE'];
    const text = 'The third team, aged 30, walked 4–6 km at 12 °C.';
    const found = extractMentions({ text, lang: 'en' }).filter((m) => kinds.includes(m.type));
    expect(found.map((m) => [m.type, m.text])).toEqual([
      ['ORDINAL', 'third'],
      ['AGE', 'aged 30'],
      ['NUMBER_RANGE', '4–6 km'],
      ['TEMPERATURE', '12 °C'],
    ]);
    const range = found.find((m) => m.type === 'NUMBER_RANGE')?.value as RangeValue;
    expect(range).toEqual({ kind: 'range', from: 4, to: 6, unit: 'km' });
  });
});
