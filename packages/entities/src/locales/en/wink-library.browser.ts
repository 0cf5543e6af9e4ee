import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** wink-nlp and its English model (browser build: imported up front). */
export function winkLibrary(): { winkNLP: (model: unknown, pipe?: string[]) => unknown; model: unknown } {
  return { winkNLP: winkNLP as unknown as (model: unknown, pipe?: string[]) => unknown, model };
}
