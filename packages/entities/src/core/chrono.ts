import type * as chrono from 'chrono-node';
import { localeFor } from '../locales/index';
import type { EntityLocale } from '../locales/types';
import type { DateValue } from '../types';
import type { Candidate } from './candidate';
import { chronoLocaleModule } from './chrono-locale';
import { dateEnd, makeDate, type Reference } from './date-value';
import type { PendingDate } from './pending';

type ChronoReference = { instant: Date; timezone: number };
type ChronoModule = { parse: (text: string, ref?: ChronoReference) => chrono.ParsedResult[] };

/** Index of the start of the `groups`-th run of non-white-space characters before `index` (0 if fewer). */
function groupsBack(text: string, index: number, groups: number): number {
  let p = index;
  for (let g = 0; g < groups && p > 0; g++) {
    while (p > 0 && /\s/.test(text[p - 1] as string)) p--;
    while (p > 0 && !/\s/.test(text[p - 1] as string)) p--;
  }
  return p;
}

interface ChronoResultLike {
  index: number;
  text: string;
}
interface ChronoContextLike {
  text: string;
}

/**
 * Two of chrono's English refiners match an end-anchored pattern against the whole text before each
 * result (`/\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/`, `/\b(in)$/` after "May"): time quadratic in the
 * text. Both patterns span at most four words, so each result is refined against a view of the text
 * starting a few words before it; the outcome is the same, in time linear in the text.
 */
function windowed(refiner: {
  refine(context: ChronoContextLike, results: ChronoResultLike[]): ChronoResultLike[];
}) {
  return {
    refine(context: ChronoContextLike, results: ChronoResultLike[]): ChronoResultLike[] {
      const kept: ChronoResultLike[] = [];
      for (const r of results) {
        // The filter keeps a result that is the whole text: decided on the whole text.
        if (r.text.trim() === context.text.trim()) {
          kept.push(...refiner.refine(context, [r]));
          continue;
        }
        const lo = groupsBack(context.text, r.index, 6);
        const view = Object.create(context, { text: { value: context.text.slice(lo) } }) as ChronoContextLike;
        r.index -= lo;
        let out: ChronoResultLike[];
        try {
          out = refiner.refine(view, [r]);
        } finally {
          r.index += lo;
        }
        kept.push(...out);
      }
      return kept;
    },
  };
}

function linearEnglish(en: typeof chrono.en): ChronoModule {
  const casual = en.casual.clone();
  casual.refiners = casual.refiners.map((r) => {
    const name = (r as { constructor: { name: string } }).constructor.name;
    return name === 'ENEndOfPeriodRefiner' || name === 'ENUnlikelyFormatFilter'
      ? (windowed(r as unknown as Parameters<typeof windowed>[0]) as unknown as typeof r)
      : r;
  });
  return { parse: (text, ref) => casual.parse(text, ref) };
}

/** The chrono-node locales the entity locales name (`EntityLocale.chrono`). */
export const CHRONO_LOCALES: ReadonlySet<string> = new Set([
  'en',
  'it',
  'de',
  'ja',
  'zh',
  'fr',
  'es',
  'pt',
  'nl',
  'ru',
]);
// A cache of loaded parsers, not state: a parser is the same whoever loads it first.
const chronoParsers = new Map<string, ChronoModule>();

/** chrono-node's parser for one locale, loaded on first use (see chrono-locale.ts). */
function chronoParser(name: string): ChronoModule | undefined {
  if (!CHRONO_LOCALES.has(name)) return undefined;
  let parser = chronoParsers.get(name);
  if (!parser) {
    const module = chronoLocaleModule(name) as ChronoModule;
    parser = name === 'en' ? linearEnglish(module as unknown as typeof chrono.en) : module;
    chronoParsers.set(name, parser);
  }
  return parser;
}

/**
 * A deferred reading's value against no reference date, computed from the reading in its context
 * when it was made (the same value a second parse of its own text gives: see settleChrono). A
 * non-enumerable symbol: it stays out of JSON and of the copies sent to worker threads, which parse
 * again instead.
 */
const NO_REFERENCE_VALUE = Symbol('corpus.entities.noReferenceValue');

/** A fixed instant when no reference is given keeps the output deterministic; results that depend on it are dropped. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Runs of separators or digits longer than this are cut to this length before chrono reads the text. */
const RUN_KEPT = 32;
const LONG_RUN = new RegExp(
  `[\\s,，、]{${RUN_KEPT + 1},}|[0-9０-９]{${RUN_KEPT + 1},}|[〇零一二两三四五六七八九十百千万]{${RUN_KEPT + 1},}`,
  'gu',
);

