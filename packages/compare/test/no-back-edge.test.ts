import { readdirSync, readFileSync } from 'node:fs';
import { defaultSegmenter, type Segmenter } from '@corpus/segment';
import { describe, expect, it } from 'vitest';
import { withReferenceDates } from '../src/comparison/reference-date';
import { analyze, createAnalyzer } from '../src/index';

const src = new URL('../src/', import.meta.url);
const sources = (room: string) =>
  readdirSync(new URL(`${room}/`, src), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: `${room}/${f}`, text: readFileSync(new URL(`${room}/${f}`, src), 'utf8') }));

describe('no back edge', () => {
  it('the comparison, facts, corpus and render rooms import nothing that segments or recognises', () => {
    const imports = /import\s*(?!type\b)\{([^}]*)\}\s*from\s*'([^']+)'/g;
    const found: string[] = [];
    for (const room of ['comparison', 'facts', 'corpus', 'render']) {
      for (const { file, text } of sources(room)) {
        for (const [, names, from] of text.matchAll(imports)) {
          const values = names!.split(',').filter((n) => !n.trim().startsWith('type '));
          const backward =
            from!.includes('pipeline/analyze') ||
            (from === '@corpus/entities' && values.some((n) => /extractMentions/.test(n))) ||
            (from === '@corpus/segment' && values.length > 0) ||
            (from === '@corpus/ingest' && values.length > 0);
          if (backward) found.push(`${file}: ${from}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('compare dates a document anew without segmenting it again', () => {
    let calls = 0;
    const counting: Segmenter = {
      ...defaultSegmenter,
      languages: defaultSegmenter.languages,
      segment: (text, options) => {
        calls++;
        return defaultSegmenter.segment(text, options);
      },
    };
    const analyzer = createAnalyzer({ segmenter: counting });
    const a = analyzer.analyze({ name: 'a.txt', text: 'Anna Weber left Acme on 6 January.', lang: 'en' });
    const b = analyzer.analyze({
      name: 'b.txt',
      text: 'Anna Weber left Acme on 6 January 2026.',
      lang: 'en',
      published: '2026-02-01',
    });
    expect(calls).toBe(2);
    const comparison = analyzer.compare([a, b]);
    expect(calls).toBe(2);
    // The yearless "6 January" took the story's year, so the two agree.
    expect(comparison.referenceDate).toBe('2026-02-01');
    expect(comparison.agreements.map((g) => [g.predicate, g.values.map((v) => v.display)])).toContainEqual([
      'left',
      ['6 January 2026'],
    ]);
  });

  it('dating anew gives what analysing with that reference date gives', () => {
    const texts = [
      { name: 'en.txt', text: 'Anna Weber joined Acme in March 2019. She left on 6 January.', lang: 'en' },
      { name: 'de.txt', text: 'Anna Weber verließ Acme am 6. Januar, nach sechs Jahren.', lang: 'de' },
      { name: 'ja.txt', text: 'アンナ・ウェーバー氏は1月6日にAcmeを退社した。', lang: 'ja' },
      { name: 'zh.txt', text: 'Anna Weber 于 1 月 6 日离开 Acme。', lang: 'zh' },
    ];
    for (const input of texts) {
      const undated = analyze(input);
      expect(undated.pendingDates?.length).toBeGreaterThan(0);
      const [dated] = withReferenceDates([undated], '2026-03-01', undefined).docs;
      expect(dated).toEqual(analyze(input, { referenceDate: '2026-03-01' }));
      expect(dated!.mentions).not.toEqual(undated.mentions);
    }
  });
});
