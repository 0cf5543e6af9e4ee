import { sentences as sentenceSpans } from '@corpus/segment';
import { type Candidate, toMention } from './core/candidate';
import type { Reference } from './core/dates';
import { gazetteerFor } from './core/gazetteer';
import { foldWidth } from './core/text';
import { deferMentions } from './defer';
import { EntitiesError } from './errors';
import { en } from './locales/en/index';
import { fallbackLocale, findLocale } from './locales/index';
import { RECOGNISERS, type RecogniseContext } from './recognisers/index';
import { parseReference } from './reference';
import { REFINERS } from './refiners/index';
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
  'ORDINAL',
  'NUMBER_RANGE',
  'AGE',
  'TEMPERATURE',
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

/** The sentences only: the words segment() would also cut are never read here. */
function sentencesOf(text: string, lang: string): Span[] {
  try {
    return sentenceSpans(text, { lang });
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
  const reference = parseReference(options.referenceDate);
  const deferred = deferOption(options);
  const wanted = wantedTypes(options.types);
  if (input.text.length === 0) return [];
  const context = contextOf(input, reference, deferred, wanted);
  const active = RECOGNISERS.filter((r) => wanted === undefined || r.types.some((t) => wanted.has(t)));
  let candidates: Candidate[] = [];
  // A loop, not push(...list): a spread of 10^5 arguments overflows the stack.
  for (const recogniser of active) for (const c of recogniser.recognise(context)) candidates.push(c);
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, context);
  if (deferred) return deferMentions(context.original, candidates, wanted);
  return candidates.map((c) => toMention(context.original, c));
}

/** Everything the recognisers read about one text; the sentences and gazetteer only when first asked for. */
function contextOf(
  input: ExtractInput,
  reference: Reference | undefined,
  deferred: boolean,
  wanted: ReadonlySet<MentionType> | undefined,
): RecogniseContext {
  const original = input.text;
  const locale = findLocale(input.lang);
  const primary = locale ?? fallbackLocale(input.lang);
  const locales = primary === en ? [en] : [primary, en];
  let sentences = input.sentences;
  let gazetteer: Map<string, string> | undefined;
  return {
    original,
    text: foldWidth(original),
    lang: input.lang,
    locale,
    primary,
    locales,
    english: en,
    reference,
    deferred,
    wanted,
    sentences: () => {
      sentences ??= sentencesOf(original, input.lang);
      return sentences;
    },
    gazetteer: () => {
      gazetteer ??= gazetteerFor(locales, primary.lang);
      return gazetteer;
    },
  };
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
