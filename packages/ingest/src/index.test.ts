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

  it('gives the output the README shows', async () => {
    const { ingestText, toSourceSpan } = await import('../src/index');
    const doc = ingestText(
      'Harbour reopens after storm\n\nBy Maria Lindqvist\n\nThe harbour of Port Ellis reopened on Monday after a storm kept every boat in port for three days.\r\nAdvertisement\r\nFerries to the islands resumed at nine o\u2019clock.\n',
      { name: 'harbour.txt' },
    );
    expect([doc.lang, doc.title, doc.byline]).toEqual([
      'en',
      'Harbour reopens after storm',
      'Maria Lindqvist',
    ]);
    expect(doc.text).toBe(
      'Harbour reopens after storm\n\nThe harbour of Port Ellis reopened on Monday after a storm kept every boat in port for three days.\n\nFerries to the islands resumed at nine o\u2019clock.',
    );
    expect(doc.blocks.map((b) => [b.type, b.span])).toEqual([
      ['title', { start: 0, end: 27 }],
      ['paragraph', { start: 29, end: 127 }],
      ['paragraph', { start: 129, end: 176 }],
    ]);
    expect(doc.removed).toEqual([
      { reason: 'byline', text: 'By Maria Lindqvist', sourceSpan: { start: 29, end: 47 } },
      { reason: 'advertisement', text: 'Advertisement', sourceSpan: { start: 149, end: 162 } },
    ]);
    expect(toSourceSpan(doc, doc.blocks[2]!.span)).toEqual({ start: 164, end: 211 });
  });
});
