// Adapter for ../shared/eval/segment-eval.mjs and golden-eval.mjs: the built package (run `pnpm build` first).
import { defaultSegmenter } from '../dist/index.js';

export const name = '@corpus/segment';

export function sentences(text, lang) {
  return defaultSegmenter.sentences(text, { lang });
}

export function words(text, lang) {
  return defaultSegmenter.segment(text, { lang }).tokens.map((t) => t.span);
}
