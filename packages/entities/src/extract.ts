import { segment } from '@corpus/segment';
import { type Candidate, resolveOverlaps, toMention } from './core/candidate';
import { dateCandidates } from './core/dates';
import { gazetteerFor } from './core/gazetteer';
import { cjkNameCandidates, nameCandidates } from './core/names';
import { patternCandidates } from './core/patterns';
import { quantityCandidates } from './core/quantities';
import { roleAndPlatformCandidates } from './core/roles';
import { foldWidth } from './core/text';
import { attachDays, clockCandidates } from './core/times';
import { deferMentions } from './defer';
import { EntitiesError } from './errors';
import { en } from './locales/en/index';
import { fallbackLocale, findLocale } from './locales/index';
import { parseReference } from './reference';
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
  const deferred = deferOption(options);
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
        ...dateCandidates(text, primary, ref, false, deferred),
        ...(primary === en
          ? []
          : dateCandidates(text, { ...en, chrono: undefined }, ref, true, deferred).filter(
              (c) => c.recognizer !== 'rules:year',
            )),
      ]
    : [];
  const candidates: Candidate[] = [
    ...(any('URL', 'EMAIL', 'HANDLE', 'HASHTAG') ? patternCandidates(text) : []),
    ...dates,
    ...(wantDates ? attachDays(clockCandidates(text, locales), dates, sentences, ref, deferred) : []),
    ...(any('DURATION', 'MONEY', 'PERCENT', 'NUMBER') ? quantityCandidates(text, locales, primary.lang) : []),
    ...(any('ROLE', 'PLATFORM') ? roleAndPlatformCandidates(text, locales) : []),
  ];
  if (names) {
    const nameCtx = { text, locale, english: en, gazetteer: gazetteerFor(locales, primary.lang), sentences };
    // A loop, not push(...list): a spread of 10^5 arguments overflows the stack.
    for (const c of nameCandidates(nameCtx)) candidates.push(c);
    for (const c of cjkNameCandidates(nameCtx)) candidates.push(c);
  }
  if (deferred) return deferMentions(original, candidates, wanted);
  const kept = resolveOverlaps(candidates);
  return (wanted === undefined ? kept : kept.filter((c) => wanted.has(c.type))).map((c) =>
    toMention(original, c),
  );
}

function deferOption(options: ExtractOptions): boolean {
  const { deferDates } = options;
  if (deferDates !== undefined && typeof deferDates !== 'boolean') {
    throw new EntitiesError(
      'E_INVALID_OPTIONS',
      `options.deferDates must be true or false, not ${JSON.stringify(deferDates)}.`,
    );
  }
  if (deferDates && options.referenceDate !== undefined) {
    throw new EntitiesError(
      'E_INVALID_OPTIONS',
      'options.deferDates keeps dates for a reference date given later (resolveDates); pass it or referenceDate, not both.',
    );
  }
  return deferDates === true;
}
