import { calendarWords } from '@corpus/core';
import { LOCALES } from './locales/index';

// Month names of every built-in locale, every form CLDR writes (wide, abbreviated, genitive…), lower case.
const MONTHS: ReadonlyMap<string, number> = new Map(
  LOCALES.flatMap((l) => [
    ...(calendarWords(l.lang)?.monthByName ?? []),
    ...Object.entries(l.monthVariants ?? {}),
  ]),
);
const DATELINE_PREFIXES = [...new Set(LOCALES.flatMap((l) => l.datelinePrefixes))].sort(
  (a, b) => b.length - a.length,
);

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

// A clock time after a date ("10:30", "10:30 AM", "10:30 Uhr", "10時30分") is read past, not kept.
const TIME =
  /(?:,?\s*(?:um|at|alle|à|a las|às|в)?\s*\d{1,2}[:：時]\d{2}(?::\d{2})?\s*(?:分|[AaPp]\.?[Mm]\.?|Uhr|h|GMT|UTC|CET|CEST|JST|[A-Z]{3})?)$/u;
// A weekday before a date ("Monday, ", "Montag, ", "lunedì ").
const WEEKDAY = /^\p{L}{3,12}\.?,?\s+(?=\d|\p{L}{3,12}\.?\s+\d)/u;
// Module constants, not literals inside the functions: the build turns \p{…} literals into
// `new RegExp(…)` calls, which would run on every line.
const MONTH_DAY_YEAR = /^(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$/u;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s*(?:de\s+)?(\d{4})?$/u;
const AFTER_LABEL = /^\s*[:：]|^\s+\d|^\s+\p{L}/u;

/**
 * A date written as a whole — "January 5, 2026", "5 January 2026", "5. Januar 2026", "2026-01-05",
 * "2026/01/05", "05.01.2026", "2026年1月5日", optionally with a weekday before and a time after — to ISO
 * `YYYY-MM-DD`. `referenceYear` fills a missing year. "01/05/2026" is ambiguous and not read.
 */
export function parseWrittenDate(text: string, referenceYear?: number): string | undefined {
  let t = text.trim().replace(/[.,]$/, '');
  if (t.length > 60) return undefined;
  const isoMatch =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  t = t.replace(TIME, '').trim().replace(/[.,]$/, '');
  const monthFirst = WEEKDAY.exec(t);
  if (monthFirst && !MONTHS.has(monthFirst[0].replace(/[.,\s]+$/u, '').toLowerCase()))
    t = t.slice(monthFirst[0].length);
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : referenceYear;
    if (month && year) return iso(year, month, Number(m[2]));
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(m[2]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : referenceYear;
    if (month && year) return iso(year, month, Number(m[1]));
  }
  return undefined;
}

/** A line that is only a publication date, maybe labelled ("Published: …", "发布时间:…"): the ISO date. */
export function parseDateline(line: string): string | undefined {
  if (line.length > 80) return undefined;
  let rest = line.trim();
  const lower = rest.toLowerCase();
  for (const prefix of DATELINE_PREFIXES) {
    if (lower.startsWith(prefix)) {
      const after = rest.slice(prefix.length);
      // The label must end at a separator, not inside a word ("Datenschutz" is not "Date").
      if (AFTER_LABEL.test(after)) {
        rest = after.replace(/^\s*[:：]?\s*/u, '');
        break;
      }
    }
  }
  return parseWrittenDate(rest);
}
