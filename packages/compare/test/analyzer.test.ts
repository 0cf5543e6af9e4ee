import { describe, expect, it } from 'vitest';
import { type AnalyzedDocument, analyze, CompareError, createAnalyzer, type FactLocale } from '../src/index';
// @ts-expect-error: a plain ESM fixture without declarations
import { segmenter } from './modules/semicolon-segmenter.mjs';

const workerModule = new URL('./modules/semicolon-segmenter.mjs', import.meta.url).href;
const text = 'Anna Weber joined Acme Corp in March 2019; she left on 5 January 2026.';

const sentencesOf = (a: AnalyzedDocument) =>
  a.segmentation.sentences.map((s) => a.document.text.slice(s.start, s.end));

describe('createAnalyzer', () => {
  it('segments with the given segmenter, where the default does not', () => {
    const custom = createAnalyzer({ segmenter }).analyze({ name: 'a.txt', text, lang: 'en' });
    expect(sentencesOf(custom)).toEqual([
      'Anna Weber joined Acme Corp in March 2019;',
      'she left on 5 January 2026.',
    ]);
    expect(custom.segmentation.segmenter).toBe('test-semicolon');
    expect(sentencesOf(analyze({ name: 'a.txt', text, lang: 'en' }))).toHaveLength(1);
  });

  it('uses its fact locales for a language the built-ins lack, and a call overrides them', () => {
    // Esperanto: "aliĝis" (joined), with an ISO date the language-free date recogniser reads.
    const eo: FactLocale = {
      lang: 'eo',
      wordBoundaries: true,
      triggers: { joined: ['aliĝis'] },
      attribution: {},
    };
    const analyzer = createAnalyzer({ locales: { eo } });
    const input = { name: 'eo.txt', text: 'Anna Weber aliĝis al Acme la 2019-03-05.', lang: 'eo' };
    const facts = analyzer.analyze(input).facts;
    expect(facts.map((f) => [f.predicate, f.display])).toEqual([['joined', '2019-03-05']]);
    expect(analyze(input).facts).toEqual([]);
    const none: FactLocale = { ...eo, triggers: {} };
    expect(analyzer.analyze(input, { locales: { eo: none } }).facts).toEqual([]);
  });

  it('runs analyzeMany in this thread for a custom segmenter without a worker module', async () => {
    const analyzer = createAnalyzer({ segmenter });
    const inputs = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    const results: AnalyzedDocument[] = [];
    for await (const r of analyzer.analyzeMany(inputs, { concurrency: 3 }))
      results.push(r as AnalyzedDocument);
    expect(results.map((r) => r.segmentation.segmenter)).toEqual(Array(6).fill('test-semicolon'));
  });

  it('rebuilds the segmenter in worker threads from workerModule', async () => {
    const analyzer = createAnalyzer({ segmenter, workerModule });
    const inputs = Array.from({ length: 40 }, (_, i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    const results: AnalyzedDocument[] = [];
    for await (const r of analyzer.analyzeMany(inputs, { concurrency: 2 }))
      results.push(r as AnalyzedDocument);
    expect(results).toHaveLength(40);
    expect(new Set(results.map((r) => r.segmentation.segmenter))).toEqual(new Set(['test-semicolon']));
    expect(results.map(sentencesOf)).toEqual(Array(40).fill(sentencesOf(analyzer.analyze(inputs[0]!))));
  });

  it('reports a worker module without a segmenter export as failed inputs, not a crash', async () => {
    const analyzer = createAnalyzer({ segmenter, workerModule: 'node:path' });
    const inputs = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.txt`, text, lang: 'en' }));
    const codes: string[] = [];
    for await (const r of analyzer.analyzeMany(inputs, { concurrency: 2 })) {
      codes.push(r.kind === 'error' ? r.code : 'ok');
    }
    // The one worker takes the whole small batch and cannot start: each input is an error record.
    expect(codes).toEqual(Array(4).fill('E_WORKER_EXITED'));
  });

  it('rejects a segmenter that is not one', () => {
    const bad = { segmenter: { name: 'x' } } as unknown as Parameters<typeof createAnalyzer>[0];
    expect(() => createAnalyzer(bad)).toThrow(
      expect.objectContaining({ code: 'E_INVALID_INPUT', name: 'CompareError' }),
    );
    expect(CompareError.isInstance(new CompareError('E_INVALID_INPUT', 'x'))).toBe(true);
  });
});
