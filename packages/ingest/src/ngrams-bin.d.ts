// The browser build bundles dist/ngrams.bin as bytes (esbuild's binary loader).
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
