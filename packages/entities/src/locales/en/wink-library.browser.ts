import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** wink-nlp and its English model (browser build: imported up front). */
export function winkLibrary(): { winkNLP: (model: unknown) => unknown; model: unknown } {
  return { winkNLP: winkNLP as unknown as (model: unknown) => unknown, model };
}
