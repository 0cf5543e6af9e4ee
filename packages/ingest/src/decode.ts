import { codecFor, decodeStrict } from './codecs';
import { ngramFit, scoreDecoded } from './encoding-score';
import { IngestError } from './errors';
import type { EncodingInfo } from './types';

export interface Decoded {
  text: string;
  encoding: EncodingInfo;
  /** Number of U+FFFD replacements made (only with `allowReplacement`). */
  replaced: number;
  /** For a guessed legacy encoding: the encodings whose different readings came close, best first. */
  candidates?: string[];
}

// Every legacy encoding detection tries. On a tie (two encodings that decode the bytes to the same
// plausibility), the one listed first wins: the more common one of its script.
const LEGACY_CANDIDATES = [
  'shift_jis',
  'euc-jp',
  'gb18030',
  'big5',
  'euc-kr',
  'windows-1251',
  'koi8-r',
  'iso-8859-5',
  'windows-1252',
  'iso-8859-15',
  'windows-1250',
  'iso-8859-2',
  'windows-1253',
  'iso-8859-7',
  'windows-1254',
] as const;

// Encodings are told apart on a prefix of the input (decoding 15 candidates of a 10 MB file would cost
// more than the rest of ingest); the winner then decodes the whole.
const SAMPLE_BYTES = 64 * 1024;
// Weight of the n-gram fit (0..1) against the per-byte plausibility (about -3..1).
const NGRAM_WEIGHT = 5;
// A margin of this much plausibility between the two best different readings is full confidence.
const CLEAR_MARGIN = 0.25;

/** Rejects binary input: NUL bytes or many control characters (checked on a prefix). */
export function assertNotBinary(bytes: Uint8Array, file: string | undefined, utf16: boolean): void {
  if (utf16) return;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new IngestError(
        'E_BINARY',
        `${file ?? 'input'} looks binary (a NUL byte at ${i}); pass text, HTML or JSON files only.`,
        { file },
      );
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (n > 0 && controls / n > 0.1) {
    throw new IngestError(
      'E_BINARY',
      `${file ?? 'input'} looks binary (${controls} control bytes in the first ${n}); pass text files only.`,
      { file },
    );
  }
}

