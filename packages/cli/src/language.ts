import {
  CALENDAR_LANGUAGES,
  canonicalLanguageTag,
  isSupportedLanguage,
  primaryLanguage,
  SUPPORTED_LANGUAGES,
} from '@corpus/core';
import { closest } from './suggest';

export type LanguageCheck =
  | {
      ok: true;
      /** The canonical tag (`zh_hant` → `zh-Hant`). */
      tag: string;
      /** English name of its language (`Greek`). */
      name: string;
      /** One of SUPPORTED_LANGUAGES by its primary language; otherwise only Intl.Segmenter serves it. */
      supported: boolean;
    }
  | { ok: false; message: string };

const ENGLISH = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The language's English name, or undefined when Intl does not know the code (`english`, `xx`). */
function knownLanguage(code: string): string | undefined {
  if (code === 'und') return undefined;
  try {
    return ENGLISH.of(code);
  } catch {
    return undefined;
  }
}

/**
 * Accepts a well-formed BCP 47 tag whose language Intl knows. A supported language gets the full
 * pipeline; any other known language is still served (segmentation falls back to Intl.Segmenter),
 * so the caller warns rather than refuses. Rejected: a malformed tag, or one whose language subtag
 * names no language (`english` is a well-formed 7-letter subtag, but no language has that code).
 */
export function checkLanguage(input: string): LanguageCheck {
  const tag = canonicalLanguageTag(input);
  const code = tag ? primaryLanguage(tag) : 'und';
  const name = knownLanguage(code);
  if (tag && name) return { ok: true, tag, name, supported: isSupportedLanguage(tag) };
  const suggestion = suggestLanguage(input);
  if (suggestion)
    return { ok: false, message: `--lang ${input} is not a language tag; did you mean ${suggestion}?` };
  return {
    ok: false,
    message: `--lang ${input} is not a known language tag; use a BCP 47 tag such as ${SUPPORTED_LANGUAGES.join(', ')}.`,
  };
}

/** Folds case and accents, so `Español`, `espanol` and `ESPAÑOL` are one name. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

let namesCache: Map<string, string> | undefined;

/**
 * Language names → tag, from Intl.DisplayNames: each supported language and each CLDR calendar
 * language named in every supported language and in itself (`german`, `deutsch`, `allemand`,
 * `ドイツ語` → `de`). Supported languages come first, so they win a tie.
 */
function languageNames(): Map<string, string> {
  if (namesCache) return namesCache;
  const codes = [...new Set([...SUPPORTED_LANGUAGES, ...CALENDAR_LANGUAGES.map(primaryLanguage)])];
  const names = new Map<string, string>();
  for (const code of codes) {
    if (!knownLanguage(code)) continue;
    for (const display of [code, ...SUPPORTED_LANGUAGES]) {
      const name = new Intl.DisplayNames([display], { type: 'language', fallback: 'none' }).of(code);
      if (name && !names.has(fold(name))) names.set(fold(name), code);
    }
  }
  namesCache = names;
  return names;
}

/**
 * What a person who typed `input` for --lang most likely meant: a language's name (exact, or a
 * typo away: `englsh`), or a country code (`jp` → `ja`, by the language Intl's likely-subtags data
 * gives that region). Undefined when nothing is close.
 */
export function suggestLanguage(input: string): string | undefined {
  const typed = fold(input);
  if (typed === '') return undefined;
  const names = languageNames();
  const exact = names.get(typed);
  if (exact) return exact;
  if (/^[a-z]{2}$/.test(typed) && REGIONS.of(typed.toUpperCase())) {
    try {
      const region = typed.toUpperCase();
      // Likely-subtags data answers en-Latn-US for a region it does not know (ZZ): not a real answer.
      const likely = new Intl.Locale(`und-${region}`).maximize();
      if (likely.region === region && knownLanguage(likely.language)) return likely.language;
    } catch {
      // Not a region code either.
    }
  }
  if (typed.length < 4) return undefined;
  const near = closest(typed, [...names.keys()]);
  return near === undefined ? undefined : names.get(near);
}