/**
 * The text with every long run of white space and commas, of digits or of Han numerals cut to
 * RUN_KEPT characters, and a map back to the text's offsets. chrono's ja and zh time patterns start
 * with `[\s,，、]*` and `[0-9]+`: tried at each character of a run, they read to its end, time
 * quadratic in the run (200k spaces: 16 s; 80k digits: 23 s). No date spans 32 spaces or holds a
 * 32-digit number, and the words around a run stay next to each other for chrono's refiners.
 */
function cutRuns(text: string): { text: string; toText: (i: number) => number } {
  const cuts: { at: number; shift: number }[] = [];
  let out = '';
  let last = 0;
  let shift = 0;
  for (const m of text.matchAll(LONG_RUN)) {
    out += text.slice(last, m.index + RUN_KEPT);
    last = m.index + m[0].length;
    shift += m[0].length - RUN_KEPT;
    cuts.push({ at: out.length, shift });
  }
  if (cuts.length === 0) return { text, toText: (i) => i };
  out += text.slice(last);
  const toText = (i: number) => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cuts[mid] as { at: number }).at <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + (lo > 0 ? (cuts[lo - 1] as { shift: number }).shift : 0);
  };
  return { text: out, toText };
}

function parse(text: string, locale: EntityLocale, ref: Reference | undefined): chrono.ParsedResult[] {
  const parser = locale.chrono ? chronoParser(locale.chrono) : undefined;
  if (!parser) return [];
  const cut = cutRuns(text);
  let results: chrono.ParsedResult[];
  try {
    // Read in UTC, as the reference is: chrono would otherwise take the process's time zone.
    results = parser.parse(cut.text, { instant: ref?.date ?? NO_REFERENCE, timezone: 0 });
  } catch {
    return [];
  }
  if (cut.text === text) return results;
  // Back to the text's offsets; a reading across a cut run is no date.
  return results.filter((r) => {
    const start = cut.toText(r.index);
    if (r.text.length > 0 && cut.toText(r.index + r.text.length - 1) + 1 - start !== r.text.length)
      return false;
    (r as { index: number }).index = start;
    return true;
  });
}

/** Bare digits and one or two Latin letters are never a date on their own. */
function worthReading(r: chrono.ParsedResult): boolean {
  const trimmed = r.text.trim();
  if (trimmed.length < 2 || (trimmed.length < 3 && /^[\p{Script=Latin}\d]+$/u.test(trimmed))) return false;
  return !/^\d+$/.test(trimmed);
}

/** The date a chrono result states, read against `ref`; undefined when it states none that we keep. */
function chronoValue(
  r: chrono.ParsedResult,
  locale: EntityLocale,
  ref: Reference | undefined,
): DateValue | undefined {
  const trimmed = r.text.trim();
  const s = r.start;
  const known = (k: chrono.Component) => s.isCertain(k);
  // Vague or clock-only expressions ("jetzt", "qualche mese prima") carry no date of their own.
  if (!known('day') && !known('month') && !known('year') && !known('weekday')) return undefined;
  if (!known('month') && !known('year') && !ref) return undefined;
  // Relative phrases ("qualche mese prima", "last week") are only kept at day precision.
  const explicit =
    /\d/.test(trimmed) || Object.keys(locale.months).some((mn) => trimmed.toLowerCase().includes(mn));
  if (!explicit && ((!known('day') && !known('weekday')) || known('hour') || ref?.precision !== 'day'))
    return undefined;
  if (known('hour') && !known('day') && !known('weekday') && !/\p{L}{3}/u.test(trimmed)) return undefined;
  let value: DateValue | undefined;
  if (known('month') || known('year')) {
    value = makeDate(
      {
        year: known('year') ? (s.get('year') ?? undefined) : undefined,
        month: known('month') ? (s.get('month') ?? undefined) : undefined,
        day: known('day') ? (s.get('day') ?? undefined) : undefined,
        hour: known('hour') && known('day') ? (s.get('hour') ?? undefined) : undefined,
        minute: known('minute') && known('day') ? (s.get('minute') ?? undefined) : undefined,
        offset: known('timezoneOffset') ? (s.get('timezoneOffset') ?? undefined) : undefined,
      },
      ref,
    );
  } else if (ref) {
    // Relative to the reference date: the whole date comes from context.
    value = makeDate(
      {
        year: s.get('year') ?? undefined,
        month: s.get('month') ?? undefined,
        day: s.get('day') ?? undefined,
      },
      ref,
    );
    if (value) value.yearInferred = true;
  }
  if (!value) return undefined;
  // "ieri", "昨日", "yesterday": the whole date came from the reference.
  if (!/\d{4}|[〇零一二三四五六七八九]{4}年/u.test(trimmed) && !value.iso.startsWith('-'))
    value.yearInferred = true;
  return value;
}

