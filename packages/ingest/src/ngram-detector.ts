/**
 * eld's n-gram language scoring, re-implemented over typed arrays.
 *
 * eld (the model ingest uses for Latin, Cyrillic, Arabic… text) keeps its n-grams in a plain object of
 * 81k string keys, each an object of language → score, and builds every n-gram as a new string; that
 * reads ~1 MB/s. This module loads the same model once into an open-addressing hash table keyed by the
 * n-gram's bytes packed into numbers, and walks the text without building strings: same tokenisation,
 * same n-grams, same scores, same result as `eld.detect` (a test compares the two on real and random
 * text), about 20× faster.
 */

import { IngestError } from './errors';

/** What `detect` tells: eld's language (or '' when nothing scored), its top two scaled scores, reliability. */
export interface NgramResult {
  language: string;
  /** eld's 0..1 score of the best language, 0 when none. */
  top: number;
  /** eld's 0..1 score of the runner-up, 0 when none. */
  second: number;
  /** eld's `isReliable()`. */
  reliable: boolean;
}

export interface NgramModelData {
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

// eld subtracts this from every stored score to keep its files small.
const BASE_SCORE = 53;
// eld's cut-offs, in UTF-8 bytes of the lower-cased text: stop at a space after 350, anyway after 380.
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const MAX_WORD_BYTES = 70;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;

// Key of an n-gram: its 1–4 content bytes packed big-endian in `hi`, `lo` = length | lead << 3 | trail << 4.
const LEAD = 8;
const TRAIL = 16;

const hash = (hi: number, lo: number) => Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) ^ (hi >>> 15);

export class NgramDetector {
  private readonly codes: string[];
  private readonly avg: Float64Array;
  private readonly mask: number;
  /**
   * Open addressing, two int32 per slot so that a probe reads one cache line: the key's bytes, then
   * `lo | count << 5 | start << 11` (0 for an empty slot), where `entries[start, start + count)` are the
   * n-gram's `language << 16 | score`.
   */
  private readonly table: Int32Array;
  private readonly entries: Int32Array;
  /** BMP code unit → 1 when eld counts it as a letter (its own class), else 0. */
  private readonly letter: Uint8Array;
  /** BMP letter → its lower case when that is one code unit and needs no context, else 0 (slow path). */
  private readonly lower: Uint16Array;
  // Per-call scratch: the set of n-grams seen (by key), reset with a generation stamp.
  private seenHi = new Uint32Array(1024);
  private seenLo = new Uint8Array(1024);
  private seenGen = new Uint32Array(1024);
  private generation = 0;
  private readonly langScore: Int32Array;
  private readonly longTails = new Set<string>();
  private readonly bytes = new Uint8Array(ENFORCE_CUT_AFTER + 8);

  /**
   * `data`, `avgScore`, `letters` (eld's separator expression) and `dictionary` are eld's own exports
   * (`ngrams/small.js`, `avgScore.js`, `regexPatterns.js`, `dictionary.js`). The one-argument form takes
   * tables already converted (see `fromBinary`).
   */
  constructor(
    ...args:
      | [
          data: NgramModelData,
          avgScore: Record<string, number>,
          letters: RegExp,
          dictionary: readonly string[],
        ]
      | [converted: ConvertedModel]
  ) {
    const model = args.length === 1 ? args[0] : convert(...args);
    this.codes = model.codes;
    this.avg = model.avg;
    this.table = model.table;
    this.entries = model.entries;
    this.letter = model.letter;
    this.lower = model.lower;
    this.mask = (model.table.length >>> 1) - 1;
    // Integer sums, as in eld (at most 380 bytes of n-grams × 229 per language: far from overflow).
    this.langScore = new Int32Array(model.codes.length);
  }

  /**
   * The converted tables as one binary (see `MODEL_FORMAT`), tagged with the eld version they come from,
   * so that a later run rebuilds the same detector with `fromBinary` without loading eld.
   */
  toBinary(eldVersion: string): Uint8Array {
    return encodeModel(
      {
        codes: this.codes,
        avg: this.avg,
        table: this.table,
        entries: this.entries,
        letter: this.letter,
        lower: this.lower,
      },
      eldVersion,
    );
  }

