import { lookupLanguage, primaryLanguage } from '@corpus/core';
import { CHRONO_LOCALES } from '../core/chrono';
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
import type { EntityLocale } from './types';
import { zh } from './zh/index';
// new-language: import { xx } from './xx/index';

/** Every built-in locale, by primary language tag. A test checks each folder is registered here. */
export const BUILT_IN_LOCALES: Readonly<Record<string, EntityLocale>> = {
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

/** The locale for a BCP 47 tag (`zh-Hans-CN` → `zh`), or undefined for a language we have no data for. */
export function findLocale(lang: string): EntityLocale | undefined {
  return lookupLanguage(lang, BUILT_IN_LOCALES);
}

/** Languages without a folder still get chrono's dates (where chrono has them) and Latin names. */
export function fallbackLocale(lang: string): EntityLocale {
  const primary = primaryLanguage(lang);
  return {
    lang: primary,
    chrono: CHRONO_LOCALES.has(primary) ? (primary as EntityLocale['chrono']) : undefined,
    months: {},
    numberWords: {},
    durationUnits: {},
    qualifiers: {},
    stopwords: [],
    personTitles: [],
    orgSuffixes: [],
    roles: [],
    platforms: [],
    scaleWords: {},
    currencies: {},
    percentWords: [],
    gazetteer: {},
  };
}

/** The locale that reads a text in `lang`: its folder, else the fallback. */
export function localeFor(lang: string): EntityLocale {
  return findLocale(lang) ?? fallbackLocale(lang);
}
