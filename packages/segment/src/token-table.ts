import { SCRIPT_NAMES } from './core/script';
import { SegmentError } from './errors';
import type { Script, Segmentation, Span, Token, TokenKind } from './types';

/**
 * The tokens of a segmentation as columns of numbers: token `i` is
 * `text.slice(starts[i], ends[i])`, of kind `kindNames[kinds[i]]` and script
 * `scriptNames[scripts[i]]`. The arrays may be shared between calls of `tokenTable` on the same
 * segmentation: read them, do not write into them.
 */
export interface TokenTable {
  /** Number of tokens (the arrays may not be longer, but read only up to here). */
  readonly length: number;
  /** Start offset (UTF-16, inclusive) of each token. */
  readonly starts: Int32Array;
  /** End offset (UTF-16, exclusive) of each token. */
  readonly ends: Int32Array;
  /** Kind of each token, as an index into `kindNames`. */
  readonly kinds: Uint8Array;
  /** Script of each token, as an index into `scriptNames`. */
  readonly scripts: Uint8Array;
  /** `['word', 'number', 'punctuation', 'symbol']`: the names of the codes in `kinds`. */
  readonly kindNames: readonly TokenKind[];
  /** The names of the codes in `scripts`, in the order of the `Script` type (`Latin` is 0). */
  readonly scriptNames: readonly Script[];
}

export const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punctuation', 'symbol'];
export const KIND_CODE: Readonly<Record<TokenKind, number>> = {
  word: 0,
  number: 1,
  punctuation: 2,
  symbol: 3,
};
const SCRIPT_CODE = new Map<Script, number>(SCRIPT_NAMES.map((name, i) => [name, i]));

/** Tokens as `segment()` cuts them, one row at a time, in typed arrays that double when full. */
export class TokenTableBuilder {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  kinds = new Uint8Array(256);
  scripts = new Uint8Array(256);
  length = 0;

  push(start: number, end: number, kind: number, script: number): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.kinds[k] = kind;
    this.scripts[k] = script;
  }

  /** The table, its arrays cut to `length`. */
  finish(): TokenTable {
    const n = this.length;
    return {
      length: n,
      starts: this.starts.slice(0, n),
      ends: this.ends.slice(0, n),
      kinds: this.kinds.slice(0, n),
      scripts: this.scripts.slice(0, n),
      kindNames: KIND_NAMES,
      scriptNames: SCRIPT_NAMES,
    };
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kinds = new Uint8Array(size);
    const scripts = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    scripts.set(this.scripts);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.scripts = scripts;
  }
}

/** The `Token` objects of a table, in order. */
function tokensOf(table: TokenTable): Token[] {
  const { starts, ends, kinds, scripts } = table;
  const out: Token[] = [];
  for (let i = 0; i < table.length; i++) {
    out.push({
      span: { start: starts[i] as number, end: ends[i] as number },
      kind: KIND_NAMES[kinds[i] as number] as TokenKind,
      script: SCRIPT_NAMES[scripts[i] as number] as Script,
    });
  }
  return out;
}

/** The table behind each segmentation `segment()` returned, until its `tokens` are replaced. */
const TABLES = new WeakMap<Segmentation, TokenTable>();

/**
 * A segmentation whose `tokens` are made from `table` on first read, then kept: an own, enumerable
 * accessor, so that JSON, spread, `structuredClone` and deep equality see an ordinary `tokens` array.
 * Making one object per token (two with its span) is most of what `segment()` would otherwise
 * allocate, and those objects being alive while the call runs is what made it grow faster than its
 * input (RELIABILITY.md, "linear").
 */
export function lazySegmentation(
  lang: string,
  segmenter: string,
  sentences: Span[],
  table: TokenTable,
): Segmentation {
  let tokens: Token[] | undefined;
  const out: Segmentation = {
    lang,
    segmenter,
    sentences,
    get tokens(): Token[] {
      if (tokens === undefined) tokens = tokensOf(table);
      return tokens;
    },
    set tokens(value: Token[]) {
      tokens = value;
      TABLES.delete(out);
    },
  };
  TABLES.set(out, table);
  return out;
}

/**
 * The tokens of `segmentation` as a table of typed arrays (offsets, kinds, scripts), without making
 * an object per token. For what `segment()` returned this is the form it was built in (no copy);
 * for any other segmentation (a copy, JSON read back, a result you built) it is made from `tokens`.
 * The table shows the tokens as they were made: after you change the `tokens` array in place, make
 * the table from a copy of the segmentation (`tokenTable({ ...segmentation })`).
 *
 * ```ts
 * const seg = segment(text, { lang: 'en' });
 * const { length, starts, ends, kinds, kindNames } = tokenTable(seg);
 * for (let i = 0; i < length; i++) {
 *   if (kindNames[kinds[i]] === 'word') words.push(text.slice(starts[i], ends[i]));
 * }
 * ```
 */
export function tokenTable(segmentation: Segmentation): TokenTable {
  const own = TABLES.get(segmentation);
  if (own) return own;
  const tokens = typeof segmentation === 'object' && segmentation !== null ? segmentation.tokens : undefined;
  if (!Array.isArray(tokens)) {
    throw new SegmentError(
      'E_INVALID_ARGUMENT',
      'Expected a segmentation with a `tokens` array, e.g. tokenTable(segment(text, { lang: "en" })).',
    );
  }
  const builder = new TokenTableBuilder();
  for (const t of tokens as Token[]) {
    const kind = KIND_NAMES.indexOf(t?.kind);
    const script = SCRIPT_CODE.get(t?.script);
    if (kind < 0 || script === undefined) {
      throw new SegmentError(
        'E_INVALID_ARGUMENT',
        `Expected tokens of a kind in ${KIND_NAMES.join(', ')} and a script in ${SCRIPT_NAMES.join(', ')}, not ${JSON.stringify(t)}.`,
      );
    }
    builder.push(t.span.start, t.span.end, kind, script);
  }
  return builder.finish();
}
