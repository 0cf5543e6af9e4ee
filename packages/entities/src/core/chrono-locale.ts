import { createRequire } from 'node:module';

/**
 * chrono-node's module for one locale, required on first use: importing all of chrono costs ~0.3 s of
 * start-up, one locale about half of that, and a process that reads one language needs one locale.
 * (The browser build uses chrono-locale.browser.ts, which imports them all: a page has no `require`.)
 */
export function chronoLocaleModule(name: string): unknown {
  // tsup's shims give the CJS build an import.meta.url.
  return createRequire(import.meta.url)(`chrono-node/${name}`);
}
