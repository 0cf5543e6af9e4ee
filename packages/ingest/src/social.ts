import { LOCALES } from './locales/index';

const MONTHS: ReadonlyMap<string, number> = new Map(LOCALES.flatMap((l) => Object.entries(l.months)));

// "— Name (@handle) January 5, 2026": the attribution line of an embedded post (X/Twitter, Threads, Bluesky).
const ATTRIBUTION = /^[—–―-]{1,2}\s*([^(@\n]{1,80}?)\s*\(\s*(@[\p{L}\p{N}_.]{1,40})\s*\)\s*(.{0,40})$/u;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * A date written as a whole (e.g. "January 5, 2026", "5 January 2026", "5. Januar 2026", "2026-01-05",
 * "2026年1月5日", "5/1/2026" is ambiguous and not read) to ISO `YYYY-MM-DD`. `referenceYear` fills a
 * missing year.
 */
export function parseWrittenDate(text: string, referenceYear?: number): string | undefined {
  const t = text.trim().replace(/[.,]$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$/u.exec(t);
  if (m) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : referenceYear;
    if (month && year) return iso(year, month, Number(m[2]));
  }
  m = /^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})?$/u.exec(t);
  if (m) {
    const month = MONTHS.get(m[2]!.toLowerCase());
    const year = m[3] ? Number(m[3]) : referenceYear;
    if (month && year) return iso(year, month, Number(m[1]));
  }
  return undefined;
}

export function parseAttribution(
  line: string,
  referenceYear?: number,
): { author?: string; handle?: string; date?: string } | undefined {
  if (line.length > 200) return undefined;
  const m = ATTRIBUTION.exec(line);
  if (!m) return undefined;
  const post: { author?: string; handle?: string; date?: string } = {};
  const author = m[1]!.trim();
  if (author) post.author = author;
  post.handle = m[2]!;
  const date = m[3] ? parseWrittenDate(m[3], referenceYear) : undefined;
  if (m[3]?.trim() && !date) return undefined;
  if (date) post.date = date;
  return post;
}
