import { segment } from '@corpus/segment';
import { type Candidate, resolveOverlaps, toMention } from './core/candidate';
import { dateCandidates, type Reference } from './core/dates';
import { gazetteerFor } from './core/gazetteer';
import { cjkNameCandidates, nameCandidates } from './core/names';
import { patternCandidates } from './core/patterns';
import { quantityCandidates } from './core/quantities';
import { roleAndPlatformCandidates } from './core/roles';
import { foldWidth } from './core/text';
import { attachDays, clockCandidates } from './core/times';
import { EntitiesError } from './errors';
import { en } from './locales/en/index';
import { findLocale } from './locales/index';
import type { EntityLocale } from './locales/types';
import type { ExtractInput, ExtractOptions, Mention, MentionType, Span } from './types';

const ALL_TYPES: ReadonlySet<MentionType> = new Set<MentionType>([
  'PERSON',
  'ORG',
  'PRODUCT',
  'PLACE',
  'NAME',
  'DATE',
  'DURATION',
  'NUMBER',
  'MONEY',
  'PERCENT',
  'URL',
  'HANDLE',
  'EMAIL',
  'HASHTAG',
  'ROLE',
  'PLATFORM',
]);

/** The types asked for, validated; undefined for all of them. */
function wantedTypes(types: unknown): ReadonlySet<MentionType> | undefined {
  if (types === undefined) return undefined;
  if (!Array.isArray(types) || types.some((t) => !ALL_TYPES.has(t as MentionType))) {
    throw new EntitiesError(
      'E_INVALID_OPTIONS',
      `options.types must be an array of mention types (${[...ALL_TYPES].join(', ')}), not ${JSON.stringify(types)}.`,
    );
  }
  return new Set(types as MentionType[]);
}

const CHRONO_LOCALES = new Set(['en', 'it', 'de', 'ja', 'zh', 'fr', 'es', 'pt', 'nl', 'ru']);

/** Languages without a folder still get chrono's dates (where chrono has them) and Latin names. */
function fallbackLocale(lang: string): EntityLocale {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? 'und';
  return {
    lang: primary,
    chrono: CHRONO_LOCALES.has(primary) ? (primary as EntityLocale['chrono']) : undefined,
    months: {},
    numberWords: {},
    durationUnits: {},
    qualifiers: {},
    stopwords: [],
    personTitles: [],
    orgSuffixes: [],
    roles: [],
    platforms: [],
    scaleWords: {},
    currencies: {},
    percentWords: [],
    gazetteer: {},
  };
}

/** Parses `referenceDate` (ISO year, month, day or time, or a Date) to a UTC instant. */
export function parseReference(ref: string | Date | undefined): Reference | undefined {
  if (ref === undefined) return undefined;
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) {
      throw new EntitiesError(
        'E_INVALID_REFERENCE_DATE',
        'referenceDate is an invalid Date; pass a valid Date or an ISO string such as "2026-01-05".',
      );
    }
    return { date: ref, precision: 'day' };
  }
  if (typeof ref === 'string') {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ref.trim());
    if (m) {
      const y = Number(m[1]);
      const mo = m[2] ? Number(m[2]) : 7;
      const d = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
      const precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return { date: new Date(Date.UTC(y, mo - 1, d)), precision };
    } else if (/^\d{4}-\d{2}-\d{2}T/.test(ref.trim())) {
      const t = Date.parse(ref.trim());
      if (!Number.isNaN(t)) return { date: new Date(t), precision: 'day' };
    }
  }
  throw new EntitiesError(
    'E_INVALID_REFERENCE_DATE',
    `referenceDate must be an ISO date ("2026", "2026-01", "2026-01-05", "2026-01-05T10:00Z") or a Date, not ${JSON.stringify(ref)}.`,
  );
}

function sentencesOf(text: string, lang: string): Span[] {
  try {
    return segment(text, { lang }).sentences;
  } catch {
    return [{ start: 0, end: text.length }];
  }
}

/**
 * Typed, normalised mentions in one text: dates, durations, quantities, names, roles, platforms,
 * URLs, handles, e-mails and hashtags. Sorted by span start, then end. Deterministic.
 */
export function extractMentions(input: ExtractInput, options: ExtractOptions = {}): Mention[] {
  if (typeof input !== 'object' || input === null || typeof input.text !== 'string') {
    throw new EntitiesError(
      'E_INVALID_INPUT',
      'extractMentions expects { text: string, lang: string }; pass the document text and its BCP 47 language tag.',
    );
  }
  if (typeof input.lang !== 'string' || input.lang.length === 0) {
    throw new EntitiesError(
      'E_INVALID_INPUT',
      'extractMentions needs input.lang, a BCP 47 tag such as "it" or "zh-Hans" ("und" if unknown).',
    );
  }
  const ref = parseReference(options.referenceDate);
  const wanted = wantedTypes(options.types);
  const any = (...types: MentionType[]) => wanted === undefined || types.some((t) => wanted.has(t));
  const original = input.text;
  if (original.length === 0) return [];
  const text = foldWidth(original);
  const locale = findLocale(input.lang);
  const primary = locale ?? fallbackLocale(input.lang);
  const locales = primary === en ? [en] : [primary, en];
  const names = any('PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME');
  const wantDates = any('DATE');
  const sentences: Span[] = input.sentences ?? (names || wantDates ? sentencesOf(original, input.lang) : []);
  // Every recogniser proposes; overlaps are settled once, by priority then length. English date
  // rules run on every text because news in any language quotes English posts ("January 5, 2026").
  const dates = wantDates
    ? [
        ...dateCandidates(text, primary, ref),
        ...(primary === en
          ? []
          : dateCandidates(text, { ...en, chrono: undefined }, ref, true).filter(
              (c) => c.recognizer !== 'rules:year',
            )),
      ]
    : [];
  const candidates: Candidate[] = [
    ...(any('URL', 'EMAIL', 'HANDLE', 'HASHTAG') ? patternCandidates(text) : []),
    ...dates,
    ...(wantDates ? attachDays(clockCandidates(text, locales), dates, sentences, ref) : []),
    ...(any('DURATION', 'MONEY', 'PERCENT', 'NUMBER') ? quantityCandidates(text, locales, primary.lang) : []),
    ...(any('ROLE', 'PLATFORM') ? roleAndPlatformCandidates(text, locales) : []),
  ];
  if (names) {
    const nameCtx = { text, locale, english: en, gazetteer: gazetteerFor(locales, primary.lang), sentences };
    // A loop, not push(...list): a spread of 10^5 arguments overflows the stack.
    for (const c of nameCandidates(nameCtx)) candidates.push(c);
    for (const c of cjkNameCandidates(nameCtx)) candidates.push(c);
  }
  const kept = resolveOverlaps(candidates);
  return (wanted === undefined ? kept : kept.filter((c) => wanted.has(c.type))).map((c) =>
    toMention(original, c),
  );
}
