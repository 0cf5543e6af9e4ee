// Browsers' TextDecoder implements every WHATWG encoding table (Node 20's windows-1252 row 0x80–0x9F
// is the fault iconv-lite works around), so in a page every legacy encoding is decoded natively, and
// the labels only iconv-lite knows (cp437, koi8-ru…) are unknown, as a browser would say.

export function legacyEncodingExists(_name: string): boolean {
  return false;
}

export function legacyDecode(_bytes: Uint8Array, name: string): string {
  throw new Error(`No legacy decoder for ${name} in the browser build.`);
}
