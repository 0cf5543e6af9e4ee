import { createRequire } from 'node:module';

// Legacy encodings through iconv-lite (see codecs.ts for why not Node's TextDecoder). The browser build
// uses legacy-codecs.browser.ts.

interface Iconv {
  encodingExists(name: string): boolean;
  decode(buffer: Buffer, name: string, options: { stripBOM: boolean }): string;
}
let iconv: Iconv | undefined;
/**
 * iconv-lite, required on the first legacy label: importing it costs ~15 ms of every cold start, and
 * most input is UTF-8, which never needs it.
 */
const library = (): Iconv => {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv;
};

/** Whether iconv-lite knows the encoding. */
export function legacyEncodingExists(name: string): boolean {
  return library().encodingExists(name);
}

/** The bytes decoded by iconv-lite, invalid or unmapped bytes as U+FFFD, a BOM kept. */
export function legacyDecode(bytes: Uint8Array, name: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return library().decode(buffer, name, { stripBOM: false });
}
