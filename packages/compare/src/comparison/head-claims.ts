// Claims that no concept takes keep their head word: the noun a count counts ("1,200 firefighters",
// "40 ambulances", "1200名消防士", "소방관 1,200명"). Two articles giving one head different counts
// contradict each other, with a lower confidence than a concept's; the same count is an agreement. A
// head aligns across languages only through the concept inventory (a head that is a concept word);
// otherwise only within one language. Grouped by the same steps as concept claims (groupFacts), so
// qualifiers, scopes and subjects keep their meaning: "at least 1,000" meets "1,200", an aftershock's
// figure meets only an aftershock's, another subject's count is another claim. A count inside a larger
// phrase ("2 of the 40 trucks") has no head.
import type { Mention } from '@corpus/entities';
import { round2 } from '../facts/confidence';
import type { FactPredicate } from '../facts/predicates';
import { qualifiersOf, subEventOf } from '../facts/qualifiers';
import { roundingTolerance } from '../facts/values';
import { factLocaleFor } from '../locales/index';
import type { FactLocale } from '../locales/types';
import type { AnalyzedDocument, Fact, FactGroup, Span } from '../types';
import { type GroupContext, groupFacts } from './group';
import { cjkHead, headKey, koreanHead, spacedHead, wordsOf } from './head-words';
import { sentenceAt } from './stated-values';

/** How much a shared head word says about two counts being one claim, against a concept's 1. */
export const HEAD_ALIGNMENT = 0.5;
/** The extraction certainty of a count read by its head word. */
const HEAD_CERTAINTY = 0.6;

const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);
/** A count without a unit, large enough not to be in every story (as stated values). */
function isCount(m: Mention): boolean {
  if (m.type !== 'NUMBER' || m.value?.kind !== 'quantity') return false;
  const { amount, unit } = m.value;
  if (unit && unit !== 'person') return false;
  return Math.abs(amount) >= 10 && !(Number.isInteger(amount) && amount >= 1900 && amount <= 2100);
}

/** The name the value's clause gives before it ("the city of Lyon sent 40 ambulances"), if any. */
function clauseSubject(doc: AnalyzedDocument, sentence: Span, m: Mention): Mention | undefined {
  const { text } = doc.document;
  const before = text.slice(sentence.start, m.span.start);
  const clauseStart = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  let subject: Mention | undefined;
  for (const n of doc.mentions) {
    if (NAMED.has(n.type) && n.span.start >= clauseStart && n.span.end <= m.span.start) subject = n;
  }
  return subject;
}

/** A count's claim as a fact of predicate `stated`, with its head word and the head's key. */
interface HeadClaim {
  fact: Fact;
  head: string;
  key: string;
}

/** The head claims of one document: its counts that no concept claimed and that have a head word. */
function headClaims(
  doc: AnalyzedDocument,
  locales: Readonly<Record<string, FactLocale>> | undefined,
): HeadClaim[] {
  const locale = factLocaleFor(doc.document.lang, locales);
  if (!locale) return [];
  const words = wordsOf(locale);
  const { text } = doc.document;
  const source = doc.document.source.name;
  const claimed = new Set(doc.facts.flatMap((f) => (f.valueSpan ? [f.valueSpan.start] : [])));
  const out: HeadClaim[] = [];
  for (const m of doc.mentions) {
    if (!isCount(m) || claimed.has(m.span.start)) continue;
    const sentence = sentenceAt(doc.segmentation.sentences, m.span.start);
    if (!sentence) continue;
    const head = locale.wordBoundaries
      ? spacedHead(text, m, words)
      : locale.lang === 'ko'
        ? koreanHead(text, m, words)
        : cjkHead(text, m, words);
    if (!head) continue;
    const { key, display } = headKey(head, locale, words);
    const named = clauseSubject(doc, sentence, m);
    const fact: Fact = {
      source,
      subject: named ? { key: named.key, canonical: named.text } : { key: 'story', canonical: 'the story' },
      predicate: 'stated' as FactPredicate,
      value: m.value!,
      display: m.text,
      valueSpan: m.span,
      tolerance: roundingTolerance(m.text, (m.value as { amount: number }).amount),
      confidence: HEAD_CERTAINTY,
      evidence: { source, span: sentence, sentence: text.slice(sentence.start, sentence.end) },
    };
    const qualifiers = qualifiersOf(text, sentence, m, locale);
    if (qualifiers.length > 0) fact.qualifiers = qualifiers;
    const scope = subEventOf(text, sentence, m, locale);
    if (scope) fact.scope = scope;
    if (!named) fact.implicitSubject = true;
    out.push({ fact, head: display, key });
  }
  return withoutLists(out);
}

/**
 * Claims less those whose sentence counts the same head twice ("the army lent 30 bulldozers, and the
 * Red Cross 60 bulldozers"): such counts are parts of a list, each about something the head word
 * alone does not say, not the story's figure.
 */
function withoutLists(claims: readonly HeadClaim[]): HeadClaim[] {
  const perSentence = new Map<string, number>();
  const at = (c: HeadClaim) => `${c.fact.evidence.span.start}\u0000${c.key}`;
  for (const c of claims) perSentence.set(at(c), (perSentence.get(at(c)) ?? 0) + 1);
  return claims.filter((c) => perSentence.get(at(c)) === 1);
}

/**
 * Agreements and conflicts between counts known by their head word: grouped as concept claims are
 * (one claim per head, subject, scope and forecast), at HEAD_ALIGNMENT of a concept's confidence. A
 * document disagreeing with itself on a head is not reported (two counts of one noun in one article are
 * as often two things as one).
 */
export function headClaimGroups(
  docs: readonly AnalyzedDocument[],
  locales: Readonly<Record<string, FactLocale>> | undefined,
  ctx: GroupContext,
): { agreements: FactGroup[]; conflicts: FactGroup[] } {
  // The head's key joins the subject's, so that one claim is one head of one subject.
  const claims = new Map<string, { subject: Fact['subject']; head: string }>();
  const facts = docs.flatMap((d) =>
    headClaims(d, locales).map(({ fact, head, key }) => {
      const joined = `${fact.subject.key}\u0000${key}`;
      if (!claims.has(joined)) claims.set(joined, { subject: fact.subject, head });
      return { ...fact, subject: { ...fact.subject, key: joined } };
    }),
  );
  const grouped = groupFacts(facts, ctx);
  const finish = (g: FactGroup): FactGroup => {
    const { subject, head } = claims.get(g.subject.key)!;
    const reasons = (g.reasons ?? []).map((r) =>
      r.startsWith('alignment:')
        ? `alignment: no concept word; the same head word “${head}” (× ${HEAD_ALIGNMENT})`
        : r,
    );
    return {
      ...g,
      subject: { ...subject },
      head,
      confidence: round2(g.confidence * HEAD_ALIGNMENT),
      reasons,
    };
  };
  return {
    agreements: grouped.agreements.map(finish),
    conflicts: grouped.conflicts.filter((g) => g.kind !== 'internal').map(finish),
  };
}
