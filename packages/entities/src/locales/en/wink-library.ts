import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { englishModel } from './wink-model';

/** The bundled wink file beside the built module (tsup.config.ts defines it); undefined from source. */
declare const __WINK_BUNDLE__: string | undefined;
const BUNDLE = typeof __WINK_BUNDLE__ === 'string' ? __WINK_BUNDLE__ : undefined;

interface WinkBundle {
  winkNLP(): unknown;
  modelPart(file: string): unknown;
}

/**
 * wink-nlp and its English model, required on the first English call (wink-nlp is CommonJS and its
 * model takes ~0.1 s to load, which a process reading no English never pays; see wink-model.ts for
 * what that load skips). The built package requires wink-nlp and the model's modules from its own
 * dist/wink.cjs (wink-bundle.ts), the package's tests from the packages themselves. The browser
 * build uses wink-library.browser.ts, which imports them: a page has no `require`.
 */
export function winkLibrary(): { winkNLP: (model: unknown, pipe?: string[]) => unknown; model: unknown } {
  // tsup's shims give the CJS build an import.meta.url.
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('wink-eng-lite-web-model'));
  const fromPackage = (file: string): unknown => require(join(dist, file));
  if (BUNDLE === undefined) return { winkNLP: require('wink-nlp'), model: englishModel(fromPackage) };
  const bundle = (require(BUNDLE) as { WINK_BUNDLE: WinkBundle }).WINK_BUNDLE;
  const part = (file: string): unknown => bundle.modelPart(file) ?? fromPackage(file);
  return {
    winkNLP: bundle.winkNLP() as (model: unknown, pipe?: string[]) => unknown,
    model: englishModel(part, fromPackage),
  };
}
