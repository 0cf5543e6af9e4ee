import type { SegmenterPlugin, SegmentSpan } from '../types';
import { isWhite } from './validate';

const cache = new Map<string, Intl.Segmenter>();
function intlSegmenter(language: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${language}\u0000${granularity}`;
  let s = cache.get(key);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity });
    cache.set(key, s);
  }
  return s;
}

/**
 * Spans from Intl.Segmenter without keeping its segment objects: each one is read and dropped,
 * so memory holds only numbers. Whitespace-only segments are skipped.
 */
export function intlSpans(text: string, language: string, granularity: 'sentence' | 'word'): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  for (const { index, segment } of intlSegmenter(language, granularity).segment(text)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && isWhite(text.charCodeAt(start))) start++;
    while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
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
