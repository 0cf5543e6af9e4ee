import { calendarWords } from '@corpus/core';

/**
 * Month words of `lang` from Unicode CLDR (via @corpus/core): lower-case, with and without a final
 * dot → 1..12. `except`: forms that are also everyday words in running text, which a date rule
 * would misread (es "mar", the sea).
 */
export function cldrMonths(lang: string, except: readonly string[] = []): Record<string, number> {
  // A language CLDR data was not generated for has no words here: its locale lists them by hand.
  const words = calendarWords(lang);
  if (!words) return {};
  return Object.fromEntries([...words.monthByName].filter(([w]) => !except.includes(w)));
}

/** Words for a day relative to today (`gestern` → −1) from Unicode CLDR, less `except`. */
export function cldrRelativeDays(lang: string, except: readonly string[] = []): Record<string, number> {
  const words = calendarWords(lang);
  if (!words) return {};
  return Object.fromEntries(Object.entries(words.relativeDays).filter(([w]) => !except.includes(w)));
}
