import type { SegmenterPlugin, SegmentSpan } from '../types';
import { isWhite } from './validate';

const cache = new Map<string, { sentence?: Intl.Segmenter; word?: Intl.Segmenter }>();
/** One Intl.Segmenter per language and granularity, built once (construction costs ~10× a short call). */
function intlSegmenter(language: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let pair = cache.get(language);
  if (!pair) {
    if (cache.size >= 64) cache.clear(); // bounded: callers may pass many distinct tags
    pair = {};
    cache.set(language, pair);
  }
  let s = pair[granularity];
  if (!s) {
    s = new Intl.Segmenter(language, { granularity });
    pair[granularity] = s;
  }
  return s;
}

/** Code units per call to Intl.Segmenter: its iterator slows down with the length of the string. */
const WINDOW = 512;

/**
 * Spans from Intl.Segmenter without keeping its segment objects, in windows: V8's segment
 * iterator costs time in proportion to the whole string at every step (quadratic on long lines),
 * so long text is cut into windows, each re-started at the last segment, which may have been
 * truncated. Memory holds only numbers. Whitespace-only segments are skipped.
 */
export function intlSpans(text: string, language: string, granularity: 'sentence' | 'word'): SegmentSpan[] {
  const segmenter = intlSegmenter(language, granularity);
  const out: SegmentSpan[] = [];
  const n = text.length;
  if (n <= WINDOW) {
    // one window: the whole text (a sentence, usually)
    for (const { index, segment } of segmenter.segment(text)) push(text, out, index, index + segment.length);
    return out;
  }
  const bounds: number[] = [];
  let pos = 0;
  while (pos < n) {
    let size = WINDOW;
    let end = Math.min(n, pos + size);
    for (;;) {
      bounds.length = 0;
      const chunk = end === n && pos === 0 ? text : text.slice(pos, end);
      for (const { index, segment } of segmenter.segment(chunk))
        bounds.push(pos + index, pos + index + segment.length);
      // keep all but the last segment unless the window reached the end of the text
      if (end === n || bounds.length >= 4) break;
      size *= 2;
      end = Math.min(n, pos + size);
    }
    const keep = end === n ? bounds.length : bounds.length - 2;
    for (let k = 0; k < keep; k += 2) push(text, out, bounds[k] as number, bounds[k + 1] as number);
    pos = end === n ? n : (bounds[keep] as number);
  }
  return out;
}

function push(text: string, out: SegmentSpan[], a: number, b: number): void {
  let start = a;
  let end = b;
  while (start < end && isWhite(text.charCodeAt(start))) start++;
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** The fallback for every language: ICU's rules through `Intl.Segmenter` (Node ships full ICU). */
export const intlPlugin: SegmenterPlugin = {
  specificationVersion: 'v1',
  name: 'intl',
  languages: ['und'],
  supports: { sentence: true, word: true },
  doSegment(text, { granularity, language }) {
    return intlSpans(text, language, granularity);
  },
};
