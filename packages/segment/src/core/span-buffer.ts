import type { SegmenterPlugin, SegmentSpan, TokenKind } from '../types';

/** Token kinds as small integers in a `SpanBuffer`; 0 is "not said" (the registry decides). */
export const KINDS: readonly (TokenKind | undefined)[] = [
  undefined,
  'word',
  'number',
  'punctuation',
  'symbol',
];
const KIND_CODE: Readonly<Record<TokenKind, number>> = { word: 1, number: 2, punctuation: 3, symbol: 4 };

/**
 * Word spans as numbers in typed arrays. A built-in cutter writes here instead of making one
 * `{ start, end }` object per word that the registry copies and drops: on 80 kB of `A A A` those
 * objects and their array were half of what `segment()` allocated, and being alive until the
 * call ended, they were copied by every scavenge in it (the young-generation cost that made
 * 4× the input cost 5–6× the time). The arrays live outside the JavaScript heap.
 */
export class SpanBuffer {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  kinds = new Uint8Array(256);
  length = 0;

  push(start: number, end: number, kind?: TokenKind): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.kinds[k] = kind ? KIND_CODE[kind] : 0;
  }

  /** The spans as plugin output (`kind` only where the cutter said it), for the public contract. */
  toSpans(): SegmentSpan[] {
    const out: SegmentSpan[] = [];
    for (let k = 0; k < this.length; k++) {
      const kind = KINDS[this.kinds[k] as number];
      const start = this.starts[k] as number;
      const end = this.ends[k] as number;
      out.push(kind ? { start, end, kind } : { start, end });
    }
    return out;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kinds = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }
}

/**
 * The word cutter of a built-in plugin, writing into a buffer: found by this key on the plugin
 * object, used by the registry in place of `doSegment(…, 'word')`, whose output it equals. Not
 * part of the plugin contract: a contributor's plugin returns spans.
 */
export const WORDS_INTO: unique symbol = Symbol('@corpus/segment words into a SpanBuffer');

export type WordsInto = (text: string, language: string, into: SpanBuffer) => void;

export type BufferedPlugin = SegmenterPlugin & { [WORDS_INTO]?: WordsInto };

/**
 * `plugin` with its buffered word cutter under `WORDS_INTO`, not enumerable: a contributor who
 * copies a built-in plugin with a spread and replaces `doSegment` does not carry over a cutter that
 * would bypass theirs.
 */
export function withWordsInto<P extends SegmenterPlugin>(plugin: P, words: WordsInto): P {
  Object.defineProperty(plugin, WORDS_INTO, { value: words, enumerable: false });
  return plugin;
}

/** The buffered word cutter of a built-in plugin, if it has one. */
export function wordsIntoOf(plugin: SegmenterPlugin): WordsInto | undefined {
  return (plugin as BufferedPlugin)[WORDS_INTO];
}

/**
 * A plugin that cuts sentences with `sentences` and words with `words` (into a buffer): the
 * registry reads the buffer directly, `doSegment` turns it into spans for everyone else.
 */
export function bufferedPlugin(
  name: string,
  languages: readonly string[],
  sentences: (text: string) => SegmentSpan[],
  words: (text: string, into: SpanBuffer) => void,
): SegmenterPlugin {
  const plugin: SegmenterPlugin = {
    specificationVersion: 'v1',
    name,
    languages,
    supports: { sentence: true, word: true },
    doSegment(text, { granularity }) {
      if (granularity === 'sentence') return sentences(text);
      const buffer = new SpanBuffer();
      words(text, buffer);
      return buffer.toSpans();
    },
  };
  return withWordsInto(plugin, (text, _language, into) => words(text, into));
}
