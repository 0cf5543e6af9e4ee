import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';
import { formatScores, scoreCorpus } from './fixtures/score';
import { SEED_GOLD } from './fixtures/seed-gold';

const seeds = new URL('../../../seeds/', import.meta.url);
const texts = Object.fromEntries(
  Object.entries(SEED_GOLD.documents).map(([id, d]) => [id, readFileSync(new URL(d.file, seeds), 'utf8')]),
);

describe('seed corpus', () => {
  const score = scoreCorpus(SEED_GOLD, texts);

  it('reaches recall ≥ 0.95 and precision ≥ 0.90 for every entity type', () => {
    console.log(formatScores('seed corpus (it, de, ja, en, zh)', score));
    for (const t of score.byType) {
      expect(t.recall, `${t.type} recall`).toBeGreaterThanOrEqual(0.95);
      expect(t.precision, `${t.type} precision`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('links the spelling variant, the short forms and the cross-script names', () => {
    const jerry = score.entities.find((e) => e.key === 'person:jerry tworek');
    expect(jerry?.canonical).toBe('Jerry Tworek');
    expect(jerry?.documents).toEqual(['000', '001', '002', '003', '004']);
    expect(jerry?.forms.find((f) => f.text === 'Jerry Twerk')).toMatchObject({
      documents: ['000'],
      spellingVariant: true,
    });
    expect(jerry?.forms.find((f) => f.text === 'Twerk')).toMatchObject({
      spellingVariant: true,
      shortForm: true,
    });
    const sam = score.entities.find((e) => e.key === 'person:sam altman');
    expect(sam?.documents).toEqual(['000', '001', '002', '003', '004']);
    expect(sam?.forms.find((f) => f.text === 'Altman')?.documents).toContain('004');
    const uw = score.entities.find((e) => e.key === 'org:university of warsaw');
    expect(uw?.forms.map((f) => f.text).sort()).toEqual(['University of Warsaw', 'ワルシャワ大学']);
    const copilot = score.entities.find((e) => e.key === 'product:github copilot');
    expect(copilot?.documents).toEqual(['001', '002', '004']);
  });

  it('normalises every seed date with its granularity, inferring the missing years as 2026', () => {
    const dates = (id: string) =>
      extractMentions(
        { text: texts[id] ?? '', lang: SEED_GOLD.documents[id]?.lang ?? 'und' },
        { referenceDate: '2026-01' },
      )
        .filter((m) => m.type === 'DATE')
        .map((m) => [m.text, m.value]);
    expect(dates('000')).toEqual([
      ['6 gennaio', { kind: 'date', iso: '2026-01-06', granularity: 'day', yearInferred: true }],
      ['2019', { kind: 'date', iso: '2019', granularity: 'year' }],
      ['dal 2022', { kind: 'date', iso: '2022', granularity: 'year' }],
      ['scorso novembre', { kind: 'date', iso: '2025-11', granularity: 'month', yearInferred: true }],
    ]);
    expect(dates('001')).toEqual([
      ['seit November 2017', { kind: 'date', iso: '2017-11', granularity: 'month' }],
    ]);
    expect(dates('002')).toEqual([
      ['2026年1月', { kind: 'date', iso: '2026-01', granularity: 'month' }],
      ['January 5, 2026', { kind: 'date', iso: '2026-01-05', granularity: 'day' }],
      ['2019年', { kind: 'date', iso: '2019', granularity: 'year' }],
      ['2022年', { kind: 'date', iso: '2022', granularity: 'year' }],
      ['January 5, 2026', { kind: 'date', iso: '2026-01-05', granularity: 'day' }],
    ]);
    expect(dates('003')).toEqual([
      ['2017', { kind: 'date', iso: '2017', granularity: 'year' }],
      ['September 2024', { kind: 'date', iso: '2024-09', granularity: 'month' }],
      ['2022', { kind: 'date', iso: '2022', granularity: 'year' }],
    ]);
    expect(dates('004')).toEqual([
      ['2026 开年', { kind: 'date', iso: '2026', granularity: 'year', modifier: 'start' }],
      ['1 月 7 日', { kind: 'date', iso: '2026-01-07', granularity: 'day', yearInferred: true }],
      ['2024 年', { kind: 'date', iso: '2024', granularity: 'year' }],
      ['2026 年', { kind: 'date', iso: '2026', granularity: 'year' }],
      ['2021 年', { kind: 'date', iso: '2021', granularity: 'year' }],
      ['2024 年起', { kind: 'date', iso: '2024', granularity: 'year' }],
      ['2025 年', { kind: 'date', iso: '2025', granularity: 'year' }],
      ['2026 年', { kind: 'date', iso: '2026', granularity: 'year' }],
      ['2025-2026 年', { kind: 'date', iso: '2025/2026', granularity: 'year', endIso: '2026' }],
      ['2026 年', { kind: 'date', iso: '2026', granularity: 'year' }],
    ]);
  });

  it('normalises every seed duration to ISO 8601 with its qualifier', () => {
    const durations = Object.entries(SEED_GOLD.documents).flatMap(([id, d]) =>
      extractMentions({ text: texts[id] ?? '', lang: d.lang })
        .filter((m) => m.type === 'DURATION')
        .map(
          (m) =>
            `${id} ${m.text} ${m.value?.kind === 'duration' ? `${m.value.iso} ${m.value.qualifier}` : ''}`,
        ),
    );
    expect(durations).toEqual([
      '000 sette anni P7Y exact',
      '001 fast sieben Jahren P7Y nearly',
      '001 sieben prägenden Jahren P7Y exact',
      '002 約7年間 P7Y about',
      '002 7年間 P7Y exact',
      '002 5年間 P5Y exact',
      '002 7年間 P7Y exact',
      '003 seven years P7Y exact',
      '003 Seven Years P7Y exact',
      '003 seven years P7Y exact',
      '003 seven-year P7Y exact',
      '004 近七年 P7Y nearly',
    ]);
  });
});
