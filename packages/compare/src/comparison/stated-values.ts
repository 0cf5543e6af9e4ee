// Values two or more articles of a story state alike, whatever they measure: "340 000 donateurs" and
// "340,000 donors", "861 年历史" and "861년 역사", "the Greens — 85" and "les Verts (85)". No concept word
// ties them to what they measure, so they are only ever agreements (two different figures without a
// concept are not known to be about one thing), with a lower confidence than a concept's.
import type { Mention, MentionValue } from '@corpus/entities';
import { round2, support } from '../facts/confidence';
import { isTimeOrDatePart } from '../facts/extract';
import { compareValues, formatValue, valueClassOf } from '../facts/values';
import type { AnalyzedDocument, Evidence, FactGroup, Span } from '../types';
import { groupReasons } from './confidence';

/** How much a bare shared value says about two articles making one claim, against a concept's 1. */
export const STATED_ALIGNMENT = 0.5;
/** The extraction certainty of a value read without a concept. */
const STATED_CERTAINTY = 0.6;

/**
 * The key under which a value is compared, or none for values in every story: years, small counts.
 * A day whose year was inferred goes by its month and day, so that it meets the same day stated with
 * its year.
 */
function statedKey(m: Mention, text: string): string | undefined {
  const v = m.value;
  if (!v || v.kind === 'text' || v.kind === 'range') return undefined;
  const cls = valueClassOf(m);
  if (!cls || cls === 'platform' || cls === 'place' || cls === 'org' || cls === 'role') return undefined;
  if (v.kind === 'date') {
    if (v.granularity === 'year') return undefined;
    if (v.granularity === 'day') return `day:${v.iso.slice(-5)}`;
    if (v.granularity === 'month')
      return v.yearInferred || v.iso.startsWith('--') ? undefined : `month:${v.iso}`;
    return undefined;
  }
  if (v.kind === 'duration') return `duration:${v.iso}:${v.qualifier}`;
  if (m.type === 'ORDINAL' || m.type === 'AGE') return undefined;
  const amount = v.amount;
  if (!v.unit) {
    if (Math.abs(amount) < 10 || (Number.isInteger(amount) && amount >= 1900 && amount <= 2100))
      return undefined;
    if (isTimeOrDatePart(text, m.span)) return undefined;
  }
  return `quantity:${amount}:${v.unit ?? ''}`;
}

/** The sentence holding offset `at` (sentences sorted, not overlapping). */
export function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= at ? s : undefined;
}

interface Stated {
  value: MentionValue;
  sources: string[];
  evidence: Evidence[];
}

const ALIKE = new Set(['same', 'compatible', 'precision']);

/** The mention spans the groups quote, by document. */
function quotedSpans(groups: readonly FactGroup[]): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  for (const g of groups) {
    for (const v of g.values) {
      for (const e of v.evidence) {
        if (!e.mentions?.length) continue;
        const list = spans.get(e.source) ?? [];
        spans.set(e.source, list);
        list.push(...e.mentions);
      }
    }
  }
  return spans;
}

/** Whether a group quotes, in this evidence's document, a value whose mention holds this one. */
function quoted(spans: ReadonlyMap<string, readonly Span[]>, evidence: Evidence): boolean {
  const at = evidence.mentions?.[0];
  return !!at && !!spans.get(evidence.source)?.some((m) => m.start <= at.start && m.end >= at.end);
}

/**
 * Whether a concept's group already reports this value (or forms of it) with all these sources, or
 * quotes each of its mentions: "3 millions" that a group reads as "3 millions de francs suisses".
 */
function reported(
  groups: readonly FactGroup[],
  spans: ReadonlyMap<string, readonly Span[]>,
  stated: Stated,
): boolean {
  if (stated.evidence.every((e) => quoted(spans, e))) return true;
  return groups.some((g) => {
    const alike = g.values.filter(
      (v) => typeof v.value !== 'string' && ALIKE.has(compareValues(v.value, stated.value)),
    );
    return stated.sources.every((s) => alike.some((v) => v.sources.includes(s)));
  });
}

/**
 * Agreements on values that two or more of the documents state alike and no concept group already
 * reports with the same sources: predicate `stated`, about the story.
 */
export function statedValueAgreements(
  docs: readonly AnalyzedDocument[],
  groups: readonly FactGroup[],
  names: Readonly<Record<string, string>>,
): FactGroup[] {
  const byKey = new Map<string, Stated>();
  for (const doc of docs) {
    const source = doc.document.source.name;
    const { text } = doc.document;
    for (const m of doc.mentions) {
      const key = statedKey(m, text);
      const sentence = key && sentenceAt(doc.segmentation.sentences, m.span.start);
      if (!key || !sentence) continue;
      const stated = byKey.get(key) ?? { value: m.value!, sources: [], evidence: [] };
      byKey.set(key, stated);
      // A day stated with its year is shown rather than one whose year was inferred.
      const v = m.value!;
      if (v.kind === 'date' && !v.yearInferred && !v.iso.startsWith('--')) {
        const kept = stated.value;
        if (kept.kind === 'date' && (kept.yearInferred || kept.iso.startsWith('--'))) stated.value = v;
      }
      if (stated.sources.includes(source)) continue;
      stated.sources.push(source);
      stated.evidence.push({
        source,
        span: { start: sentence.start, end: sentence.end },
        sentence: text.slice(sentence.start, sentence.end),
        mentions: [{ start: m.span.start, end: m.span.end }],
      });
    }
  }
  const out: FactGroup[] = [];
  const spans = quotedSpans(groups);
  for (const stated of byKey.values()) {
    if (stated.sources.length < 2 || reported(groups, spans, stated)) continue;
    const certainty = support(stated.sources.map(() => STATED_CERTAINTY));
    out.push({
      predicate: 'stated',
      subject: { key: 'story', canonical: 'the story' },
      values: [
        {
          value: stated.value,
          display: formatValue(stated.value, names),
          sources: stated.sources,
          evidence: stated.evidence,
        },
      ],
      confidence: round2(certainty * STATED_ALIGNMENT),
      reasons: groupReasons(
        undefined,
        'stated',
        [{ certainty: new Map(stated.sources.map((s) => [s, STATED_CERTAINTY])), explicit: true }],
        'stated',
      ),
    });
  }
  return out;
}

/** Whether an agreement's value is already reported, as a stated value or by a concept, with its sources. */
export function alreadyReported(groups: readonly FactGroup[], agreement: FactGroup): boolean {
  const v = agreement.values[0];
  if (!v || typeof v.value === 'string') return false;
  return reported(groups, quotedSpans(groups), { value: v.value, sources: v.sources, evidence: v.evidence });
}
