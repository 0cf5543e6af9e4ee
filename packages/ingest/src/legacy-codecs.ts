import iconv from 'iconv-lite';

// Legacy encodings through iconv-lite (see codecs.ts for why not Node's TextDecoder). The browser build
// uses legacy-codecs.browser.ts.

/** Whether iconv-lite knows the encoding. */
export function legacyEncodingExists(name: string): boolean {
  return iconv.encodingExists(name);
}

/** The bytes decoded by iconv-lite, invalid or unmapped bytes as U+FFFD, a BOM kept. */
export function legacyDecode(bytes: Uint8Array, name: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, name, { stripBOM: false });
}
