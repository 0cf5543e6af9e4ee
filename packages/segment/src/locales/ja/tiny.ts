import TinySegmenter from 'tiny-segmenter';
import type { SegmentSpan } from '../../types';

/**
 * tiny-segmenter's model (Taku Kudo's TinySegmenter 0.2: a linear classifier over character
 * n-grams, character-class n-grams and the previous decisions), run on integer codes.
 *
 * The weights are read from the installed `tiny-segmenter` package when the first Japanese text
 * is cut: that package stays the source of the model and its licence. The original scores each
 * position by concatenating feature strings and looking them up in object maps; here every
 * character is mapped once to a small integer (its id among the characters the weight tables
 * name, and its character class), and the tables become typed arrays and integer-keyed maps.
 * The boundaries are identical to `new TinySegmenter().segment(text)` (tested on real text and
 * on random strings against the package itself), several times faster.
 */

// tiny-segmenter pads the text with these pseudo-characters (three before, three after).
const SENTINELS = ['B3', 'B2', 'B1', 'E1', 'E2', 'E3'] as const;
/** Previous-decision codes: U(nknown), B(oundary), O(ther). */
const P_LETTERS = 'UBO';

type Table = Readonly<Record<string, number | undefined>>;
interface Original {
  BIAS__: number;
  chartype_: ReadonlyArray<readonly [RegExp, string]>;
  ctype_(ch: string): string;
  [table: string]: unknown;
}

interface Model {
  bias: number;
  /** char code unit → unit id (0: a character no table names). */
  unitOf: Uint16Array;
  sentinel: Record<(typeof SENTINELS)[number], number>;
  units: number;
  /** UW1..UW6: unit id → weight. */
  uw: Int32Array[];
  /** BW1..BW3: a * units + b → weight. */
  bw: Map<number, number>[];
  /** TW1..TW4: pair (a * units + b) → index; index * units + c → weight. */
  twPairs: Map<number, number>[];
  tw: Map<number, number>[];
  /** char code unit → class code + 1 (0: not computed yet). */
  classOf: Int8Array;
  classLetters: string;
  classes: number;
  uc: Int32Array[];
  bc: Int32Array[];
  tc: Int32Array[];
  up: Int32Array[];
  bp: Int32Array[];
  uq: Int32Array[];
  bq: Int32Array[];
  tq: Int32Array[];
  original: Original;
}

let model: Model | undefined;

/** Every way to read `key` as exactly `k` units (one code unit, or one sentinel). */
function parsings(key: string, k: number): string[][] {
  if (k === 0) return key === '' ? [[]] : [];
  if (key === '') return [];
  const out: string[][] = [];
  for (const rest of parsings(key.slice(1), k - 1)) out.push([key.charAt(0), ...rest]);
  for (const s of SENTINELS) {
    if (key.startsWith(s)) for (const rest of parsings(key.slice(s.length), k - 1)) out.push([s, ...rest]);
  }
  return out;
}

