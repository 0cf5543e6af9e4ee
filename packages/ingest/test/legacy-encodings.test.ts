import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codecFor } from '../src/codecs';
import { decodeBytes } from '../src/decode';
import { ingestBytes, ingestText } from '../src/index';
import { declaredPage, LEGACY_FIXTURES } from './fixtures/legacy-fixtures.mjs';

const budget = (factor: number) => ({
  numRuns: Math.max(5, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) * factor)),
});
const label = (f: { lang: string; encoding: string }) => `${f.lang} in ${f.encoding}`;

describe('legacy fixtures: news paragraphs with quotes, guillemets, dashes, ellipses and €', () => {
  it.each(LEGACY_FIXTURES.map((f) => [label(f), f] as const))('%s, undeclared: the same text', (_, f) => {
    const doc = ingestBytes(f.bytes, { name: 'article.txt' });
    expect(doc.text).toBe(f.text.normalize('NFC'));
    expect(doc.lang).toBe(f.lang);
    // The encoding named reads the bytes as the original (German in windows-1252 or -1250 is the same).
    expect(iconv.decode(Buffer.from(f.bytes), doc.source.encoding.name)).toBe(f.text);
  });

  it.each(LEGACY_FIXTURES.map((f) => [label(f), f] as const))('%s, declared in HTML', (_, f) => {
    const doc = ingestBytes(declaredPage(f), { name: 'article.html' });
    expect(doc.source.encoding).toEqual({ name: codecFor(f.encoding)!.name, confidence: 0.95 });
    expect(doc.text).toContain(f.text.normalize('NFC'));
    expect(doc.lang).toBe(f.lang);
  });

  it('keeps „ “ – … and € of a windows-1252 page (Node 20’s TextDecoder makes them control characters)', () => {
    const text = 'Die Kosten – bisher 280 Mio. € – könnten „deutlich“ steigen…';
    const bytes = iconv.encode(text, 'windows-1252');
    expect([...bytes].filter((b) => b >= 0x80 && b <= 0x9f)).toHaveLength(6);
    for (const options of [{ encoding: 'windows-1252' }, { encoding: 'latin1' }, {}]) {
      const doc = ingestBytes(bytes, { name: 'kosten.txt', ...options });
      expect(doc.text).toBe(text);
      expect(doc.warnings.map((w) => w.code)).not.toContain('W_CONTROL_CHARACTERS');
    }
  });

  it('a byte the declared code page leaves undefined is E_ENCODING, or U+FFFD counted with allowReplacement', () => {
    const bytes = Uint8Array.from([...Buffer.from('Prix : 5 '), 0x81, 0x80]);
    expect(() => ingestBytes(bytes, { encoding: 'windows-1252' })).toThrowError(
      expect.objectContaining({ code: 'E_ENCODING' }),
    );
    const doc = ingestBytes(bytes, { encoding: 'windows-1252', allowReplacement: true });
    expect(doc.text).toBe('Prix : 5 \ufffd€');
    expect(doc.warnings.map((w) => w.code)).toContain('W_REPLACED_BYTES');
  });

  it('an uncertain guess is a warning that names the other candidates', () => {
    // One accented name: windows-1252 (Lefèvre) and windows-1250 (Lefčvre) read it equally well.
    const doc = ingestBytes(iconv.encode('Interview mit Lefèvre heute Abend', 'windows-1252'), {
      name: 'short.txt',
    });
    expect(doc.source.encoding.name).toBe('windows-1252');
    expect(doc.source.encoding.confidence).toBeLessThan(0.9);
    const warning = doc.warnings.find((w) => w.code === 'W_ENCODING_GUESSED');
    expect(warning?.message).toMatch(
      /^Encoding guessed as windows-1252 \(confidence [\d.]+; also possible: .*windows-1250/,
    );
  });

  it('accepts encodings only iconv-lite knows (cp437) and WHATWG aliases', () => {
    const text = 'Größe: 5 × 3 ½';
    expect(ingestBytes(iconv.encode('Größe ½', 'cp437'), { encoding: 'CP437' }).text).toBe('Größe ½');
    expect(
      ingestBytes(iconv.encode(text, 'windows-1252'), { encoding: 'iso-8859-1' }).source.encoding.name,
    ).toBe('windows-1252');
  });
});

// Every code page ingest decodes with iconv-lite, by its WHATWG name.
const SINGLE_BYTE = [
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
];
const MULTI_BYTE = ['shift_jis', 'euc-jp', 'gbk', 'gb18030', 'big5', 'euc-kr'];

const iconvName = (encoding: string) => (encoding === 'x-mac-cyrillic' ? 'maccyrillic' : encoding);

/** The characters a code page writes and reads back as themselves (U+FFFD aside: it means "invalid"). */
function repertoire(whatwg: string): string[] {
  const encoding = iconvName(whatwg);
  const chars: string[] = [];
  const limit = MULTI_BYTE.includes(encoding) ? 0xffff : 0x2fff;
  for (let cp = 0x09; cp <= limit; cp++) {
    if ((cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffd || cp === 0xfeff) continue;
    const ch = String.fromCharCode(cp);
    const bytes = iconv.encode(ch, encoding);
    if (bytes.length > 0 && iconv.decode(bytes, encoding) === ch) chars.push(ch);
  }
  return chars;
}

describe('round trip: any text a code page can write comes back the same', () => {
  it.each([...SINGLE_BYTE, ...MULTI_BYTE])('%s, declared', (encoding) => {
    expect(codecFor(encoding)?.name).toBe(encoding);
    const chars = repertoire(encoding);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 200 }), (list) => {
        const text = list.join('');
        const bytes = new Uint8Array(iconv.encode(text, iconvName(encoding)));
        expect(decodeBytes(bytes, { encoding }).text).toBe(text);
      }),
      budget(0.5),
    );
  });

  it.each(['windows-1252', 'shift_jis', 'windows-1251'])(
    '%s, declared, through the whole of ingest',
    (encoding) => {
      const chars = repertoire(encoding).filter((ch) => ch.charCodeAt(0) >= 0x20);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 200 }), (list) => {
          const text = list.join('');
          fc.pre(text.trim() !== '');
          let expected: string;
          try {
            expected = ingestText(text, { format: 'text', lang: 'en' }).text;
          } catch {
            return; // nothing to compare with (E_EMPTY after normalisation)
          }
          const doc = ingestBytes(iconv.encode(text, encoding), { encoding, format: 'text', lang: 'en' });
          expect(doc.text).toBe(expected);
        }),
        budget(0.2),
      );
    },
  );
});

