import { de } from './de/index';
import { en } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';
import { it } from './it/index';
import { ja } from './ja/index';
import { ko } from './ko/index';
import type { FactLocale } from './types';
import { zh } from './zh/index';

export type { FactLocale };

/** Every built-in language, keyed by its primary subtag. A test checks each folder is listed here. */
export const BUILT_IN_LOCALES: Readonly<Record<string, FactLocale>> = { de, en, es, fr, it, ja, ko, zh };