  /**
   * Rebuilds a detector from `toBinary`'s bytes. Throws an IngestError with code `E_INTERNAL` when the
   * bytes are not a whole, intact model of this format version (wrong magic or version, truncated,
   * checksum mismatch, inconsistent sizes) or, with `expectEld`, come from another eld version: a
   * damaged file never yields a detector. The detector keeps views on `bytes` when they are aligned.
   */
  static fromBinary(bytes: Uint8Array, options: { expectEld?: string } = {}): NgramDetector {
    const { model, eldVersion } = decodeModel(bytes);
    if (options.expectEld !== undefined && eldVersion !== options.expectEld)
      throw new IngestError(
        'E_INTERNAL',
        `Language model binary was built from eld ${eldVersion}, eld ${options.expectEld} is installed.`,
      );
    return new NgramDetector(model);
  }

  /** The eld version a binary model was built from, or undefined when the bytes are not one. */
  static binaryEldVersion(bytes: Uint8Array): string | undefined {
    try {
      return decodeModel(bytes).eldVersion;
    } catch {
      return undefined;
    }
  }

  /** The same answer as eld's `detect(text)` with `getScores()` and `isReliable()`. */
  detect(input: string): NgramResult {
    const gen = this.nextGeneration();
    this.langScore.fill(0);
    this.longTails.clear();
    let unique = this.walkRaw(input, gen);
    if (unique < 0) {
      // A letter whose lower case needs context or grows: clean and lower-case the whole text as eld does.
      const gen2 = this.nextGeneration();
      this.langScore.fill(0);
      this.longTails.clear();
      unique = this.walkClean(
        this.clean(input.length > 1000 ? input.substring(0, 1000) : input).toLowerCase(),
        gen2,
      );
    }
    return this.result(unique);
  }

