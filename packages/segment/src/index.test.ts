import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'SegmentError',
      'builtinPlugins',
      'createLatinPlugin',
      'createSegmenter',
      'defaultSegmenter',
      'intlPlugin',
      'segment',
      'sentences',
      'tokenTable',
    ]);
  });

  it('exports the conformance kit from @corpus/segment/testing', async () => {
    expect(Object.keys(await import('./testing')).sort()).toEqual(['segmenterConformance']);
  });
});
