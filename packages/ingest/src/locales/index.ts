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
import type { LocaleRules } from './types';
import { zh } from './zh/index';

// new-language: import { xx } from './xx/index';

/** Every built-in locale; a test checks that each folder under `locales/` is listed here. */
export const LOCALES: readonly LocaleRules[] = [
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
];

export type { LocaleRules };
