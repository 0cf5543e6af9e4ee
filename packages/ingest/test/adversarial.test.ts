import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/decode';
import { IngestError, ingestBytes, ingestText, toSourceSpan } from '../src/index';

// An adversarial corpus, generated here: broken encodings, hostile HTML, huge and degenerate text.

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!IngestError.isInstance(error)) throw error;
    return error.code;
  }
}

const TEXT = 'The harbour reopened on Monday after the storm. ';

describe('broken UTF-8', () => {
  const cases: [string, Uint8Array][] = [
    ['a stray continuation byte', bytes(TEXT, [0x80], TEXT)],
    ['a truncated sequence at the end', bytes(TEXT, [0xe3, 0x81])],
    ['overlong "/" (C0 AF)', bytes(TEXT, [0xc0, 0xaf], TEXT)],
    ['overlong "/" (E0 80 AF)', bytes(TEXT, [0xe0, 0x80, 0xaf], TEXT)],
    ['overlong "/" (F0 80 80 AF)', bytes(TEXT, [0xf0, 0x80, 0x80, 0xaf], TEXT)],
    ['a surrogate pair in CESU-8', bytes(TEXT, [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], TEXT)],
    ['a lone surrogate in WTF-8', bytes(TEXT, [0xed, 0xa0, 0x80], TEXT)],
    ['bytes over U+10FFFF', bytes(TEXT, [0xf4, 0x90, 0x80, 0x80], TEXT)],
    ['FE and FF', bytes(TEXT, [0xfe, 0xff, 0xfe], TEXT)],
  ];

  it.each(cases)('%s: rejected as UTF-8, replaced on request, never thrown untyped', (_name, input) => {
    // Declared UTF-8: strict decoding fails with the documented code.
    expect(codeOf(() => ingestBytes(input, { encoding: 'utf-8' }))).toBe('E_ENCODING');
    // With replacement: U+FFFD in the text and a warning that counts them.
    const replaced = ingestBytes(input, { encoding: 'utf-8', allowReplacement: true });
    expect(replaced.text).toContain('\ufffd');
    expect(replaced.warnings.map((w) => w.code)).toContain('W_REPLACED_BYTES');
    // Undeclared: either a legacy encoding that decodes every byte (a guess, flagged) or E_ENCODING.
    try {
      const guessed = ingestBytes(input);
      expect(guessed.source.encoding.name).not.toBe('utf-8');
      expect(guessed.text).not.toContain('\ufffd');
      expect(guessed.text).toContain('The harbour reopened');
    } catch (error) {
      expect(IngestError.isInstance(error) && error.code).toBe('E_ENCODING');
    }
  });

  it('never reads an overlong or surrogate encoding as the character it pretends to be', () => {
    for (const [, input] of cases) {
      const doc = ingestBytes(input, { encoding: 'utf-8', allowReplacement: true });
      expect(doc.text).not.toMatch(/[\ud800-\udfff]/);
      expect(doc.text.includes(`${TEXT.trim()} /`)).toBe(false);
    }
  });
});

describe('UTF-16 and BOMs', () => {
  const article = 'Harbour reopens\n\nThe harbour of Port Ellis reopened on Monday after a storm.\n';

  it.each([
    ['utf-16le', 'utf16le'],
    ['utf-16be', 'utf16be'],
  ] as const)('reads %s without a BOM', (name, _node) => {
    const le = Buffer.from(article, 'utf16le');
    const input = name === 'utf-16le' ? le : Buffer.from(le).swap16();
    const doc = ingestBytes(input);
    expect(doc.source.encoding.name).toBe(name);
    expect(doc.title).toBe('Harbour reopens');
    expect(doc.lang).toBe('en');
  });

  it('removes a BOM in the middle of the text, with a warning, and maps around it', () => {
    const source = `Harbour reopens\n\nThe harbour\ufeff of Port Ellis reopened on Monday after a storm.`;
    const doc = ingestBytes(new TextEncoder().encode(`\ufeff${source}`));
    expect(doc.source.encoding.bom).toBe(true);
    expect(doc.text).not.toContain('\ufeff');
    expect(doc.warnings.map((w) => w.code)).toContain('W_INVISIBLE_CHARACTERS');
    const paragraph = doc.blocks.at(-1)!;
    const span = toSourceSpan(doc, paragraph.span);
    expect(source.slice(span.start, span.end).replace('\ufeff', '')).toBe(
      doc.text.slice(paragraph.span.start, paragraph.span.end),
    );
  });

  it('a lone surrogate in a string survives as text, never as a crash', () => {
    const doc = ingestText(`Harbour reopens\n\nThe harbour \ud800 of Port Ellis \udc00 reopened on Monday.`);
    expect(doc.text).toContain('\ud800');
    expect(doc.blocks).toHaveLength(2);
  });
});

