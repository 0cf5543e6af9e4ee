import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cpuGrowth, leastCpuMs } from '../../../scripts/linear-time';
import { PATHOLOGICAL_SHAPES } from '../../../scripts/pathological';
import { type Document, identifyLanguage, ingestBytes, ingestText, toSourceSpan } from '../src/index';

// Every public function over every generated pathological shape (scripts/pathological.ts): the shape at
// 80,000 characters must cost < 1 s of CPU, and 4× the input < 10× the CPU time of the input (minima
// over rounds, scripts/linear-time.ts). ingestFile and ingestDirectory read a file and call what
// ingestBytes calls; toSourceOffset is toSourceSpan's half. A typed error (E_EMPTY for a shape with no
// text) is an answer too.
const LARGE = 80_000;
// The growth check runs at 10,000 and 40,000 characters (three runs of each), the size check once at
// 80,000: together about half the work of running the growth check at 20,000 and 80,000.
const SMALL = 10_000;

/** Maps every block back, as a caller highlighting the whole document would. */
function mapAll(doc: Document): void {
  for (const block of doc.blocks) toSourceSpan(doc, block.span);
}

function answer(run: () => Document | undefined): Document | undefined {
  try {
    return run();
  } catch (error) {
    if ((error as { name?: string }).name === 'IngestError') return undefined;
    throw error;
  }
}

const FUNCTIONS: [string, (input: string) => unknown][] = [
  ['ingestText', (s) => mapAll(answer(() => ingestText(s)) ?? ({ blocks: [] } as never))],
  ['ingestText as Markdown', (s) => answer(() => ingestText(s, { format: 'markdown' }))],
  ['ingestText as HTML', (s) => answer(() => ingestText(s, { format: 'html' }))],
  // Undeclared bytes in a legacy encoding: every candidate decoding is scored.
  ['ingestBytes (GB18030, undeclared)', (s) => answer(() => ingestBytes(iconv.encode(s, 'gb18030')))],
  ['identifyLanguage', (s) => identifyLanguage(s)],
];

describe.each(FUNCTIONS)('%s in linear time over pathological shapes', (_name, run) => {
  it.each(Object.entries(PATHOLOGICAL_SHAPES))('%s', (_shape, make) => {
    const growth = cpuGrowth(make, run, { n0: SMALL, maxFactor: 4 });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
    const input = make(LARGE);
    const large = leastCpuMs(() => run(input), 1);
    expect(large, `${LARGE} characters: ${large.toFixed(0)} ms CPU`).toBeLessThan(1000);
  });
});
