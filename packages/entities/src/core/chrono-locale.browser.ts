import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as it from 'chrono-node/it';
import * as ja from 'chrono-node/ja';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import * as ru from 'chrono-node/ru';
import * as zh from 'chrono-node/zh';

// A page cannot require a module when a language is first met, so the browser build imports every
// locale chrono.ts names (CHRONO_LOCALES); a test checks the two lists agree.
const MODULES: Record<string, unknown> = { de, en, es, fr, it, ja, nl, pt, ru, zh };

/** chrono-node's module for one locale (browser build: all imported up front). */
export function chronoLocaleModule(name: string): unknown {
  return MODULES[name];
}

export const BROWSER_CHRONO_LOCALES: readonly string[] = Object.keys(MODULES);
