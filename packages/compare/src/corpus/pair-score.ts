/** Strings as small integers, so that sets and vectors become typed arrays. */
export class Ids {
  private readonly ids = new Map<string, number>();
  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** A document's TF-IDF vector over term ids: parallel arrays, with the squared norm. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Similarities are reported to three decimals. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;

const jaccardCounts = (a: number, b: number, both: number): number =>
  a === 0 && b === 0 ? 0 : both / (a + b - both);

/**
 * The similarity of two documents, the same on every path (the exact matrix and the index):
 * 0.7 × Jaccard of entity keys + 0.3 × Jaccard of normalised values, averaged with the TF-IDF cosine
 * when both documents are in one language and have terms. Load a document, score its candidates, unload.
 */
export class PairScorer {
  private readonly mark: Uint8Array;
  private readonly dense: Float64Array;
  private current = -1;

  constructor(
    keyCount: number,
    termCount: number,
    private readonly entityIds: readonly Int32Array[],
    private readonly valueIds: readonly Int32Array[],
    private readonly vectors: readonly (TermVector | undefined)[],
    private readonly langs: readonly string[],
  ) {
    this.mark = new Uint8Array(keyCount);
    this.dense = new Float64Array(termCount);
  }

  load(i: number): void {
    for (const id of this.entityIds[i]!) this.mark[id] = 1;
    for (const id of this.valueIds[i]!) this.mark[id] = 1;
    const t = this.vectors[i];
    if (t) for (let k = 0; k < t.ids.length; k++) this.dense[t.ids[k]!] = t.weights[k]!;
    this.current = i;
  }

  /** The similarity of the loaded document and document `j`. */
  score(j: number): number {
    const i = this.current;
    const overlap =
      0.7 *
        jaccardCounts(this.entityIds[i]!.length, this.entityIds[j]!.length, this.shared(this.entityIds[j]!)) +
      0.3 * jaccardCounts(this.valueIds[i]!.length, this.valueIds[j]!.length, this.shared(this.valueIds[j]!));
    const ti = this.vectors[i];
    const tj = this.vectors[j];
    if (!ti || !tj || this.langs[i] !== this.langs[j]) return round(overlap);
    let dot = 0;
    for (let k = 0; k < tj.ids.length; k++) dot += tj.weights[k]! * this.dense[tj.ids[k]!]!;
    const cos = ti.norm === 0 || tj.norm === 0 ? 0 : dot / Math.sqrt(ti.norm * tj.norm);
    return round((overlap + cos) / 2);
  }

  unload(): void {
    const i = this.current;
    for (const id of this.entityIds[i]!) this.mark[id] = 0;
    for (const id of this.valueIds[i]!) this.mark[id] = 0;
    const t = this.vectors[i];
    if (t) for (const id of t.ids) this.dense[id] = 0;
    this.current = -1;
  }

  private shared(ids: Int32Array): number {
    let k = 0;
    for (const id of ids) k += this.mark[id]!;
    return k;
  }
}
