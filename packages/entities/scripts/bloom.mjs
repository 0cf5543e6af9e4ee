// The Bloom filters of src/generated (German nouns, Korean common words): FNV-1a over UTF-16 code
// units with two seeds, double hashing. src/core/name-lexicon.ts reads them with the same hashes.

/** FNV-1a over UTF-16 code units with a seed: the two hashes of the filter's double hashing. */
export const fnv = (s, seed) => {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

/** A filter of `words` with `bitsPerWord` bits a word and `hashes` hashes, its bytes in base64. */
export function bloom(words, bitsPerWord, hashes) {
  const bits = Math.ceil((words.length * bitsPerWord) / 8) * 8;
  const bytes = new Uint8Array(bits / 8);
  for (const w of words) {
    const a = fnv(w, 0);
    const b = fnv(w, 0x9e3779b9) | 1;
    for (let i = 0; i < hashes; i++) {
      const bit = (a + Math.imul(i, b)) >>> 0;
      bytes[(bit % bits) >>> 3] |= 1 << ((bit % bits) & 7);
    }
  }
  return { bits, hashes, data: Buffer.from(bytes).toString('base64') };
}
