import { loadLanguages } from '@corpus/entities';
import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeMany } from '../src/index';

// The browser build's threads module (no worker threads in a page), in place of Node's: analyzeMany
// must analyse every input in this thread, whatever concurrency is asked, and give what analyze gives.
vi.mock('../src/pipeline/threads', () => import('../src/pipeline/threads.browser'));
// In a page, loadLanguages fetches a language's data; here it is watched, to see what is asked when.
vi.mock('@corpus/entities', async (original) => {
  const actual = await original<typeof import('@corpus/entities')>();
  return { ...actual, loadLanguages: vi.fn(actual.loadLanguages) };
});

const texts = [
  { name: 'a.txt', text: 'Anna Weber joined Acme Corp in March 2019. She left on 5 January 2026.' },
  { name: 'b.txt', text: 'Anna Weber joined Acme Corp in 2018, Reuters reported. She left in January 2026.' },
  { name: 'c.txt', text: 'Acme Corp hired Anna Weber in 2019; she resigned on 6 January 2026.' },
];

describe('analyzeMany with the browser build’s threads', () => {
  it('analyses in this thread even when asked for workers, in input order, as analyze does', async () => {
    const results = [];
    for await (const r of analyzeMany(texts, { concurrency: 4 })) results.push(r);
    expect(results.map((r) => r.kind)).toEqual(['analyzed', 'analyzed', 'analyzed']);
    expect(results).toEqual(texts.map((t) => analyze(t)));
  });

  it('loads each document’s language before analysing it', async () => {
    vi.mocked(loadLanguages).mockClear();
    const mixed = [
      texts[0]!,
      {
        name: 'd.txt',
        text: 'Anna Weber trat im März 2019 bei Acme ein und verließ die Firma am 5. Januar 2026.',
      },
      { name: 'e.txt', text: '' },
    ];
    const kinds = [];
    for await (const r of analyzeMany(mixed)) kinds.push(r.kind);
    expect(kinds).toEqual(['analyzed', 'analyzed', 'error']);
    // The empty text is rejected by ingest before any language is known: nothing loaded for it.
    expect(vi.mocked(loadLanguages).mock.calls).toEqual([[['en']], [['de']]]);
  });
});