describe('size limits', () => {
  // 50 MB on one line: ~1 s; over the default 10 MB limit it is rejected before any work.
  const line = 'word '.repeat(10_000_000);

  it('150,000 lines and 150,000 URLs do not overflow the stack (no push(...list) over input-sized lists)', () => {
    const rows = ingestText('| x | y |\n'.repeat(150_000), { format: 'text', maxBytes: 1e8 });
    expect(rows.blocks.length).toBeGreaterThan(0);
    const urls = ingestText('https://a.example/x '.repeat(150_000), { format: 'text', maxBytes: 1e8 });
    expect(urls.links.filter((l) => l.kind === 'inline')).toHaveLength(150_000);
  });

  it('rejects a 50 MB single line with E_TOO_LARGE under the default limit', () => {
    expect(codeOf(() => ingestText(line))).toBe('E_TOO_LARGE');
    expect(codeOf(() => ingestBytes(new Uint8Array(50_000_000).fill(0x61)))).toBe('E_TOO_LARGE');
  });

  it('ingests the 50 MB single line with a raised maxBytes', () => {
    const doc = ingestText(line, { maxBytes: 64 * 1024 * 1024 });
    expect(doc.text.length).toBe(line.length - 1);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.lang).toBe('en');
  }, 120_000);

  it('ingests a 10^5-digit number and a 10^6-letter word as one block each', () => {
    const digits = '7'.repeat(100_000);
    expect(ingestText(digits).text).toBe(digits);
    const word = 'a'.repeat(1_000_000);
    const doc = ingestText(`Long words\n\n${word}\n\n${word}x`);
    expect(doc.blocks.map((b) => b.span.end - b.span.start)).toEqual([10, 1_000_000, 1_000_001]);
  });
});

describe('hostile HTML', () => {
  it('a page nested 10^5 levels deep finishes, without a stack overflow, and keeps its text', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}The harbour reopened on Monday.${'</div>'.repeat(depth)}</body></html>`;
    const doc = ingestText(html);
    expect(doc.text).toBe('The harbour reopened on Monday.');
    expect(doc.warnings.map((w) => w.code)).toContain('W_HTML_TOO_DEEP');
    // Unclosed and inline nesting too.
    expect(ingestText(`<html><body>${'<div><span>'.repeat(depth / 2)}Deep text.`).text).toBe('Deep text.');
    expect(ingestText(`<!doctype html><p>${'<b><i>'.repeat(depth / 2)}Bold text.`).text).toBe('Bold text.');
  });

  it('a page a few hundred levels deep keeps its structure (DOM walk without Readability)', () => {
    const depth = 500;
    const html = `<html><body>${'<div>'.repeat(depth)}<h2>Port news</h2><p>The harbour reopened on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
    const doc = ingestText(html);
    expect(doc.text).toBe('Port news\n\nThe harbour reopened on Monday.');
    expect(doc.warnings.map((w) => w.code)).toContain('W_HTML_TOO_DEEP');
  });

  const hostile = `<!doctype html><html><head><title>Harbour reopens</title>
<style>body { color: red } .STYLETEXT {}</style>
<script>document.write("SCRIPTTEXT")</script></head><body>
<nav>Home <script>NAVSCRIPT()</script></nav>
<article><h1>Harbour reopens</h1>
<p>The harbour of Port Ellis reopened on Monday after a storm kept every boat in port for three days.</p>
<p>Ferries resumed at nine. <a href="javascript:alert(1)">Click</a> <a href="JaVaScRiPt:alert(2)">here</a>
<a href="data:text/html,<script>alert(3)</script>">data</a> <a href="https://example.org/ferries">timetable</a>
<iframe src="https://evil.example/">IFRAMETEXT</iframe><script>var SCRIPT2 = 1</script>
<noscript>NOSCRIPTTEXT</noscript><svg><script>SVGSCRIPT</script><text>SVGTEXT</text></svg></p>
<p onclick="alert(4)">The port authority said the damage to the outer pier would be repaired within weeks.</p>
<div class="share"><script>SHARESCRIPT()</script>Share</div>
</article></body></html>`;

  it('text of script, style, iframe, svg and noscript never reaches the document; only http(s) links do', () => {
    for (const input of [hostile, hostile.replace('<!doctype html>', '').replace(/<\/?html>/g, '')]) {
      const doc = ingestText(input, { format: 'html' });
      const everything = JSON.stringify(doc);
      for (const secret of [
        'STYLETEXT',
        'SCRIPTTEXT',
        'NAVSCRIPT',
        'SCRIPT2',
        'IFRAMETEXT',
        'NOSCRIPTTEXT',
        'SVGSCRIPT',
        'SHARESCRIPT',
        'alert',
        'javascript:',
      ]) {
        expect(everything).not.toContain(secret);
      }
      expect(doc.text).toContain('Ferries resumed at nine.');
      expect(doc.links.map((l) => l.url)).toEqual(['https://example.org/ferries']);
    }
  });

  it('the plain-text reader of too-deep pages drops script, style and comments too', () => {
    const deep = `<html><body>${'<div>'.repeat(3000)}<script>SCRIPTTEXT</script><style>.STYLETEXT{}</style><!-- COMMENT -->Visible &amp; kept &#x263A; &lt;b&gt;${'</div>'.repeat(3000)}</body></html>`;
    const doc = ingestText(deep);
    expect(doc.text).toBe('Visible & kept ☺ <b>');
  });

  it.each([
    ['angle brackets', '<'.repeat(200_000)],
    ['unclosed comments', '<!--'.repeat(100_000)],
    ['an unclosed tag', `<p title="${'x'.repeat(500_000)}`],
    ['nested quotes', `<p a=${'"\''.repeat(100_000)}>text</p>`],
  ])('survives %s', (_name, html) => {
    try {
      const doc = ingestText(`<html><body>${html}</body></html>`);
      expect(typeof doc.text).toBe('string');
    } catch (error) {
      expect(IngestError.isInstance(error) && error.code).toBe('E_EMPTY');
    }
  });
});

describe('decoders', () => {
  it('legacy detection of random high bytes answers or fails with E_ENCODING', () => {
    const input = Uint8Array.from({ length: 100_000 }, (_, i) => 0x80 + ((i * 7919) % 128));
    try {
      const decoded = decodeBytes(input);
      expect(decoded.text.length).toBeGreaterThan(0);
    } catch (error) {
      expect(IngestError.isInstance(error) && error.code).toBe('E_ENCODING');
    }
  });
});
