import { lookupLanguage } from '@corpus/core';
import { de } from './de/index';
import { en } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';
import { it } from './it/index';
import { ja } from './ja/index';
import { ko } from './ko/index';
import { nl } from './nl/index';
import { pt } from './pt/index';
import { ru } from './ru/index';
import type { FactLocale } from './types';
import { zh } from './zh/index';

// new-language: import { xx } from './xx/index';

export type { FactLocale };

/** Every built-in language, keyed by its primary subtag. A test checks each folder is listed here. */
export const BUILT_IN_LOCALES: Readonly<Record<string, FactLocale>> = {
  de,
  en,
  es,
  fr,
  it,
  ja,
  ko,
  nl,
  pt,
  ru,
  zh,
  // new-language: xx,
};

/** The fact locale for a language tag: the caller's (most specific tag first), else the built-in one. */
export function factLocaleFor(
  lang: string,
  extra: Readonly<Record<string, FactLocale>> | undefined,
): FactLocale | undefined {
  return (extra && lookupLanguage(lang, extra)) ?? lookupLanguage(lang, BUILT_IN_LOCALES);
}