function build(): Model {
  const original = new TinySegmenter() as unknown as Original;
  const table = (name: string): Table => (original[name] ?? {}) as Table;
  const weight = (t: Table, key: string): number => t[key] || 0;

  // units: every character or sentinel a word table names
  const wordTables = {
    uw: ['UW1__', 'UW2__', 'UW3__', 'UW4__', 'UW5__', 'UW6__'],
    bw: ['BW1__', 'BW2__', 'BW3__'],
    tw: ['TW1__', 'TW2__', 'TW3__', 'TW4__'],
  };
  const ids = new Map<string, number>();
  const idOf = (u: string): number => {
    let id = ids.get(u);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(u, id);
    }
    return id;
  };
  for (const s of SENTINELS) idOf(s);
  const parsed = (names: string[], k: number) =>
    names.map((name) => {
      const t = table(name);
      const rows: [number[], number][] = [];
      for (const key of Object.keys(t)) {
        const w = weight(t, key);
        if (w === 0) continue;
        for (const units of parsings(key, k)) rows.push([units.map(idOf), w]);
      }
      return rows;
    });
  const uwRows = parsed(wordTables.uw, 1);
  const bwRows = parsed(wordTables.bw, 2);
  const twRows = parsed(wordTables.tw, 3);
  const units = ids.size + 1;
  const unitOf = new Uint16Array(0x10000);
  for (const [u, id] of ids) if (u.length === 1) unitOf[u.charCodeAt(0)] = id;

  const uw = uwRows.map((rows) => {
    const a = new Int32Array(units);
    for (const [[x], w] of rows) a[x as number] = w;
    return a;
  });
  const bw = bwRows.map((rows) => {
    const m = new Map<number, number>();
    for (const [[x, y], w] of rows) m.set((x as number) * units + (y as number), w);
    return m;
  });
  const twPairs: Map<number, number>[] = [];
  const tw = twRows.map((rows) => {
    const pairs = new Map<number, number>();
    const m = new Map<number, number>();
    for (const [[x, y, z], w] of rows) {
      const pair = (x as number) * units + (y as number);
      let p = pairs.get(pair);
      if (p === undefined) {
        p = pairs.size;
        pairs.set(pair, p);
      }
      m.set(p * units + (z as number), w);
    }
    twPairs.push(pairs);
    return m;
  });

  // character classes: tiny-segmenter's own letters, 'O' (other, and the sentinels) first
  const classLetters = ['O', ...original.chartype_.map(([, c]) => c).filter((c) => c !== 'O')].join('');
  const C = classLetters.length;
  const dense = (names: string[], dims: string[]) =>
    names.map((name) => {
      const t = table(name);
      const size = dims.reduce((n, d) => n * d.length, 1);
      const a = new Int32Array(size);
      for (let i = 0; i < size; i++) {
        let key = '';
        let rest = i;
        for (let d = dims.length - 1; d >= 0; d--) {
          const letters = dims[d] as string;
          key = letters.charAt(rest % letters.length) + key;
          rest = Math.floor(rest / letters.length);
        }
        a[i] = weight(t, key);
      }
      return a;
    });
  const c1 = [classLetters];
  const c2 = [classLetters, classLetters];
  const c3 = [classLetters, classLetters, classLetters];
  return {
    bias: original.BIAS__,
    unitOf,
    sentinel: Object.fromEntries(SENTINELS.map((s) => [s, ids.get(s) as number])) as Model['sentinel'],
    units,
    uw,
    bw,
    twPairs,
    tw,
    classOf: new Int8Array(0x10000),
    classLetters,
    classes: C,
    uc: dense(['UC1__', 'UC2__', 'UC3__', 'UC4__', 'UC5__', 'UC6__'], c1),
    bc: dense(['BC1__', 'BC2__', 'BC3__'], c2),
    tc: dense(['TC1__', 'TC2__', 'TC3__', 'TC4__'], c3),
    up: dense(['UP1__', 'UP2__', 'UP3__'], [P_LETTERS]),
    bp: dense(['BP1__', 'BP2__'], [P_LETTERS, P_LETTERS]),
    uq: dense(['UQ1__', 'UQ2__', 'UQ3__'], [P_LETTERS, classLetters]),
    bq: dense(['BQ1__', 'BQ2__', 'BQ3__', 'BQ4__'], [P_LETTERS, classLetters, classLetters]),
    tq: dense(['TQ1__', 'TQ2__', 'TQ3__', 'TQ4__'], [P_LETTERS, classLetters, classLetters, classLetters]),
    original,
  };
}

let unitBuf = new Int32Array(64);
let classBuf = new Int32Array(64);

/**
 * Word boundaries of `text` by tiny-segmenter's model, as spans tiling the text (tiny-segmenter
 * counts UTF-16 code units; callers join pieces that split a surrogate pair). Given `cut`, the
 * boundaries are marked in it instead (`cut[j] = 1` where a word starts at `j > 0`) and no spans
 * are made: the Japanese word rules work on that map.
 */