// Undeclared, an encoding can only be recognised from text that reads as a language: the rule is at
// least 12 words of real text, at least 4 of them with a non-ASCII character (for CJK: 12 characters).
// The property draws such texts from each fixture's words, in any order.
const MIN_WORDS = 12;
const MIN_HIGH_WORDS = 4;

function wordsOf(text: string): string[] {
  // CJK text has no spaces: its "words" are two-character pieces.
  if (!/ /.test(text)) return text.match(/[^\s]{1,2}/gu) ?? [];
  return text.split(/\s+/).filter((w) => w !== '');
}

describe('round trip, undeclared: text long enough to identify comes back the same', () => {
  it.each(LEGACY_FIXTURES.map((f) => [label(f), f] as const))('%s', (_, f) => {
    const words = wordsOf(f.text);
    const high = words.filter((w) => /[^\x00-\x7f]/.test(w));
    const cjk = !/ /.test(f.text);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(words, { minLength: MIN_WORDS }),
        fc.shuffledSubarray(high, { minLength: Math.min(MIN_HIGH_WORDS, high.length) }),
        (some, highs) => {
          const text = [...highs, ...some].join(cjk ? '' : ' ');
          const bytes = new Uint8Array(iconv.encode(text, f.encoding));
          expect(decodeBytes(bytes).text).toBe(text);
        },
      ),
      budget(0.3),
    );
  });
});

describe('the cost of iconv-lite', () => {
  it('is paid only for a legacy encoding: UTF-8 input never loads it (built package, fresh process)', () => {
    const probe = `const loaded = () => Object.keys(require.cache).some((k) => k.includes('iconv-lite'));
      const m = require('./dist/index.cjs');
      const a = loaded();
      m.ingestText('Ciao, mondo. Questo è un testo.', { name: 'a.txt' });
      m.ingestBytes(new TextEncoder().encode('Grüße aus Köln.'), { name: 'b.txt' });
      const b = loaded();
      const t = m.ingestBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), { name: 'c.txt', encoding: 'windows-1252' }).text;
      console.log([a, b, loaded(), t].join(' '));`;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const out = execFileSync(process.execPath, ['-e', probe], { cwd, encoding: 'utf8' });
    expect(out.trim()).toBe('false false true Café €');
  });
});
