const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A document's publication as the reports show it: readable text, and the machine value behind it. */
export interface PublishedView {
  /** "12 Mar 2026, 16:30 (UTC+01:00)", "12 Mar 2026", or the value as given when it is no ISO date. */
  text: string;
  /** The ISO value for `<time datetime>`; absent when the value is no ISO date. */
  datetime?: string;
}

/**
 * The publication time a reader expects: the clock time and zone the source wrote
 * (`publishedAsWritten`, else `published` as given), never converted to UTC; a date alone stays a
 * date. `datetime` is the instant for sorting (`published`) when it is ISO.
 */
export function publishedView(published: unknown, asWritten?: unknown): PublishedView | undefined {
  const shown = typeof asWritten === 'string' && asWritten ? asWritten : published;
  if (shown === undefined || shown === null || shown === '') return undefined;
  const text = String(shown);
  const m = DATE_TIME.exec(text);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return { text };
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  const machine = typeof published === 'string' && DATE_TIME.test(published) ? published : text;
  if (m[4] === undefined) return { text: day, datetime: machine };
  const seconds = m[6] && m[6] !== '00' ? `:${m[6]}` : '';
  const zone = m[7] === undefined ? 'zone not stated' : m[7] === 'Z' ? 'UTC' : `UTC${m[7]}`;
  return { text: `${day}, ${m[4]}:${m[5]}${seconds} (${zone})`, datetime: machine };
}
