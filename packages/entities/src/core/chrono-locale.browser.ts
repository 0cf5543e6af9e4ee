import { languageNotLoaded } from '../errors';

// A page cannot require a module when a language is first met: `loadChronoLocale` imports one
// locale's module (a chunk of its own in a bundle) before a text in that language is read. Every
// locale chrono.ts names (CHRONO_LOCALES) is here; a test checks the two lists agree.
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  de: () => import('chrono-node/de'),
  en: () => import('chrono-node/en'),
  es: () => import('chrono-node/es'),
  fr: () => import('chrono-node/fr'),
  it: () => import('chrono-node/it'),
  ja: () => import('chrono-node/ja'),
  nl: () => import('chrono-node/nl'),
  pt: () => import('chrono-node/pt'),
  ru: () => import('chrono-node/ru'),
  zh: () => import('chrono-node/zh'),
};
const loaded = new Map<string, unknown>();

/** chrono-node's module for one locale, once `loadChronoLocale` has imported it. */
export function chronoLocaleModule(name: string): unknown {
  const module = loaded.get(name);
  if (module === undefined) throw languageNotLoaded(name, 'The date parser (chrono-node)');
  return module;
}

export async function loadChronoLocale(name: string): Promise<void> {
  const load = LOADERS[name];
  if (load && !loaded.has(name)) loaded.set(name, await load());
}

export const BROWSER_CHRONO_LOCALES: readonly string[] = Object.keys(LOADERS);
