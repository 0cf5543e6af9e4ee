import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText } from '../src/index';

const html = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8');

describe('HTML', () => {
  const doc = ingestText(html, { name: 'article.html' });

  it('takes title, date, byline and outlet from the meta tags', () => {
    expect(doc.source.format).toBe('html');
    expect(doc).toMatchObject({
      lang: 'en',
      title: 'Harbour reopens after three-day storm closure',
      published: '2026-01-05T08:30:00.000Z',
      byline: 'Maria Lindqvist',
      outlet: 'The Coastal Times',
    });
  });

  it('keeps the article as clean, structured text', () => {
    expect(
      doc.text.startsWith(
        'Harbour reopens after three-day storm closure\n\nThe harbour of Port Ellis reopened',
      ),
    ).toBe(true);
    expect(doc.text.endsWith('another band of wind is due on Sunday.')).toBe(true);
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'title',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'quote',
      'table',
      'paragraph',
    ]);
    const table = doc.blocks.find((b) => b.type === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => doc.text.slice(c.span.start, c.span.end)))).toEqual([
      ['Day', 'Wind (km/h)'],
      ['Friday', '110'],
      ['Saturday', '95'],
    ]);
    for (const junk of [
      'cookies',
      'Seaview',
      'Share on',
      'newsletter',
      'Great news',
      'Privacy',
      'Home ›',
      'window.dataLayer',
    ]) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it('accounts for every piece of page furniture it removed', () => {
    expect(doc.removed.map((r) => [r.reason, r.text])).toEqual([
      ['navigation', 'The Coastal Times News Sport'],
      ['navigation', 'Home › News › Harbour'],
      ['cookie-notice', 'We use cookies to improve your experience. Accept all cookies?'],
      ['advertisement', 'Advertisement: Buy the new Seaview 3000 binoculars today.'],
      ['share-widget', 'Share on Facebook Share on X'],
      ['newsletter', 'Subscribe to our newsletter for the morning briefing in your inbox.'],
      ['comment-widget', 'Comments\nGreat news for the island, finally!'],
      ['navigation', '© 2026 The Coastal Times · Privacy · Terms'],
      ['byline', 'By Maria Lindqvist'],
    ]);
  });

  it('keeps links with their anchor text span', () => {
    const link = doc.links.find((l) => l.url === 'https://example.org/ferries')!;
    expect(link.kind).toBe('html');
    expect(doc.text.slice(link.span!.start, link.span!.end)).toBe('Island Link');
  });

  it('sniffs HTML without an extension and reads it from bytes', () => {
    const fromBytes = ingestBytes(Buffer.from(html, 'utf8'), { name: 'page' });
    expect(fromBytes.source.format).toBe('html');
    expect(fromBytes.text).toBe(doc.text);
  });
});

describe('JSON and JSON Lines', () => {
  const article = {
    title: 'Harbour reopens',
    text: 'The harbour of Port Ellis reopened on Monday morning after a storm kept every boat in port.',
    url: 'https://example.org/harbour',
    date: '2026-01-05',
    lang: 'en',
    author: 'Maria Lindqvist',
  };

  it('reads an article object with its metadata', () => {
    const doc = ingestText(JSON.stringify(article), { name: 'a.json' });
    expect(doc).toMatchObject({
      lang: 'en',
      title: 'Harbour reopens',
      published: '2026-01-05',
      byline: 'Maria Lindqvist',
    });
    expect(doc.source.format).toBe('json');
    expect(doc.text).toBe(article.text);
    expect(doc.links).toContainEqual({
      url: 'https://example.org/harbour',
      kind: 'reference',
      text: 'source',
    });
  });

  it('returns the first article of an array or JSON Lines file', () => {
    const second = {
      ...article,
      title: 'Zweiter Artikel',
      text: 'Der Hafen wurde am Montag nach dem Sturm wieder geöffnet.',
      lang: 'de',
    };
    expect(ingestText(JSON.stringify([article, second])).title).toBe('Harbour reopens');
    const lines = `${JSON.stringify(article)}\n${JSON.stringify(second)}\n`;
    const doc = ingestText(lines, { name: 'a.jsonl' });
    expect(doc.source.format).toBe('jsonl');
    expect(doc.source.name).toBe('a.jsonl#1');
  });

  it('rejects JSON without article text with E_UNSUPPORTED_FORMAT, and an empty array with E_EMPTY', () => {
    expect(() => ingestText('{"foo": 1}', { format: 'json' })).toThrowError(
      expect.objectContaining({ code: 'E_UNSUPPORTED_FORMAT' }),
    );
    expect(() => ingestText('[]', { format: 'json' })).toThrowError(
      expect.objectContaining({ code: 'E_EMPTY' }),
    );
    expect(() => ingestText('{"text": 1', { format: 'json' })).toThrowError(
      expect.objectContaining({ code: 'E_UNSUPPORTED_FORMAT' }),
    );
  });
});

describe('options', () => {
  it('rejects bad options with E_INVALID_OPTION', () => {
    for (const options of [
      { maxBytes: -1 },
      { format: 'pdf' },
      { lang: 'not a tag' },
      { referenceDate: 'someday' },
    ]) {
      expect(() => ingestText('Some text here.', options as never)).toThrowError(
        expect.objectContaining({ code: 'E_INVALID_OPTION' }),
      );
    }
    expect(() => ingestText(42 as never)).toThrowError(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });

  it('enforces maxBytes on text and bytes with E_TOO_LARGE', () => {
    expect(() => ingestText('x'.repeat(100), { maxBytes: 99 })).toThrowError(
      expect.objectContaining({ code: 'E_TOO_LARGE' }),
    );
    expect(() => ingestBytes(new Uint8Array(100).fill(0x41), { maxBytes: 99 })).toThrowError(
      expect.objectContaining({ code: 'E_TOO_LARGE' }),
    );
  });

  it('lets lang override identification', () => {
    expect(ingestText('Ciao a tutti, oggi parliamo di tecnologia.', { lang: 'pt' }).lang).toBe('pt');
  });
});
