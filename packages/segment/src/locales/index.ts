import type { SegmenterPlugin } from '../types';

/** Every built-in language plugin, one per folder in src/locales/ (a test checks none is missing). */
export const builtinPlugins: readonly SegmenterPlugin[] = [];
