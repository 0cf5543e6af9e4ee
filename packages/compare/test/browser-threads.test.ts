import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeMany } from '../src/index';

// The browser build's threads module (no worker threads in a page), in place of Node's: analyzeMany
// must analyse every input in this thread, whatever concurrency is asked, and give what analyze gives.
vi.mock('../src/pipeline/threads', () => import('../src/pipeline/threads.browser'));

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
});
