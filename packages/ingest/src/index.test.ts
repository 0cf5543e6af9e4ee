import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index')).sort()).toEqual([
      'DEFAULT_MAX_BYTES',
      'IngestError',
      'identifyLanguage',
      'ingestBytes',
      'ingestDirectory',
      'ingestFile',
      'ingestText',
      'loadLanguageModel',
      'toSourceOffset',
      'toSourceSpan',
    ]);
  });

  it('ingestText returns a JSON-serialisable document', async () => {
    const { ingestText } = await import('../src/index');
    const doc = ingestText('Ein Titel\n\nDas ist der erste Absatz eines kurzen deutschen Artikels.\n', {
      name: 'a.txt',
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(doc.source.name).toBe('a.txt');
    expect(doc.lang).toBe('de');
    expect(doc.title).toBe('Ein Titel');
    expect(doc.text).toBe('Ein Titel\n\nDas ist der erste Absatz eines kurzen deutschen Artikels.');
    expect(doc.blocks.map((b) => [b.type, b.span])).toEqual([
      ['title', { start: 0, end: 9 }],
      ['paragraph', { start: 11, end: 68 }],
    ]);
    expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
    expect(
      ingestText('Ein Titel\n\nDas ist der erste Absatz eines kurzen deutschen Artikels.\n', {
        name: 'a.txt',
      }).id,
    ).toBe(doc.id);
  });
});
