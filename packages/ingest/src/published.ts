import { parseWrittenDate } from './dates';

/** A publication date or time read from a page's metadata: see `IngestedDocument.published`. */
export interface PublishedTime {
  published: string;
  publishedAsWritten?: string;
}

// "2026-03-12T16:30", "2026-03-12 16:30:05.123+0100", "…Z": ISO 8601 and the forms sites write near it.
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// A zone at the end of any other date-time Date can read ("Thu, 12 Mar 2026 16:30:00 +0100", "… GMT").
const TRAILING_ZONE = /\s(?:(GMT|UTC|UT|Z)|([+-])(\d{2}):?(\d{2}))$/;
const TIME_OF_DAY = /\d{1,2}:\d{2}/;

const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');

/** "+01:00" for +60 minutes, "Z" for none. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  return `${minutes < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** Minutes east of UTC from "Z", "+01", "+0100" or "-05:30"; undefined when out of range. */
function offsetMinutes(zone: string): number | undefined {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[3] ?? 0) > 59 || minutes > 18 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

function validDate(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

function fromIso(m: RegExpExecArray): PublishedTime | undefined {
  const [, day, hh, mm, ss = '00', fraction = '', zone] = m as unknown as string[];
  if (!day || !validDate(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const local = `${day}T${hh}:${mm}:${ss}`;
  // No zone written: the instant is unknown, so `published` keeps the day and no zone is invented.
  if (!zone) return { published: day, publishedAsWritten: local };
  const minutes = offsetMinutes(zone);
  if (minutes === undefined) return undefined;
  const written = `${local}${offsetText(minutes)}`;
  const instant = new Date(`${local}${fraction}${offsetText(minutes)}`);
  return { published: instant.toISOString(), publishedAsWritten: written };
}

/** Another date-time with its zone: the wall-clock time the source wrote is the instant moved by the offset. */
function fromZoned(text: string): PublishedTime | undefined {
  const zone = TRAILING_ZONE.exec(text);
  const instant = new Date(text);
  if (!zone || !TIME_OF_DAY.test(text) || Number.isNaN(instant.getTime())) return undefined;
  const minutes = zone[1] ? 0 : offsetMinutes(`${zone[2]}${zone[3]}${zone[4]}`);
  if (minutes === undefined) return undefined;
  const local = new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return { published: instant.toISOString(), publishedAsWritten: `${local}${offsetText(minutes)}` };
}

/**
 * A publication date or time as metadata states it (`article:published_time`, JSON-LD
 * `datePublished`, a JSON article's `date`): a date stays a date (`2026-03-12`); a time with its zone
 * gives the instant in UTC and the time as written with its offset; a time without a zone gives the
 * date and the time as written, no offset (the instant is unknown). Undefined when it cannot be read.
 */
export function readPublished(value: string | undefined): PublishedTime | undefined {
  const text = value?.trim();
  if (!text || text.length > 64) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return validDate(text) ? { published: text } : undefined;
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) return fromIso(iso);
  const zoned = fromZoned(text);
  if (zoned) return zoned;
  // A date in words ("March 12, 2026"), with or without a clock time: the day, never an invented midnight.
  const day = parseWrittenDate(text);
  return day ? { published: day } : undefined;
}
