import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Document, ingestBytes, ingestText, toSourceSpan } from '../src/index';

const md = (source: string) => ingestText(source, { name: 'story.md' });
const blocks = (doc: Document) =>
  doc.blocks.map((b) => [b.type, doc.text.slice(b.span.start, b.span.end)] as const);
/** The source text a block came from, through the offset map. */
const sourceOf = (doc: Document, source: string, i: number) => {
  const span = toSourceSpan(doc, doc.blocks[i]!.span);
  return source.slice(span.start, span.end);
};

describe('Markdown through CommonMark', () => {
  it('setext headings are headings (the underline is syntax, not a paragraph of "=")', () => {
    const source =
      'Harbour reopens\n===============\n\nThe harbour reopened on Monday.\n\nDamage\n------\n\nTwo pontoons broke loose.\n';
    const doc = md(source);
    expect(doc.title).toBe('Harbour reopens');
    expect(blocks(doc)).toEqual([
      ['title', 'Harbour reopens'],
      ['paragraph', 'The harbour reopened on Monday.'],
      ['heading', 'Damage'],
      ['paragraph', 'Two pontoons broke loose.'],
    ]);
    expect(doc.blocks[2]!.level).toBe(2);
    expect(doc.removed).toEqual([]);
    expect(sourceOf(doc, source, 2)).toBe('Damage');
  });

  it('a list item keeps its continuation lines; the marker is syntax', () => {
    const source =
      'Timeline:\n\n- Ferries resume at nine\n  and the fuel station opens at ten.\n- The east quay stays closed\nuntil Friday.\n\n1. First\n2. Second\n';
    const doc = md(source);
    expect(blocks(doc).filter(([type]) => type === 'list-item')).toEqual([
      ['list-item', 'Ferries resume at nine and the fuel station opens at ten.'],
      ['list-item', 'The east quay stays closed until Friday.'],
      ['list-item', 'First'],
      ['list-item', 'Second'],
    ]);
    expect(sourceOf(doc, source, 1)).toBe('Ferries resume at nine\n  and the fuel station opens at ten.');
  });

  it('block quotes, lazy lines included, are quotes', () => {
    const source =
      'The harbour master spoke to reporters.\n\n> "We were lucky," she said,\n> "nobody was hurt."\nlazy continuation.\n';
    const doc = md(source);
    expect(blocks(doc)[1]).toEqual([
      'quote',
      '"We were lucky," she said, "nobody was hurt." lazy continuation.',
    ]);
    expect(sourceOf(doc, source, 1)).toBe(
      '"We were lucky," she said,\n> "nobody was hurt."\nlazy continuation.',
    );
  });

  it('tables become rows and cells, inline markup rendered, the delimiter row neither text nor removed', () => {
    const source =
      'Quays after the storm.\n\n| Quay | Status |\n|:-----|-------:|\n| East | **open** |\n| West | [closed](https://port.example/west) |\n';
    const doc = md(source);
    const table = doc.blocks.find((b) => b.type === 'table')!;
    expect(table.rows!.map((r) => r.cells.map((c) => doc.text.slice(c.span.start, c.span.end)))).toEqual([
      ['Quay', 'Status'],
      ['East', 'open'],
      ['West', 'closed'],
    ]);
    expect(doc.links).toContainEqual(
      expect.objectContaining({ url: 'https://port.example/west', text: 'closed' }),
    );
    expect(doc.removed).toEqual([]);
    const east = table.rows![1]!.cells[1]!.span;
    const at = toSourceSpan(doc, east);
    expect(source.slice(at.start, at.end)).toBe('open');
  });

  it('inline and reference links keep their text; the URL goes to links with the span of that text', () => {
    const source =
      'The [council][report] and [the port](https://port.example/news "Port") confirmed it.\n\n[report]: https://council.example/report\n[unused]: https://example.org/unused\n';
    const doc = md(source);
    expect(doc.text).toBe('The council and the port confirmed it.');
    expect(doc.links).toEqual([
      { url: 'https://example.org/unused', kind: 'reference' },
      {
        url: 'https://council.example/report',
        span: { start: 4, end: 11 },
        text: 'council',
        kind: 'markdown',
      },
      { url: 'https://port.example/news', span: { start: 16, end: 24 }, text: 'the port', kind: 'markdown' },
    ]);
    const span = toSourceSpan(doc, doc.links[1]!.span!);
    expect(source.slice(span.start, span.end)).toBe('council');
  });

  it('a reference link finds its definition in a long file (the parser reads it in chunks)', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the harbour story.`).join('\n\n');
    const source = `See [the report][r] first.\n\n${filler}\n\n[r]: https://council.example/report\n`;
    const doc = md(source);
    expect(source.length).toBeGreaterThan(8_000);
    expect(doc.text.startsWith('See the report first.')).toBe(true);
    expect(doc.links).toContainEqual({
      url: 'https://council.example/report',
      span: { start: 4, end: 14 },
      text: 'the report',
      kind: 'markdown',
    });
  });

  it('code fences are code blocks in no language (zxx), their content exact', () => {
    const source =
      'Run the check:\n\n```sh\ncurl https://port.example/status\n# not a heading\n```\n\nThen report.\n';
    const doc = md(source);
    expect(blocks(doc)).toEqual([
      ['paragraph', 'Run the check:'],
      ['code', 'curl https://port.example/status\n# not a heading'],
      ['paragraph', 'Then report.'],
    ]);
    expect(doc.blocks[1]).toMatchObject({ lang: 'zxx', langConfidence: 1 });
    expect(sourceOf(doc, source, 1)).toBe('curl https://port.example/status\n# not a heading');
  });

  it('escapes and entities map to the whole of their source; emphasis markers to nothing', () => {
    const source = 'Prices rose by 5 \\* 2 &amp; *more* in **March**.\n';
    const doc = md(source);
    expect(doc.text).toBe('Prices rose by 5 * 2 & more in March.');
    const word = doc.text.indexOf('March');
    const span = toSourceSpan(doc, { start: word, end: word + 5 });
    expect(source.slice(span.start, span.end)).toBe('March');
  });

  it('offsets point at the source bytes: through UTF-8, CRLF and a BOM', () => {
    const source = '\ufeffKöln\r\n====\r\n\r\n- „Die Brücke“ bleibt\r\n  gesperrt.\r\n';
    const doc = ingestBytes(Buffer.from(source, 'utf8'), { name: 'koeln.md' });
    expect(blocks(doc)).toEqual([
      ['title', 'Köln'],
      ['list-item', '„Die Brücke“ bleibt gesperrt.'],
    ]);
    const decoded = source.slice(1); // toSourceSpan counts characters of the decoded text
    const item = toSourceSpan(doc, doc.blocks[1]!.span);
    expect(decoded.slice(item.start, item.end)).toBe('„Die Brücke“ bleibt\r\n  gesperrt.');
  });

  it('raw HTML blocks and images are recorded as markup, not dropped silently', () => {
    const doc = md(
      'Before.\n\n<div class="ad">Buy now</div>\n\n![A map of the harbour](map.png)\n\nAfter.\n',
    );
    expect(blocks(doc)).toEqual([
      ['paragraph', 'Before.'],
      ['paragraph', 'After.'],
    ]);
    expect(doc.removed.map((r) => [r.reason, r.text])).toEqual([
      ['markup', '<div class="ad">Buy now</div>'],
      ['markup', 'A map of the harbour'],
    ]);
  });
});

