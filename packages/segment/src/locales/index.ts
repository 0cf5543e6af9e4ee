import type { SegmenterPlugin } from '../types';
import { plugin as de } from './de/index';
import { plugin as en } from './en/index';
import { plugin as es } from './es/index';
import { plugin as fr } from './fr/index';
import { plugin as it } from './it/index';
import { plugin as ja } from './ja/index';
import { plugin as ko } from './ko/index';
import { plugin as nl } from './nl/index';
import { plugin as pt } from './pt/index';
import { plugin as ru } from './ru/index';
import { plugin as zh } from './zh/index';

// new-language: import { plugin as xx } from './xx/index';

/** Every built-in language plugin, one per folder in src/locales/ (a test checks none is missing). */
export const builtinPlugins: readonly SegmenterPlugin[] = [
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
