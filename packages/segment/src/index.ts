export type { Script, Segmentation, Span, Token, TokenKind } from './types';
import type { Segmentation, Span, Token } from './types';

/** Placeholder until the registry lands: Intl.Segmenter for every language. */
export function segment(text: string, options: { lang: string }): Segmentation {
  const sentences: Span[] = [];
  for (const s of new Intl.Segmenter(options.lang, { granularity: 'sentence' }).segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const trail = s.segment.length - s.segment.trimEnd().length;
    if (s.segment.trim()) sentences.push({ start: s.index + lead, end: s.index + s.segment.length - trail });
  }
  const tokens: Token[] = [];
  for (const w of new Intl.Segmenter(options.lang, { granularity: 'word' }).segment(text)) {
    if (!w.segment.trim()) continue;
    tokens.push({
      span: { start: w.index, end: w.index + w.segment.length },
      kind: w.isWordLike ? (/^\d/.test(w.segment) ? 'number' : 'word') : 'punctuation',
      script: 'Other',
    });
  }
  return { lang: options.lang, segmenter: 'intl', sentences, tokens };
}