  /**
   * eld's cleaning (runs of non-letters → one space, trailing apostrophes kept, trimmed), lower-casing,
   * UTF-8 encoding and n-gram extraction in one pass over the text, without building strings. Returns
   * the number of distinct n-grams, or -1 when a letter needs the exact (string) path.
   */
  private walkRaw(text: string, gen: number): number {
    const letter = this.letter;
    const lowerOf = this.lower;
    const bytes = this.bytes;
    const end = Math.min(text.length, 1000);
    let unique = 0;
    let n = 0;
    let count = 0;
    let started = false;
    let pendingSpace = false;
    for (let i = 0; i < end; i++) {
      let c = text.charCodeAt(i);
      const isLetter = (c < 0xd800 || c > 0xdfff) && letter[c] === 1;
      let from = i;
      let to = i + 1;
      if (!isLetter) {
        // A run of non-letters [i, j): one space, then the apostrophes that end it.
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if ((d < 0xd800 || d > 0xdfff) && letter[d] === 1) break;
          j++;
        }
        let q = j;
        while (q > i && isApostrophe(text.charCodeAt(q - 1))) q--;
        if (q > i && started) pendingSpace = true;
        i = j - 1;
        if (q === j) continue;
        from = q;
        to = j;
      }
      for (let k = from; k < to; k++) {
        if (pendingSpace) {
          pendingSpace = false;
          if (n > 0) {
            unique += this.wordNgrams(bytes, n, gen);
            n = 0;
          }
          if (count > CUT_AFTER) return unique;
          count++;
        }
        c = text.charCodeAt(k);
        if (isLetter) {
          c = lowerOf[c]!;
          if (c === 0) return -1;
        }
        started = true;
        if (c < 0x80) {
          bytes[n++] = c;
          count++;
        } else if (c < 0x800) {
          bytes[n++] = 0xc0 | (c >> 6);
          bytes[n++] = 0x80 | (c & 0x3f);
          count += 2;
        } else {
          bytes[n++] = 0xe0 | (c >> 12);
          bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
          bytes[n++] = 0x80 | (c & 0x3f);
          count += 3;
        }
        if (count > ENFORCE_CUT_AFTER) return unique + (n > 0 ? this.wordNgrams(bytes, n, gen) : 0);
      }
    }
    return unique + (n > 0 ? this.wordNgrams(bytes, n, gen) : 0);
  }

  /** eld's byte walk over text already cleaned and lower-cased (the exact path). */
  private walkClean(text: string, gen: number): number {
    let unique = 0;
    const bytes = this.bytes;
    let n = 0; // bytes of the current word
    let count = 0; // eld's running byte count
    const endWord = () => {
      if (n === 0) return;
      unique += this.wordNgrams(bytes, n, gen);
      n = 0;
    };
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c === 32) {
          endWord();
          if (count > CUT_AFTER) break;
        } else bytes[n++] = c;
        count++;
      } else if (c < 0x800) {
        bytes[n++] = 0xc0 | (c >> 6);
        bytes[n++] = 0x80 | (c & 0x3f);
        count += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        bytes[n++] = 0xe0 | (c >> 12);
        bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[n++] = 0x80 | (c & 0x3f);
        count += 3;
      } else {
        // eld reads any surrogate as the first of a pair (the cleaning step left none, but stay exact).
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        bytes[n++] = 0xf0 | (c >> 18);
        bytes[n++] = 0x80 | ((c >> 12) & 0x3f);
        bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[n++] = 0x80 | (c & 0x3f);
        count += 4;
      }
      if (count > ENFORCE_CUT_AFTER) break;
    }
    endWord();
    return unique;
  }

  private result(unique: number): NgramResult {
    const score = this.langScore;
    // eld's getMaxLang: the first language with the highest positive score.
    let best = -1;
    let bestScore = 0;
    for (let l = 0; l < score.length; l++) {
      if (score[l]! > 0 && score[l]! > bestScore) {
        bestScore = score[l]!;
        best = l;
      }
    }
    if (best < 0) return { language: '', top: 0, second: 0, reliable: false };
    // eld's orderAndScale: scaled scores, sorted (stable) high to low.
    let topLang = -1;
    let top = -1;
    let secondLang = -1;
    let second = -1;
    for (let l = 0; l < score.length; l++) {
      if (!(score[l]! > 0)) continue;
      const perNgram = score[l]! / unique;
      const scaled = perNgram / (perNgram + SCALE);
      if (scaled > top) {
        secondLang = topLang;
        second = top;
        topLang = l;
        top = scaled;
      } else if (scaled > second) {
        secondLang = l;
        second = scaled;
      }
    }
    const language = this.codes[best]!;
    // eld's isReliable compares the top score with the runner-up's language *index* (sic); kept as is.
    const nextScore = Math.max(secondLang, 0);
    const reliable =
      unique >= 3 && !(this.avg[best]! * RELIABLE_RATIO > top || 0.01 > Math.abs(top - nextScore));
    return { language, top, second: secondLang >= 0 ? second : 0, reliable };
  }

  /** eld's separator pass: every run of non-letters becomes one space, except apostrophes ending it. */
  private clean(text: string): string {
    const letter = this.letter;
    let out = '';
    let kept = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff ? letter[c] === 1 : false) {
        i++;
        continue;
      }
      // A run of non-letters [i, j).
      let j = i + 1;
      while (j < length) {
        const d = text.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdfff ? false : letter[d] === 1) break;
        j++;
      }
      // eld's look-behind: the replaced part ends at the run's last character that is not an apostrophe.
      let q = j;
      while (q > i && isApostrophe(text.charCodeAt(q - 1))) q--;
      if (q > i) {
        out += `${text.slice(kept, i)} `;
        kept = q;
      }
      i = j;
    }
    const cleaned = kept === 0 ? text : out + text.slice(kept);
    return cleaned.trim();
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.seenGen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Adds the n-grams of one word (eld: 4 bytes, stride 3, plus the word's end) not seen yet; returns how many. */
  private wordNgrams(bytes: Uint8Array, length: number, gen: number): number {
    const len = Math.min(length, MAX_WORD_BYTES);
    let added = 0;
    let j = 0;
    for (; j + 4 < len; j += 3) {
      const hi = ((bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!) >>> 0;
      added += this.add(hi, 4 | (j === 0 ? LEAD : 0), gen);
    }
    const lead = j === 0 ? LEAD : 0;
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    // eld takes the tail up to the word's real end: over 70 bytes it is longer than any n-gram it knows.
    if (length - from > 4) {
      const tail = String.fromCharCode(...bytes.subarray(from, length)) + (lead ? 'L' : '');
      if (this.longTails.has(tail)) return added;
      this.longTails.add(tail);
      return added + 1;
    }
    let hi = 0;
    for (let k = from; k < length; k++) hi = (hi << 8) | bytes[k]!;
    hi >>>= 0;
    return added + this.add(hi, (length - from) | lead | TRAIL, gen);
  }

  /** Scores one n-gram the first time it is seen in the text; returns 1 if new, else 0. */
  private add(hi: number, lo: number, gen: number): number {
    const h = hash(hi, lo);
    const seenMask = this.seenGen.length - 1;
    let s = h & seenMask;
    while (this.seenGen[s] === gen) {
      if (this.seenHi[s] === hi && this.seenLo[s] === lo) return 0;
      s = (s + 1) & seenMask;
    }
    this.seenGen[s] = gen;
    this.seenHi[s] = hi;
    this.seenLo[s] = lo;
    const table = this.table;
    const key = hi | 0;
    let m = h & this.mask;
    for (;;) {
      const info = table[2 * m + 1]!;
      if (info === 0) return 1;
      if ((info & 31) === lo && table[2 * m] === key) {
        const score = this.langScore;
        const entries = this.entries;
        for (let k = info >>> 11, end = k + ((info >>> 5) & 63); k < end; k++) {
          const e = entries[k]!;
          score[e >>> 16]! += e & 0xffff;
        }
        return 1;
      }
      m = (m + 1) & this.mask;
    }
  }
}

/** The detector's converted tables: what the binary model holds. */
export interface ConvertedModel {
  codes: string[];
  avg: Float64Array;
  table: Int32Array;
  entries: Int32Array;
  letter: Uint8Array;
  lower: Uint16Array;
}

/** eld's objects → the typed tables (~0.05 s for the small model). */
function convert(
  data: NgramModelData,
  avgScore: Record<string, number>,
  letters: RegExp,
  dictionary: readonly string[],
): ConvertedModel {
  const count = Object.keys(data.languages).length;
  const codes = Array.from({ length: count }, (_, i) => data.languages[i] ?? '');
  const avg = Float64Array.from(codes, (c) => avgScore[c] ?? 0);
  const byteOf = inverseDictionary(dictionary);
  const keys = Object.keys(data.ngrams);
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size * 2);
  // One pass over the model; entries grow as needed (about 1.7 languages per n-gram in eld's small model).
  let entries = new Int32Array(keys.length * 2);
  let at = 0;
  for (const key of keys) {
    const packed = packKey(key, byteOf);
    if (!packed) continue; // longer than any n-gram eld can build from text: never matched
    const row = data.ngrams[key]!;
    const langs = Object.keys(row);
    if (at + langs.length > entries.length) {
      const grown = new Int32Array(entries.length * 2 + langs.length);
      grown.set(entries);
      entries = grown;
    }
    const start = at;
    // eld adds scores language by language in key order; the sum does not depend on it.
    for (const lang of langs)
      entries[at++] = (Number(lang) << 16) | (row[lang as unknown as number]! + BASE_SCORE);
    let s = hash(packed.hi, packed.lo) & mask;
    while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
    table[2 * s] = packed.hi | 0;
    table[2 * s + 1] = packed.lo | ((at - start) << 5) | (start << 11);
  }
  const letter = new Uint8Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const single = new RegExp(`^(?:${letters.source.replace(/\(\?<!.*$/, '')})$`, 'u');
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // with the u flag, surrogates are never letters
    const ch = String.fromCharCode(c);
    if (single.test(ch)) continue;
    letter[c] = 1;
    const lc = ch.toLowerCase();
    // Σ lower-cases by context (final sigma); İ to two code units: those texts take the exact path.
    if (lc.length === 1 && c !== 0x3a3) lower[c] = lc.charCodeAt(0);
  }
  return { codes, avg, table, entries: inTableOrder(table, entries.subarray(0, at)), letter, lower };
}