export function tinyWords(text: string, cut?: Uint8Array): SegmentSpan[] {
  const n = text.length;
  if (n === 0) return [];
  model ??= build();
  const m = model;
  const U = m.units;
  const C = m.classes;
  if (unitBuf.length < n + 6) {
    unitBuf = new Int32Array(Math.max(n + 6, unitBuf.length * 2));
    classBuf = new Int32Array(unitBuf.length);
  }
  const id = unitBuf;
  const cl = classBuf;
  const { sentinel, unitOf, classOf } = m;
  id[0] = sentinel.B3;
  id[1] = sentinel.B2;
  id[2] = sentinel.B1;
  id[n + 3] = sentinel.E1;
  id[n + 4] = sentinel.E2;
  id[n + 5] = sentinel.E3;
  cl[0] = cl[1] = cl[2] = cl[n + 3] = cl[n + 4] = cl[n + 5] = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    id[i + 3] = unitOf[c] as number;
    let k = classOf[c] as number;
    if (k === 0) {
      k = m.classLetters.indexOf(m.original.ctype_(String.fromCharCode(c))) + 1;
      if (k === 0) k = 1; // a letter tiny-segmenter has no weights for scores as 'O'
      classOf[c] = k;
    }
    cl[i + 3] = k - 1;
  }
  const [uw1, uw2, uw3, uw4, uw5, uw6] = m.uw as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const [bw1, bw2, bw3] = m.bw as [Map<number, number>, Map<number, number>, Map<number, number>];
  const [tp1, tp2, tp3, tp4] = m.twPairs as [
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
  ];
  const [tw1, tw2, tw3, tw4] = m.tw as [
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
  ];
  const [uc1, uc2, uc3, uc4, uc5, uc6] = m.uc as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const [bc1, bc2, bc3] = m.bc as [Int32Array, Int32Array, Int32Array];
  const [tc1, tc2, tc3, tc4] = m.tc as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [up1, up2, up3] = m.up as [Int32Array, Int32Array, Int32Array];
  const [bp1, bp2] = m.bp as [Int32Array, Int32Array];
  const [uq1, uq2, uq3] = m.uq as [Int32Array, Int32Array, Int32Array];
  const [bq1, bq2, bq3, bq4] = m.bq as [Int32Array, Int32Array, Int32Array, Int32Array];
  const [tq1, tq2, tq3, tq4] = m.tq as [Int32Array, Int32Array, Int32Array, Int32Array];
  const CC = C * C;
  const CCC = CC * C;
  const pair = (map: Map<number, number>, a: number, b: number): number =>
    a === 0 || b === 0 ? 0 : (map.get(a * U + b) ?? 0);
  const triple = (
    pairs: Map<number, number>,
    map: Map<number, number>,
    a: number,
    b: number,
    c: number,
  ): number => {
    if (a === 0 || b === 0 || c === 0) return 0;
    const p = pairs.get(a * U + b);
    return p === undefined ? 0 : (map.get(p * U + c) ?? 0);
  };

  const out: SegmentSpan[] = [];
  let start = 0;
  // previous decisions: 0 U, 1 B, 2 O
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  for (let j = 1; j < n; j++) {
    // the six characters around the boundary before text[j] sit at id[j .. j + 5]
    const w1 = id[j] as number;
    const w2 = id[j + 1] as number;
    const w3 = id[j + 2] as number;
    const w4 = id[j + 3] as number;
    const w5 = id[j + 4] as number;
    const w6 = id[j + 5] as number;
    const k1 = cl[j] as number;
    const k2 = cl[j + 1] as number;
    const k3 = cl[j + 2] as number;
    const k4 = cl[j + 3] as number;
    const k5 = cl[j + 4] as number;
    const k6 = cl[j + 5] as number;
    let score =
      m.bias +
      (up1[p1] as number) +
      (up2[p2] as number) +
      (up3[p3] as number) +
      (bp1[p1 * 3 + p2] as number) +
      (bp2[p2 * 3 + p3] as number) +
      (uw1[w1] as number) +
      (uw2[w2] as number) +
      (uw3[w3] as number) +
      (uw4[w4] as number) +
      (uw5[w5] as number) +
      (uw6[w6] as number) +
      (uc1[k1] as number) +
      (uc2[k2] as number) +
      (uc3[k3] as number) +
      (uc4[k4] as number) +
      (uc5[k5] as number) +
      (uc6[k6] as number) +
      (bc1[k2 * C + k3] as number) +
      (bc2[k3 * C + k4] as number) +
      (bc3[k4 * C + k5] as number) +
      (tc1[k1 * CC + k2 * C + k3] as number) +
      (tc2[k2 * CC + k3 * C + k4] as number) +
      (tc3[k3 * CC + k4 * C + k5] as number) +
      (tc4[k4 * CC + k5 * C + k6] as number) +
      (uq1[p1 * C + k1] as number) +
      (uq2[p2 * C + k2] as number) +
      (uq3[p3 * C + k3] as number) +
      (bq1[p2 * CC + k2 * C + k3] as number) +
      (bq2[p2 * CC + k3 * C + k4] as number) +
      (bq3[p3 * CC + k2 * C + k3] as number) +
      (bq4[p3 * CC + k3 * C + k4] as number) +
      (tq1[p2 * CCC + k1 * CC + k2 * C + k3] as number) +
      (tq2[p2 * CCC + k2 * CC + k3 * C + k4] as number) +
      (tq3[p3 * CCC + k1 * CC + k2 * C + k3] as number) +
      (tq4[p3 * CCC + k2 * CC + k3 * C + k4] as number);
    score += pair(bw1, w2, w3) + pair(bw2, w3, w4) + pair(bw3, w4, w5);
    score +=
      triple(tp1, tw1, w1, w2, w3) +
      triple(tp2, tw2, w2, w3, w4) +
      triple(tp3, tw3, w3, w4, w5) +
      triple(tp4, tw4, w4, w5, w6);
    let p = 2;
    if (score > 0) {
      if (cut) cut[j] = 1;
      else out.push({ start, end: j });
      start = j;
      p = 1;
    }
    p1 = p2;
    p2 = p3;
    p3 = p;
  }
  if (!cut) out.push({ start, end: n });
  return out;
}
