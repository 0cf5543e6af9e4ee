import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';
import { ARTICLES_GOLD } from './fixtures/articles-gold';
import { formatScores, scoreCorpus } from './fixtures/score';

const dir = new URL('./fixtures/articles/', import.meta.url);
const texts = Object.fromEntries(
  Object.entries(ARTICLES_GOLD.documents).map(([id, d]) => [id, readFileSync(new URL(d.file, dir), 'utf8')]),
);

describe('French, Spanish and Korean articles (written for this package)', () => {
  const score = scoreCorpus(ARTICLES_GOLD, texts);

  it('reports precision and recall per type and stays above a regression floor', () => {
    console.log(formatScores('fr, es, ko articles', score));
    const tp = score.byType.reduce((n, t) => n + t.tp, 0);
    const fp = score.byType.reduce((n, t) => n + t.fp, 0);
    const fn = score.byType.reduce((n, t) => n + t.fn, 0);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.85);
  });

  it('reads their dates, durations and amounts', () => {
    const summary = (id: string) =>
      extractMentions({ text: texts[id] ?? '', lang: id }, { referenceDate: ARTICLES_GOLD.referenceDate })
        .filter((m) => ['DATE', 'DURATION', 'MONEY', 'PERCENT'].includes(m.type))
        .map((m) => `${m.text} ${m.key}`);
    expect(summary('fr')).toEqual([
      "600 millions d'euros money:600000000EUR",
      '12 mars 2025 date:2025-03-12',
      "600 millions d'euros money:600000000EUR",
      '2023 date:2023',
      'depuis février 2024 date:2024-02',
    ]);
    expect(summary('es')).toEqual([
      '3 de febrero de 2026 date:2026-02-03',
      '2.000 millones de euros money:2000000000EUR',
      'cinco años duration:P5Y',
      '2023 date:2023',
      'casi diez años duration:P10Y',
      '40 % percent:40',
    ]);
    expect(summary('ko')).toEqual([
      '2025년 11월 20일 date:2025-11-20',
      '약 3년 동안 duration:P3Y',
      '지난달 date:2026-01',
      '5년간 duration:P5Y',
      '10조 원 money:10000000000000KRW',
    ]);
  });
});