/**
 * Binary model, format 1, little-endian:
 * - 40-byte header: magic `CRPSNGRM`, u32 format (1), u32 meta bytes, u32 languages, u32 hash-table
 *   slots, u32 score entries, u32 checksum of every byte after the header, u32 n-grams, u32 0;
 * - meta: UTF-8 JSON `{ eld, codes }`, padded with spaces to a multiple of 8;
 * - then back to back: avg (f64 × languages), n-gram keys (i32 × n-grams, in table order), score
 *   entries (i32, each n-gram's in the keys' order), n-gram info (u16 × n-grams: length/lead/trail
 *   bits | entry count << 5), lower (u16 × 65536), letter (u8 × 65536).
 * The hash table itself is not stored (half of it is empty): re-inserting the keys in the stored order
 * rebuilds it slot for slot. Table order starts after an empty slot, so no run of filled slots wraps
 * around: each key's home slot and the filled ones after it come before it, and the rebuild walks the
 * table once, front to back, instead of touching its 2 MB at random (a third of the load's time).
 */
export const MODEL_FORMAT = 1;
const MAGIC = 'CRPSNGRM';
const HEADER = 40;
const PLANE = 0x10000;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function checksum(bytes: Uint8Array, from: number): number {
  // FNV-1a over 32-bit words with a final mix: any changed word changes it (each step is a bijection).
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let h = 0x811c9dc5;
  let i = from;
  for (; i + 4 <= bytes.length; i += 4) h = Math.imul(h ^ view.getUint32(i, true), 0x01000193);
  for (; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const asBytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * The occupied slots (doubled indexes) in table order, from the one after the first empty slot (the
 * table is at most half full): the order the binary lists the keys in (MODEL_FORMAT).
 */
function tableOrder(table: Int32Array): number[] {
  const slots = table.length >>> 1;
  let empty = 0;
  while (table[2 * empty + 1] !== 0) empty++;
  const occupied: number[] = [];
  for (let k = 1; k <= slots; k++) {
    const s = 2 * ((empty + k) % slots);
    if (table[s + 1] !== 0) occupied.push(s);
  }
  return occupied;
}

/** The score entries laid out in table order, with each slot's start moved to match (in `table`). */
function inTableOrder(table: Int32Array, entries: Int32Array): Int32Array {
  const out = new Int32Array(entries.length);
  let filled = 0;
  for (const s of tableOrder(table)) {
    const start = table[s + 1]! >>> 11;
    const count = (table[s + 1]! >>> 5) & 63;
    out.set(entries.subarray(start, start + count), filled);
    table[s + 1] = (table[s + 1]! & 0x7ff) | (filled << 11);
    filled += count;
  }
  return out;
}

function encodeModel(model: ConvertedModel, eldVersion: string): Uint8Array {
  if (!LITTLE_ENDIAN)
    throw new IngestError('E_INTERNAL', 'The binary model is written on little-endian hosts only.');
  const meta = new TextEncoder().encode(JSON.stringify({ eld: eldVersion, codes: model.codes }));
  const metaLength = Math.ceil(meta.length / 8) * 8;
  // A copy: the entries of a model read from an older file are in its keys' insertion order.
  const table = model.table.slice();
  const entries = inTableOrder(table, model.entries);
  const occupied = tableOrder(table);
  const keys = Int32Array.from(occupied, (s) => table[s]!);
  const info = Uint16Array.from(occupied, (s) => table[s + 1]! & 0x7ff);
  const parts: ArrayBufferView[] = [model.avg, keys, entries, info, model.lower, model.letter];
  const out = new Uint8Array(HEADER + metaLength + parts.reduce((n, p) => n + p.byteLength, 0));
  const view = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, MODEL_FORMAT, true);
  view.setUint32(12, metaLength, true);
  view.setUint32(16, model.codes.length, true);
  view.setUint32(20, model.table.length >>> 1, true);
  view.setUint32(24, model.entries.length, true);
  view.setUint32(32, occupied.length, true);
  out.fill(0x20, HEADER, HEADER + metaLength);
  out.set(meta, HEADER);
  let at = HEADER + metaLength;
  for (const part of parts) {
    out.set(asBytes(part), at);
    at += part.byteLength;
  }
  view.setUint32(28, checksum(out, HEADER), true);
  return out;
}

function decodeModel(input: Uint8Array): { model: ConvertedModel; eldVersion: string } {
  const bad = (why: string): never => {
    throw new IngestError('E_INTERNAL', `Invalid language model binary: ${why}.`);
  };
  // The file is little-endian and read through typed views (host order): big-endian hosts use eld.
  if (!LITTLE_ENDIAN) bad('big-endian host');
  if (input.length < HEADER) bad('truncated header');
  for (let i = 0; i < MAGIC.length; i++) if (input[i] !== MAGIC.charCodeAt(i)) bad('not a model file');
  // Typed views need aligned offsets: copy when the bytes do not start on an 8-byte boundary.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(8, true);
  if (format !== MODEL_FORMAT) bad(`format ${format}, expected ${MODEL_FORMAT}`);
  const metaLength = view.getUint32(12, true);
  const count = view.getUint32(16, true);
  const slots = view.getUint32(20, true);
  const entriesLength = view.getUint32(24, true);
  const ngrams = view.getUint32(32, true);
  const size = HEADER + metaLength + count * 8 + ngrams * 4 + entriesLength * 4 + ngrams * 2 + PLANE * 3;
  if (metaLength % 8 !== 0 || bytes.length !== size) bad(`${bytes.length} bytes, the header says ${size}`);
  if (checksum(bytes, HEADER) !== view.getUint32(28, true)) bad('checksum mismatch');
  if (slots === 0 || (slots & (slots - 1)) !== 0 || ngrams * 2 > slots || view.getUint32(36, true) !== 0)
    bad('table size');
  let meta: { eld?: unknown; codes?: unknown };
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, HEADER + metaLength)));
  } catch {
    return bad('unreadable meta');
  }
  const codes = meta.codes;
  if (
    typeof meta.eld !== 'string' ||
    !Array.isArray(codes) ||
    codes.length !== count ||
    !codes.every((c) => typeof c === 'string')
  )
    bad('meta');
  let at = bytes.byteOffset + HEADER + metaLength;
  const take = <T>(
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
    n: number,
    width: number,
  ) => {
    const array = make(bytes.buffer, at, n);
    at += n * width;
    return array;
  };
  const avg = take((b, o, n) => new Float64Array(b, o, n), count, 8);
  const keys = take((b, o, n) => new Int32Array(b, o, n), ngrams, 4);
  const entries = take((b, o, n) => new Int32Array(b, o, n), entriesLength, 4);
  const info = take((b, o, n) => new Uint16Array(b, o, n), ngrams, 2);
  const lower = take((b, o, n) => new Uint16Array(b, o, n), PLANE, 2);
  const letter = take((b, o, n) => new Uint8Array(b, o, n), PLANE, 1);
  // Re-insert the keys in their stored order (see MODEL_FORMAT): the same slots, the entries in order.
  const table = new Int32Array(slots * 2);
  // Runs once, cold, at the first detection: each array read once, slot indexes kept doubled.
  const mask = slots - 1;
  const wrap = 2 * slots - 1;
  let start = 0;
  for (let i = 0; i < ngrams; i++) {
    const key = keys[i]!;
    const bits = info[i]!;
    let s = (hash(key, bits & 31) & mask) << 1;
    while (table[s + 1] !== 0) s = (s + 2) & wrap;
    table[s] = key;
    table[s + 1] = bits | (start << 11);
    start += bits >>> 5;
  }
  if (start !== entriesLength) bad('entry counts');
  for (let i = 0; i < entriesLength; i++) if (entries[i]! >>> 16 >= count) bad('language index');
  return {
    model: { codes: codes as string[], avg, table, entries, letter, lower },
    eldVersion: meta.eld as string,
  };
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2019;
}

/**
 * eld writes the bytes ≥ 0x80 of its n-gram keys as the characters of its `dictionary` (printable ASCII
 * and Latin-1 that cannot occur in lower-cased letter text) and ASCII bytes as themselves.
 */
function inverseDictionary(dictionary: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0x80; b < dictionary.length; b++) {
    const ch = dictionary[b]!;
    if (ch !== ' ') map.set(ch, b);
  }
  return map;
}

function packKey(key: string, byteOf: Map<string, number>): { hi: number; lo: number } | undefined {
  let start = 0;
  let end = key.length;
  let lo = 0;
  if (key[0] === ' ') {
    lo |= LEAD;
    start = 1;
  }
  if (end > start && key[end - 1] === ' ') {
    lo |= TRAIL;
    end--;
  }
  const n = end - start;
  if (n < 1 || n > 4) return undefined;
  let hi = 0;
  for (let i = start; i < end; i++) {
    const ch = key[i]!;
    const b = byteOf.get(ch) ?? ch.charCodeAt(0);
    if (b > 0xff) return undefined;
    hi = (hi << 8) | b;
  }
  return { hi: hi >>> 0, lo: lo | n };
}
