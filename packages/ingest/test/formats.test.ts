import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText, toSourceSpan } from '../src/index';

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

  it('records what Readability leaves out of the article as not-main-content', () => {
    const related =
      '<div class="related"><h3>More from the coast</h3><ul><li><a href="https://example.org/a">Lighthouse keeper retires after 40 years</a></li></ul></div>';
    const page = ingestText(
      html.replace('<aside class="newsletter">', `${related}<aside class="newsletter">`),
    );
    expect(page.text).toBe(doc.text);
    expect(page.removed.filter((r) => r.reason === 'not-main-content').map((r) => r.text)).toEqual([
      'More from the coast',
      'Lighthouse keeper retires after 40 years',
    ]);
  });

  it('keeps links with their anchor text span', () => {
    const link = doc.links.find((l) => l.url === 'https://example.org/ferries')!;
    expect(link.kind).toBe('html');
    expect(doc.text.slice(link.span!.start, link.span!.end)).toBe('Island Link');
  });

  it('reads fragments and takes the first h1 as title when the page has no other', () => {
    expect(
      ingestText('<p>Hallo Welt, das ist ein kurzer Text über den Hafen.</p>', { format: 'html' }).text,
    ).toBe('Hallo Welt, das ist ein kurzer Text über den Hafen.');
    const page = ingestText(
      '<!doctype html><html lang="de"><body><article><h1>Sturm</h1><p>Kurz.</p></article><section class="comments"><h2>Kommentare</h2><p>Toll!</p></section></body></html>',
    );
    expect(page).toMatchObject({ title: 'Sturm', text: 'Sturm\n\nKurz.' });
    expect(page.removed).toEqual([{ reason: 'comment-widget', text: 'Kommentare\nToll!' }]);
    expect(() => ingestText('<html><body></body></html>')).toThrowError(
      expect.objectContaining({ code: 'E_EMPTY' }),
    );
    const titled = ingestText(
      '<html><head><title>Sturm über Port Ellis | Küstenbote</title></head><body><article><h1>Sturm über Port Ellis</h1><p>Der Hafen bleibt bis Montag geschlossen, teilte die Stadt am Freitag mit.</p></article></body></html>',
    );
    expect(titled.title).toBe('Sturm über Port Ellis');
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
      // Not ISO 8601: `new Date('5 March 2026')` would read it, in the process's time zone.
      { referenceDate: '5 March 2026' },
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

describe('Markdown', () => {
  it('takes the leading # heading as title, keeps link text and records the URL with its span', () => {
    const doc = ingestText(
      '# Harbour reopens\n\nSee [the council report](https://example.org/report) and **the map** for details.\n\n## Damage\n\n> Nobody was hurt.\n',
      { name: 'a.md' },
    );
    expect(doc.source.format).toBe('markdown');
    expect(doc.title).toBe('Harbour reopens');
    expect(doc.text).toBe(
      'Harbour reopens\n\nSee the council report and the map for details.\n\nDamage\n\nNobody was hurt.',
    );
    expect(doc.blocks.map((b) => [b.type, b.level])).toEqual([
      ['title', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['quote', undefined],
    ]);
    expect(doc.links).toEqual([
      {
        url: 'https://example.org/report',
        span: { start: 21, end: 39 },
        text: 'the council report',
        kind: 'markdown',
      },
    ]);
    // Markdown syntax is neither text nor removed content: the offset map steps over it.
    expect(doc.removed).toEqual([]);
    expect(doc.blocks.map((b) => toSourceSpan(doc, b.span))).toEqual([
      { start: 2, end: 17 },
      { start: 19, end: 100 },
      { start: 105, end: 111 },
      { start: 115, end: 131 },
    ]);
  });

  it('reads text that only looks like Markdown (no .md name) line by line, syntax recorded as markup', () => {
    const doc = ingestText(
      '# Harbour reopens\n\nThe harbour reopened on Monday.\nFerries resumed at nine.\n',
    );
    expect(doc.source.format).toBe('text');
    expect(doc.blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(doc.removed.map((r) => [r.reason, r.text])).toEqual([['markup', '# ']]);
  });
});

describe('offset map', () => {
  it('maps clean-text offsets back through CRLF, NBSP, zero-width and composed characters', async () => {
    const { toSourceOffset, toSourceSpan } = await import('../src/index');
    const source = 'Cafe\u0301 au\u00a0lait\r\nUn\u200bdeux trois quatre cinq six sept huit.';
    const doc = ingestText(source, { lang: 'fr' });
    expect(doc.text).toBe('Café au lait\n\nUndeux trois quatre cinq six sept huit.');
    expect(toSourceOffset(doc, 3)).toBe(3); // é starts where e starts
    expect(toSourceSpan(doc, { start: 3, end: 4 })).toEqual({ start: 3, end: 5 }); // é came from e + U+0301
    expect(toSourceOffset(doc, 8)).toBe(9); // "lait" after the NBSP
    const second = doc.blocks[1]!.span;
    expect(toSourceSpan(doc, second)).toEqual({ start: 15, end: source.length });
    expect(toSourceOffset(doc, second.start + 2)).toBe(18); // "deux", after the zero-width space
    // A document built by hand, without a map, maps offsets to themselves.
    expect(toSourceOffset({ sourceMap: undefined }, 7)).toBe(7);
  });
});

describe('hard-wrapped text', () => {
  it('joins lines wrapped at a fixed width into paragraphs', () => {
    const text = [
      'Council approves harbour budget',
      '',
      'The town council of Port Ellis approved on Tuesday a budget of 1.2',
      'million euros to repair the pontoons and the quay wall damaged by the',
      'storm, after a debate that lasted most of the afternoon and evening.',
      '',
      'Work is due to start in March. The harbour master said the ferries',
      'would keep running while the contractors repair the eastern quay and',
      'the fuel station, which has been closed since the storm last week.',
      '',
    ].join('\n');
    const doc = ingestText(text);
    expect(doc.title).toBe('Council approves harbour budget');
    expect(doc.blocks.map((b) => b.type)).toEqual(['title', 'paragraph', 'paragraph']);
    expect(doc.text.split('\n\n')[1]).toBe(
      'The town council of Port Ellis approved on Tuesday a budget of 1.2 million euros to repair the pontoons and the quay wall damaged by the storm, after a debate that lasted most of the afternoon and evening.',
    );
  });

  it('keeps one paragraph per line in unwrapped news text', () => {
    const doc = ingestText(
      'First paragraph of the story, one line.\nSecond paragraph, also one line.\n\nThird one.',
    );
    expect(doc.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(3);
  });
});

describe('JSON with an HTML body', () => {
  it('reads the body as HTML, keeping structure and removing furniture', () => {
    const doc = ingestText(
      JSON.stringify({
        title: 'Hafen wieder offen',
        content:
          '<p>Der Hafen von Port Ellis ist nach dem Sturm am Montag wieder geöffnet worden, teilte die Stadt mit.</p><h2>Schäden</h2><p>Zwei Pontons wurden losgerissen und müssen nun ersetzt werden, sagte der Hafenmeister.</p><div class="ad">Anzeige: Ferngläser im Angebot</div>',
        date: '2026-01-05T08:00:00Z',
      }),
      { name: 'hafen.json' },
    );
    expect(doc).toMatchObject({
      lang: 'de',
      title: 'Hafen wieder offen',
      published: '2026-01-05T08:00:00.000Z',
    });
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(doc.text).not.toContain('<p>');
    expect(doc.removed).toEqual([{ reason: 'advertisement', text: 'Anzeige: Ferngläser im Angebot' }]);
  });
});

describe('social posts', () => {
  const article = (attribution: string, options = {}) =>
    ingestText(
      `Die Nachricht verbreitete sich am Montag schnell in den sozialen Netzwerken.\nBig news today, we are hiring.\n${attribution}\nDanach äußerten sich viele weitere Forscher zu dem Wechsel.`,
      options,
    );

  it.each([
    ['— Jane Doe (@janedoe) January 5, 2026', { author: 'Jane Doe', handle: '@janedoe', date: '2026-01-05' }],
    ['— Jane Doe (@janedoe) 5. Januar 2026', { author: 'Jane Doe', handle: '@janedoe', date: '2026-01-05' }],
    [
      '— Jane Doe (@jane.bsky.social) Jan 5, 2026',
      { author: 'Jane Doe', handle: '@jane.bsky.social', date: '2026-01-05' },
    ],
    ['— Jane Doe (@janedoe)', { author: 'Jane Doe', handle: '@janedoe' }],
  ])('reads %s', (attribution, post) => {
    const doc = article(attribution);
    const block = doc.blocks.find((b) => b.type === 'social-post')!;
    expect({ ...block.post, textSpan: undefined }).toEqual({ ...post, textSpan: undefined });
    expect(doc.text.slice(block.post!.textSpan!.start, block.post!.textSpan!.end)).toBe(
      'Big news today, we are hiring.',
    );
    expect(block.lang).toBe('en');
  });

  it('completes a date without a year from referenceDate', () => {
    const doc = article('— Jane Doe (@janedoe) January 5', { referenceDate: '2026-03-01' });
    expect(doc.blocks.find((b) => b.type === 'social-post')!.post!.date).toBe('2026-01-05');
  });

  it('reads referenceDate the same under every time zone, ISO 8601 as written', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        // Local midnight of New Year's Day is still the last day of the old year in UTC east of Greenwich.
        for (const referenceDate of [new Date(2027, 0, 1), '2027-01-01', '2027-12-31T23:30:00-08:00']) {
          const doc = article('— Jane Doe (@janedoe) January 5', { referenceDate });
          expect(
            doc.blocks.find((b) => b.type === 'social-post')!.post!.date,
            `${tz} ${String(referenceDate)}`,
          ).toBe('2027-01-05');
        }
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('leaves a dash line that is not an attribution alone', () => {
    const doc = article('— and then the (@) thing happened on a date nobody remembers exactly');
    expect(doc.blocks.some((b) => b.type === 'social-post')).toBe(false);
  });
});

describe('headings', () => {
  it('takes a short unpunctuated line between paragraphs for a heading, but not three in a row', () => {
    const doc = ingestText(
      [
        'The council met on Tuesday evening to discuss the harbour repairs and the budget for next year.',
        'Damage to the quay',
        'Engineers found cracks in the eastern quay wall after the storm, and the repairs will take months.',
        'Maria Lindqvist',
        'Harbour Office',
        'Port Ellis',
        'Questions about the repairs can be sent to the harbour office during opening hours.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});