function bomOf(bytes: Uint8Array): { name: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

export interface DecodeOptions {
  encoding?: string;
  allowReplacement?: boolean;
  file?: string;
}

/** Bytes to text: an explicit encoding, else a BOM, else strict UTF-8, else the likeliest legacy encoding. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { file } = options;
  const bom = bomOf(bytes);
  const utf16 = bom?.name.startsWith('utf-16') ? bom.name : sniffUtf16(bytes);
  if (options.encoding) {
    const codec = codecFor(options.encoding);
    if (!codec) {
      throw new IngestError(
        'E_INVALID_OPTION',
        `Unknown encoding "${options.encoding}"; use a WHATWG label such as utf-8, shift_jis, gb18030, windows-1252.`,
        { file },
      );
    }
    return finish(codec.name, bytes, { name: codec.name, confidence: 1 }, options);
  }
  assertNotBinary(bytes, file, utf16 !== undefined);
  if (bom) return finish(bom.name, bytes, { name: bom.name, confidence: 1, bom: true }, options);
  if (utf16) return finish(utf16, bytes, { name: utf16, confidence: 0.8 }, options);
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    const text = decodeStrict(declared, bytes);
    if (text !== undefined) return { text, encoding: { name: declared, confidence: 0.95 }, replaced: 0 };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== undefined) {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++)
      if (bytes[i]! >= 0x80) {
        ascii = false;
        break;
      }
    // Pure ASCII is valid in every candidate; valid multi-byte UTF-8 by chance is very unlikely.
    return { text: utf8, encoding: { name: 'utf-8', confidence: ascii ? 1 : 0.99 }, replaced: 0 };
  }
  const legacy = detectLegacy(bytes);
  if (legacy)
    return {
      text: legacy.text,
      encoding: { name: legacy.name, confidence: legacy.confidence },
      replaced: 0,
      candidates: legacy.candidates,
    };
  if (options.allowReplacement) {
    const { text, replaced } = codecFor('utf-8')!.decode(bytes);
    return { text, encoding: { name: 'utf-8', confidence: 0.5 }, replaced };
  }
  throw new IngestError(
    'E_ENCODING',
    `${file ?? 'input'} is neither valid UTF-8 nor a recognisable legacy encoding; pass { encoding: '<label>' } or { allowReplacement: true }.`,
    { file },
  );
}

function finish(label: string, bytes: Uint8Array, encoding: EncodingInfo, options: DecodeOptions): Decoded {
  if (options.allowReplacement) {
    const { text, replaced } = codecFor(label)!.decode(bytes);
    return { text, encoding, replaced };
  }
  const text = decodeStrict(label, bytes);
  if (text === undefined) {
    throw new IngestError(
      'E_ENCODING',
      `${options.file ?? 'input'} has bytes that are invalid in ${encoding.name}; pass the right { encoding } or { allowReplacement: true }.`,
      { file: options.file },
    );
  }
  return { text, encoding, replaced: 0 };
}

/**
 * The charset an HTML or XML document declares in its first 1024 bytes (`<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`), as a WHATWG name.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let start = 0;
  while (
    start < bytes.length &&
    (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)
  )
    start++;
  if (bytes[start] !== 0x3c) return undefined; // '<'
  // Only ASCII matters here: any single-byte reading will do.
  const head = String.fromCharCode(...bytes.subarray(start, start + 1024));
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})/i.exec(head);
  if (!m) return undefined;
  return codecFor(m[1]!)?.name;
}

/** The first `limit` bytes or so, cut before a byte < 0x80 so that no multi-byte character is split. */
function sampleOf(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  for (let end = limit; end > limit - 256; end--) if (bytes[end]! < 0x80) return bytes.subarray(0, end);
  return bytes.subarray(0, limit);
}

interface Reading {
  name: string;
  text: string;
  score: number;
}

/**
 * Every legacy candidate that decodes the bytes without an invalid or unmapped byte, scored by how
 * plausible its text is (scripts that fit their words, frequent characters, typographic punctuation)
 * plus how well its non-ASCII words read as a language (eld's n-grams). The best wins; its confidence
 * comes from the margin over the best reading that gives a different text (German in windows-1252 and
 * in windows-1250 reads the same: that is no rival).
 */
export function detectLegacy(
  bytes: Uint8Array,
): { text: string; name: string; confidence: number; candidates: string[] } | undefined {
  const sample = sampleOf(bytes, SAMPLE_BYTES);
  const partial = sample.length < bytes.length;
  const readings: Reading[] = [];
  for (const name of LEGACY_CANDIDATES) {
    const text = decodeStrict(name, sample);
    if (text === undefined) continue;
    readings.push({ name, text, score: scoreDecoded(text) + NGRAM_WEIGHT * ngramFit(text) });
  }
  // Stable: on equal scores the order of LEGACY_CANDIDATES stands.
  readings.sort((a, b) => b.score - a.score);
  const distinct: Reading[] = [];
  for (const reading of readings) if (!distinct.some((d) => d.text === reading.text)) distinct.push(reading);
  const confidenceOf = (reading: Reading, rival: Reading | undefined) => {
    if (!rival) return 0.95;
    const margin = Math.max(0, reading.score - rival.score) / CLEAR_MARGIN;
    return Math.round((0.5 + 0.45 * Math.min(1, margin)) * 100) / 100;
  };
  for (const [index, best] of distinct.entries()) {
    if (best.score <= 0) return undefined;
    // A later byte may be invalid in the encoding the sample chose: then the next reading is tried.
    const text = partial ? decodeStrict(best.name, bytes) : best.text;
    if (text === undefined) continue;
    const rivals = distinct.slice(index + 1);
    const close = rivals.filter((r) => best.score - r.score < CLEAR_MARGIN).slice(0, 3);
    return {
      text,
      name: best.name,
      confidence: confidenceOf(best, rivals[0]),
      candidates: [best.name, ...close.map((r) => r.name)],
    };
  }
  return undefined;
}
