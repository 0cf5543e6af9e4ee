import type { EntityLocale } from '../locales/types';
import type { Candidate } from './candidate';
import type { Reference } from './date-value';
import { type DayCandidate, settle } from './pending';
import { alternation } from './text';
import { formatOffset } from './times';

interface SpanRegexes {
  /** A word that opens a range or bound, ending where a date starts (run on the text before it). */
  from: RegExp | undefined;
  /** A bound word before a date ("since", "ab", "自"), ending where it starts. */
  boundBefore: RegExp | undefined;
  /** A bound word after a date ("以降", "or later"), from where it ends. */
  boundAfter: RegExp | undefined;
  /** The words joining two dates of a range, sticky at the end of the first; group 1 set for an "and" word. */
  join: RegExp;
  /** What closes a range after its last date ("まで", "之间"). */
  close: RegExp | undefined;
  /** A bare number and a range word right before a date or time ("5 to ", "3. bis "), ending where it starts. */
  bareFrom: RegExp;
  /** The same with an "and" word, which needs "between" before the number. */
  bareAnd: RegExp | undefined;
  /** A range word and a bare day or hour after a date or time ("から6時", "到20日"), sticky at its end. */
  bareTo: RegExp;
  /** Between a date and the time after it: white space, a comma, "at", "um", "の". */
  time: RegExp;
}

const cache = new Map<string, SpanRegexes>();
const LATIN_START = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u;
/** How far before a date a range or bound word may start. */
const WINDOW = 32;

/** Words written with spaces need white space (or a text edge) around them; CJK words attach directly. */
function wordsBefore(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const latin = words.filter((w) => LATIN_START.test(w));
  const other = words.filter((w) => !LATIN_START.test(w));
  const alts: string[] = [];
  if (latin.length) alts.push(`(?<![\\p{L}\\p{N}'’])(?:${spaced(latin)})\\s+`);
  if (other.length) alts.push(`(?:${spaced(other)})\\s*`);
  return new RegExp(`(?:${alts.join('|')})$`, 'iu');
}

function wordsAfter(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const latin = words.filter((w) => LATIN_START.test(w));
  const other = words.filter((w) => !LATIN_START.test(w));
  const alts: string[] = [];
  // "before 2010 or after 2018": a word that opens the next date is not this one's.
  if (latin.length) alts.push(`\\s+(?:${spaced(latin)})(?![\\p{L}\\p{N}])(?!\\s+\\p{N})`);
  if (other.length) alts.push(`\\s*(?:${spaced(other)})`);
  return new RegExp(`^(?:${alts.join('|')})`, 'iu');
}

function spaced(words: readonly string[]): string {
  return alternation(words).replace(/ /g, '\\s+');
}

