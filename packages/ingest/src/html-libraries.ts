import { createRequire } from 'node:module';

/**
 * linkedom and Readability, required on first use: they cost time to load and are needed only for
 * HTML. The browser build uses html-libraries.browser.ts, which imports them (a page has no `require`).
 */
export function htmlLibraries(): { parseHTML: unknown; Readability: unknown } {
  // tsup's shims give the CJS build an import.meta.url.
  const require = createRequire(import.meta.url);
  return {
    parseHTML: (require('linkedom') as { parseHTML: unknown }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: unknown }).Readability,
  };
}
