import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import { compareTexts } from '../src/index';

// Three short articles written for this test about an invented abbey: two centuries that cannot both
// be right, in French and Japanese, and a year inside one of them that contradicts neither.
const abbey = [
  {
    name: 'fr-a.txt',
    lang: 'fr',
    text: "L'abbaye de Valcroix rouvre ses portes\nL'abbaye de Valcroix, joyau roman du XIe siècle, a rouvert ses portes samedi après trois ans de travaux.",
  },
  {
    name: 'fr-b.txt',
    lang: 'fr',
    text: "Réouverture de l'abbaye de Valcroix\nL'abbaye de Valcroix, édifiée au XIIIe siècle, accueille de nouveau les visiteurs depuis samedi.",
  },
  {
    name: 'ja-c.txt',
    lang: 'ja',
    text: 'ヴァルクロワ修道院が再開\n11世紀に建てられたヴァルクロワ修道院が、3年間の改修を経て土曜日に再開した。',
  },
];

describe('centuries in a comparison', () => {
  const comparison = compareTexts(abbey);

  it('opposes two centuries and agrees on the same one written two ways', () => {
    const conflict = comparison.conflicts.find((g) => g.predicate === 'century');
    expect(conflict?.kind).toBe('contradiction');
    expect(conflict?.values.map((v) => [v.display, v.sources])).toEqual([
      ['11th century', ['fr-a.txt', 'ja-c.txt']],
      ['13th century', ['fr-b.txt']],
    ]);
  });

  it('is valid against the JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    validate(JSON.parse(JSON.stringify(comparison)));
    expect(validate.errors ?? []).toEqual([]);
  });
});
