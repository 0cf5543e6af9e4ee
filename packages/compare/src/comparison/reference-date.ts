import { parseReferenceDate } from '@corpus/core';
import { type Mention, resolveDates } from '@corpus/entities';
import { documentFacts } from '../facts/document-facts';
import { factLocaleFor } from '../locales/index';
import type { FactLocale } from '../locales/types';
import type { AnalyzedDocument } from '../types';

/**
 * The first day a stated date is sure to have reached, by @corpus/core's one date parser: the day of
 * a day or a date-time (as written), the 1st of a month (not the 15th core reads a month option as:
 * the story is known to have reached the month, not its middle); nothing for a year alone.
 */
function knownDay(iso: string | undefined): string | undefined {
  const date = iso === undefined ? undefined : parseReferenceDate(iso);
  if (!date || date.precision === 'year') return undefined;
  return date.precision === 'month' ? `${date.iso.slice(0, 7)}-01` : date.iso;
}

/**
 * The story's reference date, for dates written without a year ("6 gennaio", "1月7日"): the latest
 * publication date, dated social post, or date stated with its year at month or day precision across
 * the documents. Returns `YYYY-MM-DD`, or undefined when no document states such a date.
 */
export function corpusReferenceDate(docs: readonly AnalyzedDocument[]): string | undefined {
  let latest: string | undefined;
  const consider = (iso: string | undefined) => {
    const day = knownDay(iso);
    if (day && (!latest || day > latest)) latest = day;
  };
  for (const doc of docs) {
    consider(doc.document.published);
    for (const block of doc.document.blocks) consider(block.post?.date);
    for (const m of doc.mentions) {
      if (m.type !== 'DATE' || m.value?.kind !== 'date' || m.value.yearInferred) continue;
      if (m.value.granularity === 'year') continue;
      consider(m.value.iso);
    }
  }
  return latest;
}

/**
 * The document's mentions as extraction left them before dating: every mention outside a pending
 * stretch, and each pending stretch in place of the mentions resolved from it (both lists are sorted by
 * position, and a stretch holds every mention that overlaps it, so one sweep separates them).
 */
function deferredMentions(mentions: readonly Mention[], pending: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let p = 0;
  for (const m of mentions) {
    while (p < pending.length && pending[p]!.span.end <= m.span.start) out.push(pending[p++]!);
    const stretch = pending[p];
    if (stretch && stretch.span.start <= m.span.start && m.span.end <= stretch.span.end) continue;
    out.push(m);
  }
  while (p < pending.length) out.push(pending[p++]!);
  return out;
}

/** The document dated anew: its pending dates resolved against `referenceDate`, and its facts found again. */
function redated(
  a: AnalyzedDocument,
  referenceDate: string,
  locales: Readonly<Record<string, FactLocale>> | undefined,
): AnalyzedDocument {
  const pending = a.pendingDates ?? [];
  const mentions = resolveDates(deferredMentions(a.mentions, pending), referenceDate);
  const lang = a.document.lang && a.document.lang !== 'und' ? a.document.lang : 'und';
  const facts = documentFacts(a.document, a.segmentation, mentions, factLocaleFor(lang, locales));
  const out: AnalyzedDocument = {
    document: a.document,
    segmentation: a.segmentation,
    mentions,
    facts,
    referenceDate,
  };
  if (pending.length > 0) out.pendingDates = [...pending];
  return out;
}

/**
 * Each document with its dates resolved against the reference date that suits it best: the one given,
 * else the document's own publication date (it says best what year its "6 January" is), else the
 * story's (`corpusReferenceDate`). Only the dating is redone (mentions are not recognised again and
 * nothing is segmented again): @corpus/entities kept the dates that depend on it pending.
 */
export function withReferenceDates(
  analyzed: readonly AnalyzedDocument[],
  given: string | undefined,
  locales: Readonly<Record<string, FactLocale>> | undefined,
): { docs: AnalyzedDocument[]; referenceDate?: string } {
  const referenceDate = given ?? corpusReferenceDate(analyzed);
  if (!referenceDate) return { docs: [...analyzed] };
  const docs = analyzed.map((a) => {
    if (a.referenceDate !== undefined && given === undefined) return a;
    const published = given === undefined ? parseReferenceDate(a.document.published) : undefined;
    const own = published?.precision === 'day' ? published.iso : referenceDate;
    if (a.referenceDate === own) return a;
    // Redated only when a date lacks its year, as before the dates could wait: dating a document whose
    // only pending words are relative ("today") would add mentions the seed report does not have.
    const yearless = a.mentions.some(
      (m) => m.value?.kind === 'date' && (m.value.yearInferred === true || m.value.iso.startsWith('--')),
    );
    if (!yearless) return { ...a, referenceDate: own };
    return redated(a, own, locales);
  });
  return { docs, referenceDate };
}
