import { CALENDARS, CLDR_VERSION } from './generated/calendar';
import { lookupLanguage } from './languages';

/** Month, weekday and relative-day words of one language, from Unicode CLDR. */
export interface CalendarWords {
  /** The CLDR locale the words come from (`de`, `zh-Hant`, …). */
  lang: string;
  /** Index 0–11: every form CLDR gives (format and stand-alone; wide and abbreviated), as written. */
  months: readonly (readonly string[])[];
  /** Index 0–6, 0 = Sunday: every form (wide, abbreviated, short), as written. */
  weekdays: readonly (readonly string[])[];
  /** A word for a day relative to today, to its offset in days: `gestern` → −1, `übermorgen` → 2. */
  relativeDays: Readonly<Record<string, number>>;
  /** Lower-cased month names, with and without a final `.`, to their number 1–12. */
  monthByName: ReadonlyMap<string, number>;
  /** Lower-cased weekday names, with and without a final `.`, to 0–6 (0 = Sunday). */
  weekdayByName: ReadonlyMap<string, number>;
}

/** The version of Unicode CLDR the calendar words were generated from. */
export const CALENDAR_SOURCE = `Unicode CLDR ${CLDR_VERSION}`;

/** The languages (CLDR locales) that have calendar words. */
export const CALENDAR_LANGUAGES: readonly string[] = Object.keys(CALENDARS);

const cache = new Map<string, CalendarWords>();

function byName(forms: readonly (readonly string[])[], first: number): Map<string, number> {
  const map = new Map<string, number>();
  forms.forEach((words, i) => {
    for (const word of words) {
      const lower = word.normalize('NFC').toLowerCase();
      for (const key of [lower, lower.replace(/\.$/, '')]) if (key && !map.has(key)) map.set(key, i + first);
    }
  });
  return map;
}

/**
 * The calendar words of `lang` (BCP 47, looked up by truncation: `de-AT` → `de`), or undefined for a
 * language CLDR data was not generated for (see CALENDAR_LANGUAGES).
 */
export function calendarWords(lang: string): CalendarWords | undefined {
  const raw = lookupLanguage(lang, CALENDARS);
  if (!raw) return undefined;
  const key = Object.keys(CALENDARS).find((k) => CALENDARS[k] === raw)!;
  let words = cache.get(key);
  if (!words) {
    words = {
      lang: key,
      months: raw.months,
      weekdays: raw.weekdays,
      relativeDays: raw.relativeDays,
      monthByName: byName(raw.months, 1),
      weekdayByName: byName(raw.weekdays, 0),
    };
    cache.set(key, words);
  }
  return words;
}
