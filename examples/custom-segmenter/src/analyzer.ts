import { createAnalyzer } from '@corpus/compare';
import { builtinPlugins, createSegmenter } from '@corpus/segment';
import { thaiPlugin } from './thai';
import { thaiFacts } from './thai-facts';

// The built-ins plus one outside plugin; every other language still falls back to Intl.Segmenter.
export const segmenter = createSegmenter({ plugins: [...builtinPlugins, thaiPlugin] });

/**
 * The whole pipeline with Thai in it: the plugin segments Thai documents and the Thai fact words
 * find their facts, up to a comparison. (analyzeMany runs in this thread: give `workerModule`, a
 * module exporting `segmenter`, to analyse in worker threads.)
 */
export const analyzer = createAnalyzer({ segmenter, locales: { th: thaiFacts } });