const syntax = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '```\n',
  '~~~\n',
  '    ',
  '| a | b |\n|---|---|\n',
  '***',
  '**',
  '*',
  '_',
  '[',
  ']',
  '](https://a.example/x)',
  '[r]',
  '\n[r]: https://r.example\n',
  '<b>',
  '</b>',
  '&amp;',
  '\\*',
  '`',
  '\n',
  '\n\n',
  '===\n',
  '---\n',
  'Köln ',
  '東京 ',
  'word ',
  'https://u.example/p ',
);

describe('Markdown property: structure and offsets', () => {
  it('blocks are in order and in bounds, exact map pieces copy the source, no syntax listed as removed', () => {
    fc.assert(
      fc.property(fc.array(syntax, { maxLength: 40 }), (pieces) => {
        const source = `Story\n\n${pieces.join('')}`;
        const doc = md(source);
        let last = 0;
        for (const block of doc.blocks) {
          expect(block.span.start).toBeGreaterThanOrEqual(last);
          expect(block.span.end).toBeLessThanOrEqual(doc.text.length);
          last = block.span.end;
        }
        const map = doc.sourceMap!;
        for (let i = 0; i < map.length; i += 5) {
          if (map[i + 4] !== 1) continue;
          const out = doc.text.slice(map[i]!, map[i + 1]!);
          expect(source.slice(map[i + 2]!, map[i + 3]!)).toBe(out);
        }
        // Markup records are raw HTML and image alt texts, never Markdown syntax (boilerplate rules may
        // still remove a line of content).
        for (const removed of doc.removed.filter((r) => r.reason === 'markup'))
          expect(removed.text).toMatch(/^<|[^#>*_\-|=`~\s:[\]()]/);
      }),
    );
  });
});

describe('the cost of the Markdown parser', () => {
  it('is paid only for Markdown: plain text never loads dist/markdown.cjs, and the built package parses as the source does (fresh process, ESM and CJS)', () => {
    const source =
      '# Rome\n\nThe *mayor* said [this](https://x.example).\n\n| city | people |\n|---|---|\n| Rome | 2.7 M |\n';
    const probe = (load: string) => `const { createRequire } = require('node:module');
      const loaded = () => Object.keys(createRequire(process.cwd() + '/')('module')._cache).some((k) => k.endsWith('markdown.cjs'));
      ${load}.then((m) => {
        const a = loaded();
        m.ingestText('Ciao, mondo. Questo è un testo.', { name: 'a.txt' });
        const b = loaded();
        const doc = m.ingestText(${JSON.stringify(source)}, { name: 'story.md' });
        console.log(JSON.stringify([a, b, loaded(), doc.text, doc.blocks]));
      });`;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const doc = md(source);
    const expected = JSON.stringify([false, false, true, doc.text, doc.blocks]);
    for (const load of ["Promise.resolve(require('./dist/index.cjs'))", "import('./dist/index.js')"]) {
      const out = execFileSync(process.execPath, ['-e', probe(load)], { cwd, encoding: 'utf8' });
      expect(out.trim()).toBe(expected);
    }
  });
});