/** A bare day or hour number, then one of `joins`, at the end of the text it runs on. */
function bare(joins: readonly string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}.,:/])(\\d{1,2})(?:\\.|st|nd|rd|th|er|日|号|時|点|시|일|h)?(?:${joins.join('|')})$`,
    'iu',
  );
}

function regexesOf(locale: EntityLocale): SpanRegexes {
  const hit = cache.get(locale.lang);
  if (hit) return hit;
  const w = locale.dateSpans ?? {};
  const joins = (words: readonly string[]) => {
    const latin = words.filter((x) => LATIN_START.test(x));
    const other = words.filter((x) => !LATIN_START.test(x));
    return [
      ...(latin.length ? [`\\s+(?:${spaced(latin)})\\s+`] : []),
      ...(other.length ? [`\\s*(?:${spaced(other)})\\s*`] : []),
    ];
  };
  const to = ['\\s*[-–—~〜～]\\s*', ...joins(w.rangeTo ?? [])];
  const and = joins(w.rangeAnd ?? []);
  const rx: SpanRegexes = {
    from: wordsBefore(w.rangeFrom ?? []),
    boundBefore: wordsBefore(w.boundBefore ?? []),
    boundAfter: wordsAfter(w.boundAfter ?? []),
    join: new RegExp(`(?:${to.join('|')})${and.length ? `|(${and.join('|')})` : ''}`, 'iuy'),
    close: wordsAfter(w.rangeClose ?? []),
    bareFrom: bare(to),
    bareAnd: and.length ? bare(and) : undefined,
    bareTo: new RegExp(`(?:${to.join('|')})(\\d{1,2})(?:(日|号|時|点|시|일)|(?![\\p{L}\\p{N}]))`, 'iuy'),
    // The joining words first: the bare white space alternative matches everywhere.
    time: new RegExp(`(?:${[...joins(w.timeJoin ?? []), '\\s*,?\\s*'].join('|')})`, 'iuy'),
  };
  cache.set(locale.lang, rx);
  return rx;
}

/** The start of a word of `re` right before `start`, or undefined. */
function wordBefore(text: string, start: number, re: RegExp | undefined): number | undefined {
  if (!re) return undefined;
  const window = text.slice(Math.max(0, start - WINDOW), start);
  const m = re.exec(window);
  return m ? start - window.length + m.index : undefined;
}

function wordAfter(text: string, end: number, re: RegExp | undefined): number | undefined {
  if (!re) return undefined;
  const m = re.exec(text.slice(end, end + WINDOW));
  return m ? end + m[0].length : undefined;
}

/** Of two candidates for the same place, the one overlap resolution would keep. */
function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  if (b.priority !== a.priority) return b.priority > a.priority ? b : a;
  return b.end - b.start > a.end - a.start ? b : a;
}

/** Recognisers whose dates state their year when they have one: an inferred year was not written. */
const YEARLESS_RULES = new Set(['rules:date', 'rules:cjk-date']);

/** One side of a range; a date read without a year stays year-less, to be read with the other side. */
function partOf(c: Candidate): DayCandidate {
  const part: DayCandidate = {};
  if (c.value?.kind === 'date') part.value = c.value;
  if (c.pending) part.pending = c.pending;
  const v = c.value?.kind === 'date' ? c.value : undefined;
  const m =
    v?.yearInferred && YEARLESS_RULES.has(c.recognizer) ? /^\d{4}-(\d{2})(?:-(\d{2}))?$/.exec(v.iso) : null;
  if (m)
    return { pending: { kind: 'yearless', month: Number(m[1]), ...(m[2] ? { day: Number(m[2]) } : {}) } };
  return part;
}

/** Pairs of dates joined by a range word ("from 3 to 12 May", "2014–2018", "5月至9月") as one candidate each. */
function ranges(text: string, dates: Candidate[], rx: SpanRegexes): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  const byStart = new Map<number, Candidate>();
  for (const c of dates) {
    byEnd.set(c.end, better(byEnd.get(c.end), c));
    byStart.set(c.start, better(byStart.get(c.start), c));
  }
  const out: Candidate[] = [];
  for (const a of byEnd.values()) {
    rx.join.lastIndex = a.end;
    const j = rx.join.exec(text);
    if (!j || j[0].length === 0) continue;
    const b = byStart.get(a.end + j[0].length);
    if (!b || b.start < a.end) continue;
    const from = wordBefore(text, a.start, rx.from);
    // "and" joins two dates only after "between": "Monday and Tuesday" are two dates.
    if (j[1] !== undefined && from === undefined) continue;
    const to = partOf(b);
    out.push({
      type: 'DATE',
      start: from ?? a.start,
      end: wordAfter(text, b.end, rx.close) ?? b.end,
      key: '',
      confidence: Math.min(a.confidence, b.confidence),
      recognizer: 'rules:date-range',
      priority: 80,
      pending: { kind: 'range', from: partOf(a), to },
    });
  }
  return out;
}

/** A clock time, or a range of two. */
function isTime(c: Candidate): boolean {
  if (c.recognizer === 'rules:time') return true;
  const p = c.pending;
  return (
    p?.kind === 'range' && (p.from.pending?.kind === 'clock' || (p.from.value?.iso.includes('T') ?? false))
  );
}

/** "from 5 to 6pm", "3-12 May", "vom 3. bis 12. Mai": a bare number, a range word, then a time or a day. */
function bareRanges(text: string, dates: Candidate[], rx: SpanRegexes): Candidate[] {
  const out: Candidate[] = [];
  for (const b of dates) {
    const window = text.slice(Math.max(0, b.start - WINDOW), b.start);
    const toMatch = rx.bareFrom.exec(window);
    const m = toMatch ?? rx.bareAnd?.exec(window);
    if (!m) continue;
    const n = Number(m[1]);
    const time = isTime(b);
    if (!time && !/^\d/.test(text.slice(b.start, b.end))) continue;
    const start = b.start - window.length + m.index;
    const from = wordBefore(text, start, rx.from);
    // "and" joins only after "between": "5 and 6pm" alone are two things.
    if (!toMatch && from === undefined) continue;
    const of = partOf(b);
    out.push({
      type: 'DATE',
      start: from ?? start,
      end: wordAfter(text, b.end, rx.close) ?? b.end,
      key: '',
      confidence: b.confidence,
      recognizer: 'rules:date-range',
      priority: 79,
      pending: {
        kind: 'range',
        from: { pending: time ? { kind: 'sibling', of, hour: n } : { kind: 'sibling', of, day: n } },
        to: of,
      },
    });
  }
  return out;
}

/** "5時から6時まで", "一月十日到20日": a time or day, a range word, then a bare hour or day. */
function bareEnds(text: string, dates: Candidate[], rx: SpanRegexes): Candidate[] {
  const out: Candidate[] = [];
  for (const a of dates) {
    rx.bareTo.lastIndex = a.end;
    const m = rx.bareTo.exec(text);
    if (!m) continue;
    const time = isTime(a);
    // A bare number after a plain date needs its day marker ("20日"): "May 3 - 5 people" is no range.
    if (!time && !/^[日号일]$/u.test(m[2] ?? '')) continue;
    const of = partOf(a);
    const n = Number(m[1]);
    out.push({
      type: 'DATE',
      start: wordBefore(text, a.start, rx.from) ?? a.start,
      end: wordAfter(text, a.end + m[0].length, rx.close) ?? a.end + m[0].length,
      key: '',
      confidence: a.confidence,
      recognizer: 'rules:date-range',
      priority: 79,
      pending: {
        kind: 'range',
        from: of,
        to: {
          pending: time
            ? { kind: 'sibling', of, hour: n, after: true }
            : { kind: 'sibling', of, day: n, after: true },
        },
      },
    });
  }
  return out;
}

/** A date followed by its time of day ("Tuesday 11:00", "23.04.2022 14:55", "明日の3時から4時まで"). */
/**
 * A zone written before a date and its time ("日本時間2024年10月13日21時25分", "北京时间10月13日20时25分"):
 * where it starts and its offset, when the time has no zone of its own.
 */
function zoneBefore(
  text: string,
  start: number,
  time: Candidate,
  zones: Record<string, number> | undefined,
): { start: number; offset: number } | undefined {
  if (!zones || time.value?.kind !== 'date' || /(?:Z|[+-]\d\d:\d\d)$/.test(time.value.iso)) return undefined;
  const before = text.slice(Math.max(0, start - 12), start).replace(/[ \u00a0]$/, '');
  const gap = start - (Math.max(0, start - 12) + before.length);
  for (const [zone, offset] of Object.entries(zones)) {
    if (before.endsWith(zone)) return { start: start - gap - zone.length, offset };
  }
  return undefined;
}

function dateTimes(
  text: string,
  dates: Candidate[],
  rx: SpanRegexes,
  zones?: Record<string, number>,
): Candidate[] {
  const times = new Map<number, Candidate>();
  for (const c of dates) if (isTime(c)) times.set(c.start, better(times.get(c.start), c));
  const out: Candidate[] = [];
  const timeEnds = new Map<number, Candidate>();
  for (const c of dates) if (isTime(c)) timeEnds.set(c.end, better(timeEnds.get(c.end), c));
  for (const d of dates) {
    if (isTime(d)) continue;
    rx.time.lastIndex = d.end;
    const j = rx.time.exec(text);
    // Or a reading that already spans both ("Tuesday at 11:00" from chrono), ending with the time.
    const inside = timeEnds.get(d.end);
    const t = j
      ? (times.get(d.end + j[0].length) ?? (inside && inside.start > d.start ? inside : undefined))
      : undefined;
    if (!t) continue;
    const zone = zoneBefore(text, d.start, t, zones);
    const time = partOf(t);
    if (zone && time.value)
      time.value = { ...time.value, iso: `${time.value.iso}${formatOffset(zone.offset)}` };
    out.push({
      type: 'DATE',
      start: zone?.start ?? d.start,
      end: t.end,
      key: '',
      confidence: Math.min(d.confidence, t.confidence),
      recognizer: 'rules:date-time',
      priority: 81,
      pending: { kind: 'datetime', day: partOf(d), time },
    });
  }
  return out;
}

/**
 * Dates with the words that make them one expression: two dates joined into a range ("between the
 * 3rd and the 12th", "vom 3. bis 12.", "3日から12日まで") become one candidate, and a bound word
 * ("since", "ab", "2018年以降") joins the span of its date. The value of a bound date is the date
 * itself; a range's is the ISO interval of its two dates.
 */
export function dateSpans(
  text: string,
  candidates: Candidate[],
  locale: EntityLocale,
  ref: Reference | undefined,
  deferred: boolean,
): Candidate[] {
  const rx = regexesOf(locale);
  const dates = candidates.filter((c) => c.type === 'DATE' && c.end > c.start);
  if (dates.length === 0) return candidates;
  const joined: Candidate[] = [];
  for (const r of [
    ...ranges(text, dates, rx),
    ...bareRanges(text, dates, rx),
    ...bareEnds(text, dates, rx),
  ]) {
    const c = deferred ? r : settle(r, ref);
    if (c) joined.push(c);
  }
  for (const r of dateTimes(text, [...dates, ...joined], rx, locale.timeZones)) {
    const c = deferred ? r : settle(r, ref);
    if (c) joined.push(c);
  }
  // In place: a chrono reading's `inner` points at these very rule candidates.
  for (const c of [...dates, ...joined]) {
    // A range read as one date ("between 2014-2018") takes its opening word too; "between" alone is no bound.
    const range =
      c.value?.kind === 'date' &&
      c.value.iso.includes('/') &&
      c.recognizer !== 'rules:date-range' &&
      c.recognizer !== 'rules:date-time';
    c.start =
      wordBefore(text, c.start, rx.boundBefore) ??
      (range ? wordBefore(text, c.start, rx.from) : undefined) ??
      c.start;
    c.end = wordAfter(text, c.end, rx.boundAfter) ?? c.end;
  }
  return joined.length ? [...candidates, ...joined] : candidates;
}
