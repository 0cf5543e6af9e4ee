// Which documents of a mixed corpus tell the same story, across languages: documents that share rare
// anchors — linked entities, names written in Latin letters inside any script ("SpaceX" in a Japanese
// article, "AfD" in a Korean one), and specific values (a day, a clock time in UTC, 20.8 %, €840
// million) — are grouped by average linkage, so that one shared president or one common date does not
// chain two stories into one. compare() then compares claims only within each story.
import type { Mention } from '@corpus/entities';
import type { AnalyzedDocument } from '../types';

/** What one document brings to story grouping: its anchors (each a typed string key). */
export interface StoryDoc {
  anchors: ReadonlySet<string>;
}

export interface StoryGroupingOptions {
  /**
   * Two groups of documents join when the mean affinity of their pairs reaches this (affinity: the
   * weight of the anchors two documents share over the geometric mean of their anchors' weights, each
   * anchor weighted by its rarity, ln(1 + documents / documents naming it)). Default 0.06.
   */
  storyAffinity?: number;
  /** An anchor named by more documents than this proposes no pairs (it says little, and is quadratic). */
  postingCap?: number;
}

export const STORY_AFFINITY = 0.06;

const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A zoned clock time as the UTC hour and minute ("08:25-04:00" and "21:25+09:00" are one instant). */
function utcClock(iso: string): string | undefined {
  const m = /T(\d\d):(\d\d)(?::\d\d)?(Z|[+-]\d\d:?\d\d)?$/.exec(iso);
  if (!m) return undefined;
  let minutes = Number(m[1]) * 60 + Number(m[2]);
  const zone = m[3];
  if (!zone) return `${m[1]}:${m[2]}`;
  if (zone !== 'Z') {
    const z = /([+-])(\d\d):?(\d\d)/.exec(zone)!;
    minutes -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }
  minutes = ((minutes % 1440) + 1440) % 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}Z`;
}

/**
 * The value anchors of a mention: a day (without its year, which a yearless date may have wrong), a
 * month of a year, a clock time, an amount with its unit or currency, a bare number only when it is
 * large or has decimals. Years, small counts and durations are in every story.
 */
function valueAnchor(m: Mention, into: Set<string>): void {
  const v = m.value;
  if (!v) return;
  if (v.kind === 'date') {
    const day = /(\d\d-\d\d)(?:T|$)/.exec(v.iso)?.[1];
    if (day && (v.granularity === 'day' || v.granularity === 'time')) into.add(`d:${day}`);
    const clock = v.granularity === 'time' ? utcClock(v.iso) : undefined;
    if (clock) into.add(`t:${clock}`);
    if (v.granularity === 'month' && !v.yearInferred) into.add(`m:${v.iso.slice(0, 7)}`);
    return;
  }
  if (v.kind !== 'quantity' || !Number.isFinite(v.amount)) return;
  const amount = Number(v.amount.toPrecision(4));
  if (v.unit && v.unit !== 'person' && v.unit !== 'year') into.add(`q:${amount} ${v.unit}`);
  else if (Math.abs(amount) >= 1000 || !Number.isInteger(amount)) into.add(`q:${amount}`);
}

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{N}-]*$/u;
const UPPER = /\p{Lu}/u;

/**
 * Words in Latin letters with a capital that do not open a sentence (names, acronyms: "Eaton",
 * "CDU", "SpaceX"): articles in other scripts keep them as written, so they anchor a story across
 * languages where entity linking found nothing.
 */
function nameAnchors(doc: AnalyzedDocument, into: Set<string>): void {
  const { text } = doc.document;
  const sentences = doc.segmentation.sentences;
  let s = 0;
  let firstOfSentence = true;
  for (const t of doc.segmentation.tokens) {
    while (s < sentences.length && sentences[s]!.end <= t.span.start) {
      s++;
      firstOfSentence = true;
    }
    if (t.kind !== 'word') continue;
    const opens = firstOfSentence;
    firstOfSentence = false;
    const word = text.slice(t.span.start, t.span.end);
    if (word.length < 3 || !LATIN_NAME.test(word) || !UPPER.test(word)) continue;
    // A capitalised word opening a sentence is any word ("The", "Die"); an acronym is a name anywhere.
    if (opens && !UPPER.test(word.slice(1))) continue;
    into.add(`a:${fold(word)}`);
  }
}

/** A document's anchors: its linked entities, names in Latin letters and specific values. */
export function storyAnchors(doc: AnalyzedDocument, entityKeys: Iterable<string>): Set<string> {
  const anchors = new Set<string>();
  for (const key of entityKeys) anchors.add(`e:${key}`);
  for (const m of doc.mentions) {
    if (NAMED.has(m.type)) anchors.add(`e:${m.key}`);
    valueAnchor(m, anchors);
  }
  nameAnchors(doc, anchors);
  return anchors;
}

/** Pairwise affinities over the pairs that share an anchor: a sparse symmetric map. */
function affinities(docs: readonly StoryDoc[], cap: number): Map<number, Map<number, number>> {
  const n = docs.length;
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const a of d.anchors) {
      const list = postings.get(a);
      if (list) list.push(i);
      else postings.set(a, [i]);
    }
  });
  const total = new Float64Array(n);
  const shared = new Map<number, Map<number, number>>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    const w = Math.log(1 + n / list.length);
    for (const i of list) total[i]! += w;
    if (list.length > cap) continue;
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      const row = shared.get(i) ?? new Map<number, number>();
      shared.set(i, row);
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        row.set(j, (row.get(j) ?? 0) + w);
      }
    }
  }
  const out = new Map<number, Map<number, number>>();
  for (const [i, row] of shared) {
    for (const [j, s] of row) {
      const a = s / Math.sqrt(total[i]! * total[j]!);
      if (!out.has(i)) out.set(i, new Map());
      if (!out.has(j)) out.set(j, new Map());
      out.get(i)!.set(j, a);
      out.get(j)!.set(i, a);
    }
  }
  return out;
}

/** A max-heap of candidate merges, stale entries skipped when popped. */
class MergeQueue {
  private readonly items: { score: number; a: number; b: number; va: number; vb: number }[] = [];
  private better(x: number, y: number): boolean {
    const p = this.items[x]!;
    const q = this.items[y]!;
    return p.score > q.score || (p.score === q.score && (p.a < q.a || (p.a === q.a && p.b < q.b)));
  }
  push(item: { score: number; a: number; b: number; va: number; vb: number }): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(i, parent)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): { score: number; a: number; b: number; va: number; vb: number } | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.better(l, m)) m = l;
        if (r < h.length && this.better(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Average-linkage clustering of the documents by affinity: the two groups whose pairs have the highest
 * mean affinity join, while that mean reaches `threshold`. Returns groups of document indices.
 */
function averageLinkage(
  n: number,
  affinity: Map<number, Map<number, number>>,
  threshold: number,
): number[][] {
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const sums: Map<number, number>[] = Array.from({ length: n }, (_, i) => new Map(affinity.get(i) ?? []));
  const version = new Int32Array(n);
  const queue = new MergeQueue();
  const offer = (a: number, b: number, sum: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const score = sum / (members[x]!.length * members[y]!.length);
    if (score >= threshold) queue.push({ score, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (let i = 0; i < n; i++) for (const [j, s] of sums[i]!) if (j > i) offer(i, j, s);
  for (let next = queue.pop(); next; next = queue.pop()) {
    const { a, b, va, vb } = next;
    if (!members[a] || !members[b] || version[a] !== va || version[b] !== vb) continue;
    // b joins a: a's sums with every other group gain b's.
    members[a]!.push(...members[b]!);
    members[b] = undefined;
    version[a]!++;
    const sa = sums[a]!;
    sa.delete(b);
    for (const [c, s] of sums[b]!) {
      if (c === a) continue;
      sa.set(c, (sa.get(c) ?? 0) + s);
      const sc = sums[c]!;
      sc.set(a, (sc.get(a) ?? 0) + s);
      sc.delete(b);
    }
    sums[b] = new Map();
    for (const [c, s] of sa) offer(a, c, s);
  }
  return members.filter((m): m is number[] => m !== undefined).map((m) => m.sort((x, y) => x - y));
}

/**
 * The stories of a corpus as groups of document indices (ascending; groups by size, then first
 * index). A document that no story takes (it shares too little with any) joins the story it shares
 * most with, or the largest: a lone article is compared with the rest, as it would be without
 * grouping. A corpus splits only into stories of two documents or more.
 */
export function storyGroups(docs: readonly StoryDoc[], options: StoryGroupingOptions = {}): number[][] {
  const n = docs.length;
  if (n <= 2) return n === 0 ? [] : [Array.from({ length: n }, (_, i) => i)];
  const affinity = affinities(docs, options.postingCap ?? 200);
  const groups = averageLinkage(n, affinity, options.storyAffinity ?? STORY_AFFINITY);
  const stories = groups.filter((g) => g.length >= 2);
  if (stories.length <= 1) return [Array.from({ length: n }, (_, i) => i)];
  const storyOf = new Int32Array(n).fill(-1);
  stories.forEach((g, s) => {
    for (const i of g) storyOf[i] = s;
  });
  for (const g of groups) {
    if (g.length >= 2) continue;
    const i = g[0]!;
    const mean = new Float64Array(stories.length);
    for (const [j, a] of affinity.get(i) ?? []) if (storyOf[j]! >= 0) mean[storyOf[j]!]! += a;
    let best = 0;
    for (let s = 1; s < stories.length; s++) {
      const ms = mean[s]! / stories[s]!.length;
      const mb = mean[best]! / stories[best]!.length;
      if (ms > mb || (ms === mb && stories[s]!.length > stories[best]!.length)) best = s;
    }
    stories[best]!.push(i);
  }
  return stories.map((g) => g.sort((x, y) => x - y)).sort((x, y) => y.length - x.length || x[0]! - y[0]!);
}
