export { intlPlugin } from './core/intl';
export { createLatinPlugin, type LatinRules } from './core/latin';
export type { SegmentErrorCode } from './errors';
export { SegmentError } from './errors';
export { builtinPlugins } from './locales/index';
export { createSegmenter } from './registry';
export { type TokenTable, tokenTable } from './token-table';
export type {
  CreateSegmenterOptions,
  DoSegmentOptions,
  Granularity,
  Resolution,
  Script,
  Segmentation,
  Segmenter,
  SegmenterPlugin,
  SegmenterPluginV1,
  SegmentOptions,
  SegmentSpan,
  Span,
  Token,
  TokenKind,
} from './types';

import { builtinPlugins } from './locales/index';
import { createSegmenter } from './registry';
import type { Segmentation, Segmenter, SegmentOptions, Span } from './types';

/** The default instance: every built-in language, Intl.Segmenter for the rest. */
export const defaultSegmenter: Segmenter = createSegmenter({ plugins: builtinPlugins });

/** Sentences and tokens of `text` in language `lang`, with the default segmenter. */
export function segment(text: string, options: SegmentOptions): Segmentation {
  return defaultSegmenter.segment(text, options);
}

/** Sentence spans of `text` in language `lang`, with the default segmenter. */
export function sentences(text: string, options: SegmentOptions): Span[] {
  return defaultSegmenter.sentences(text, options);
}
