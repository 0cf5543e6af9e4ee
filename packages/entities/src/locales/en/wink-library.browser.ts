import { languageNotLoaded } from '../../errors';

type WinkLibrary = { winkNLP: (model: unknown, pipe?: string[]) => unknown; model: unknown };
let library: WinkLibrary | undefined;

/**
 * wink-nlp and its English model (3.6 MB, most of a page's bundle), imported by `loadWinkLibrary`
 * when an English text comes: a bundler makes them a chunk of their own, which a page reading no
 * English never fetches.
 */
export function winkLibrary(): WinkLibrary {
  if (!library) throw languageNotLoaded('en', 'The English model (wink-nlp)');
  return library;
}

export async function loadWinkLibrary(): Promise<void> {
  if (library) return;
  const [nlp, model] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  library = { winkNLP: nlp.default as unknown as WinkLibrary['winkNLP'], model: model.default };
}
