import { createRequire } from 'node:module';

/** The bundled chrono-node file beside the built module (tsup.config.ts defines it); undefined from source. */
declare const __CHRONO_BUNDLE__: string | undefined;
const BUNDLE = typeof __CHRONO_BUNDLE__ === 'string' ? __CHRONO_BUNDLE__ : undefined;

/**
 * chrono-node's module for one locale, required on first use: importing all of chrono costs ~0.3 s of
 * start-up, one locale about half of that, and a process that reads one language needs one locale.
 * The built package requires it from its own dist/chrono.cjs (chrono-bundle.ts), the package's tests
 * from chrono-node itself. (The browser build uses chrono-locale.browser.ts, which imports them all:
 * a page has no `require`.)
 */
export function chronoLocaleModule(name: string): unknown {
  // tsup's shims give the CJS build an import.meta.url.
  const require = createRequire(import.meta.url);
  if (BUNDLE === undefined) return require(`chrono-node/${name}`);
  const bundle = require(BUNDLE) as { CHRONO_BUNDLE: Record<string, () => unknown> };
  return bundle.CHRONO_BUNDLE[name]?.();
}