/** The span of a chrono result without the articles and prepositions chrono includes ("am Freitag", "il 6 gennaio"). */
function chronoSpan(
  text: string,
  r: chrono.ParsedResult,
  stop: ReadonlySet<string>,
): { start: number; end: number } {
  let start = r.index + (r.text.length - r.text.trimStart().length);
  let surface = r.text.trim();
  for (
    let w = /^(\p{L}+)\s+/u.exec(surface);
    w && stop.has((w[1] ?? '').toLowerCase());
    w = /^(\p{L}+)\s+/u.exec(surface)
  ) {
    start += w[0].length;
    surface = surface.slice(w[0].length);
  }
  return { start, end: dateEnd(text, start, start + surface.length) };
}

function chronoCandidate(span: { start: number; end: number }, value: DateValue | undefined): Candidate {
  const c: Candidate = {
    type: 'DATE',
    ...span,
    key: value ? `date:${value.iso}` : '',
    confidence: 0.8,
    recognizer: 'chrono',
    priority: 45,
  };
  if (value) c.value = value;
  return c;
}

/**
 * DATE candidates read by chrono-node. `deferred`: no reference is known yet, so every reading is
 * kept with its own text, to be read again against the reference when it comes (`settleChrono`).
 */
export function chronoCandidates(
  text: string,
  locale: EntityLocale,
  ref: Reference | undefined,
  deferred: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  // "next", "last", "this" carry the date's meaning ("next Monday"): they stay in the span.
  const keep = new Set(
    [...(locale.lastWords ?? []), ...(locale.nextWords ?? []), ...(locale.thisWords ?? [])].map((w) =>
      w.toLowerCase(),
    ),
  );
  const stop = new Set(locale.stopwords.map((w) => w.toLowerCase()).filter((w) => !keep.has(w)));
  for (const r of parse(text, locale, ref)) {
    if (!worthReading(r)) continue;
    if (deferred) {
      const c = chronoCandidate(chronoSpan(text, r, stop), undefined);
      const pending: Extract<PendingDate, { kind: 'chrono' }> = {
        kind: 'chrono',
        lang: locale.lang,
        index: r.index,
        text: r.text,
      };
      // Resolving against no reference date (what analyze does first) is this very reading: keep its
      // value beside the JSON, so settleChrono need not parse the text a second time.
      Object.defineProperty(pending, NO_REFERENCE_VALUE, {
        value: chronoValue(r, locale, undefined) ?? null,
      });
      c.pending = pending;
      out.push(c);
      continue;
    }
    const value = chronoValue(r, locale, ref);
    if (value) out.push(chronoCandidate(chronoSpan(text, r, stop), value));
  }
  return out;
}

/**
 * A deferred chrono reading, read again against `ref`: chrono parses the reading's own text, which
 * gives the same components it gave in context, now relative to the reference.
 */
export function settleChrono(
  c: Candidate,
  p: Extract<PendingDate, { kind: 'chrono' }>,
  ref: Reference | undefined,
): Candidate | undefined {
  const read = rereadChrono(p, ref);
  if (!read) return undefined;
  const { pending: _, ...rest } = c;
  const value = { ...read };
  return { ...rest, value, key: `date:${value.iso}` };
}

/**
 * Readings by language, text and reference: a text names the same dates again and again ("5 January
 * 2026" in every paragraph of a timeline, 5 000 times in 80 kB of them), and each re-reading runs
 * chrono's every parser and refiner on it.
 */
const rereadings = new Map<string, DateValue | undefined>();

function rereadChrono(
  p: Extract<PendingDate, { kind: 'chrono' }>,
  ref: Reference | undefined,
): DateValue | undefined {
  // Against no reference, the reading made in context already holds the value (see NO_REFERENCE_VALUE).
  const known = (p as { [NO_REFERENCE_VALUE]?: DateValue | null })[NO_REFERENCE_VALUE];
  if (!ref && known !== undefined) return known ?? undefined;
  const key = `${p.lang}\n${ref ? `${ref.date.getTime()} ${ref.precision}` : ''}\n${p.text}`;
  if (rereadings.has(key)) return rereadings.get(key);
  const locale = localeFor(p.lang);
  const r = parse(p.text, locale, ref).find((x) => x.index === 0 && x.text === p.text);
  const value = r ? chronoValue(r, locale, ref) : undefined;
  if (rereadings.size > 10_000) rereadings.clear();
  rereadings.set(key, value);
  return value;
}
