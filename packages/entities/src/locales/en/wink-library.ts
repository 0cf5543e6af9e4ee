import { createRequire } from 'node:module';
import { englishModel } from './wink-model';

/**
 * wink-nlp and its English model, required on the first English call (wink-nlp is CommonJS and its
 * model takes ~0.1 s to load, which a process reading no English never pays; see wink-model.ts for
 * what that load skips). The browser build uses wink-library.browser.ts, which imports them: a page
 * has no `require`.
 */
export function winkLibrary(): { winkNLP: (model: unknown, pipe?: string[]) => unknown; model: unknown } {
  const require = createRequire(import.meta.url);
  return { winkNLP: require('wink-nlp'), model: englishModel(require) };
}
