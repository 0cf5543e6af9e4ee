// Word shingles, MinHash signatures and LSH band keys: how near-duplicate candidates are found without
// comparing every pair of documents. All hashes are 32-bit and deterministic (no random seeds), so a
// signature computed on one machine equals the one computed on another.

/** Words per shingle. */
export const SHINGLE_SIZE = 3;
/** LSH bands × rows per band = MinHash values per signature. */
export const LSH_BANDS = 32;
export const LSH_ROWS = 4;
export const SIGNATURE_LENGTH = LSH_BANDS * LSH_ROWS;

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap bijective mix of 32 bits. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive hash of `length` word hashes from `start`, as a signed 32-bit integer. */
function combine(wordHashes: readonly number[], start: number, length: number): number {
  let h = wordHashes[start]!;
  for (let k = 1; k < length; k++) h = mix32(Math.imul(h, 0x01000193) ^ wordHashes[start + k]!);
  return h | 0;
}

/**
 * The document's word shingles (`SHINGLE_SIZE` consecutive lower-cased words) as sorted, distinct 32-bit
 * hashes (signed: typed-array reads stay small integers). A text shorter than one shingle is one shingle
 * of all its words; no words, no shingles.
 */
export function shingleHashes(words: readonly string[]): Int32Array {
  const set = new Set<number>();
  // Each word hashed once; a shingle's hash combines its words' hashes in order.
  const wordHashes = words.map((w) => hashString(w));
  if (words.length > 0 && words.length < SHINGLE_SIZE) set.add(combine(wordHashes, 0, words.length));
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) set.add(combine(wordHashes, i, SHINGLE_SIZE));
  return Int32Array.from(set).sort();
}

// One seed per MinHash function, fixed: function k maps a shingle hash x to mix32(x ^ SEEDS[k]).
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, k) => mix32(0x9e3779b9 + k * 0x632be5ab));

/** MinHash signature of a shingle set: for each of `SIGNATURE_LENGTH` hash functions, the least value. */
export function minhashSignature(shingles: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const h = mix32(x ^ SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/**
 * The document's LSH band keys: band b hashes rows b·R … b·R+R−1 of the signature together with the band
 * number and the language, so only documents in one language can share a bucket. Two documents whose
 * shingle sets have Jaccard similarity J share at least one of B bands with probability 1 − (1 − J^R)^B
 * (B = 32, R = 4: 0.9998 at J = 0.7, 0.87 at 0.5, 0.05 at 0.2).
 */
export function bandKeys(signature: ArrayLike<number>, lang: string): Int32Array {
  const langHash = hashString(lang);
  const keys = new Int32Array(LSH_BANDS);
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = mix32(langHash ^ Math.imul(b + 1, 0x9e3779b1));
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ signature[b * LSH_ROWS + r]!);
    // 30 bits: small integers, which Maps hash fastest (band b's key is looked up in band b's buckets).
    keys[b] = h >>> 2;
  }
  return keys;
}

/** Jaccard similarity of two sorted arrays of distinct numbers. */
export function sortedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
