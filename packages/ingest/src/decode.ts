import { scoreDecoded } from './encoding-score';
import { IngestError } from './errors';
import type { EncodingInfo } from './types';

export interface Decoded {
  text: string;
  encoding: EncodingInfo;
  /** Number of U+FFFD replacements made (only with `allowReplacement`). */
  replaced: number;
}

const LEGACY_CANDIDATES = [
  'shift_jis',
  'euc-jp',
  'gb18030',
  'big5',
  'euc-kr',
  'windows-1251',
  'koi8-r',
  'iso-8859-5',
  // On a tie (German text is the same in both), the more common encoding wins: it comes first.
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'iso-8859-7',
] as const;

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

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

export interface DecodeOptions {
  encoding?: string;
  allowReplacement?: boolean;
  file?: string;
}

/** Bytes to text: an explicit encoding, else a BOM, else strict UTF-8, else the likeliest legacy encoding. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { file, allowReplacement = false } = options;
  const bom = bomOf(bytes);
  const utf16 = bom?.name.startsWith('utf-16') ? bom.name : sniffUtf16(bytes);
  if (!options.encoding) assertNotBinary(bytes, file, utf16 !== undefined);

  if (options.encoding) {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(options.encoding, { fatal: !allowReplacement });
    } catch {
      throw new IngestError(
        'E_INVALID_OPTION',
        `Unknown encoding "${options.encoding}"; use a WHATWG label such as utf-8, shift_jis, gb18030, windows-1252.`,
        { file },
      );
    }
    return finish(decoder, bytes, { name: decoder.encoding, confidence: 1 }, options);
  }
  if (bom) {
    return finish(
      new TextDecoder(bom.name, { fatal: !allowReplacement }),
      bytes,
      { name: bom.name, confidence: 1, bom: true },
      options,
    );
  }
  if (utf16) {
    return finish(
      new TextDecoder(utf16, { fatal: !allowReplacement }),
      bytes,
      { name: utf16, confidence: 0.8 },
      options,
    );
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    const text = tryDecode(declared, bytes, true);
    if (text !== undefined) return { text, encoding: { name: declared, confidence: 0.95 }, replaced: 0 };
  }
  const utf8 = tryDecode('utf-8', bytes, true);
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
    return { text: legacy.text, encoding: { name: legacy.name, confidence: legacy.confidence }, replaced: 0 };
  if (allowReplacement) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, encoding: { name: 'utf-8', confidence: 0.5 }, replaced: countReplacements(text) };
  }
  throw new IngestError(
    'E_ENCODING',
    `${file ?? 'input'} is neither valid UTF-8 nor a recognisable legacy encoding; pass { encoding: '<label>' } or { allowReplacement: true }.`,
    { file },
  );
}

function finish(
  decoder: InstanceType<typeof TextDecoder>,
  bytes: Uint8Array,
  encoding: EncodingInfo,
  options: DecodeOptions,
): Decoded {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new IngestError(
      'E_ENCODING',
      `${options.file ?? 'input'} has bytes that are invalid in ${encoding.name}; pass the right { encoding } or { allowReplacement: true }.`,
      { file: options.file, cause },
    );
  }
  return { text, encoding, replaced: options.allowReplacement ? countReplacements(text) : 0 };
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
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(start, start + 1024));
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})/i.exec(head);
  if (!m) return undefined;
  try {
    return new TextDecoder(m[1]!.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Decodes with every legacy candidate that accepts the bytes and keeps the most plausible text. */
export function detectLegacy(
  bytes: Uint8Array,
): { text: string; name: string; confidence: number } | undefined {
  let best: { text: string; name: string; score: number } | undefined;
  let second = -Infinity;
  for (const name of LEGACY_CANDIDATES) {
    const text = tryDecode(name, bytes, true);
    if (text === undefined) continue;
    const score = scoreDecoded(text);
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { text, name, score };
    } else second = Math.max(second, score);
  }
  if (!best || best.score <= 0) return undefined;
  const margin = second === -Infinity ? 1 : Math.min(1, (best.score - second) / best.score);
  const confidence = Math.round((0.5 + 0.45 * margin) * 100) / 100;
  return { text: best.text, name: new TextDecoder(best.name).encoding, confidence };
}
