// Claims that no concept takes keep their head words and take part in alignment.
// - Counts: the noun a count counts ("1,200 firefighters", "40 new ambulances", "1200名消防士", "소방관
//   1,200명"). Two articles giving one head different counts contradict each other, with a lower
//   confidence than a concept's (× HEAD_ALIGNMENT); the same count is an agreement.
// - Every other value (money, percent, a measure with its unit, a duration, a day): the noun it measures
//   ("a 30-metre spire", "the 12% rise") or the verb of what happened ("shares fell 5%", "reopened on 7
//   December"). Such a head says less than a count's noun, so two values meet only when their families
//   match (one currency, one dimension), their magnitudes are close (head-anchors.ts) and their sentences
//   share an anchor (a linked entity, a code, another value); at × VALUE_HEAD_ALIGNMENT.
// A head aligns across languages only through the concept inventory (a head that is a concept word);
// otherwise only within one language. Grouped by the same steps as concept claims (groupFacts), so
// qualifiers, scopes and subjects keep their meaning: "at least 1,000" meets "1,200", an aftershock's
// figure meets only an aftershock's, another subject's count is another claim. A count inside a larger
// phrase ("2 of the 40 trucks") has no head.
import type { Mention } from '@corpus/entities';
import { round2 } from '../facts/confidence';
import type { FactPredicate } from '../facts/predicates';
import { qualifiersOf, subEventOf } from '../facts/qualifiers';
import { unitWordEnd, withUnits } from '../facts/units';
import { roundingTolerance } from '../facts/values';
import { factLocaleFor } from '../locales/index';
import type { FactLocale } from '../locales/types';
import type { AnalyzedDocument, Fact, FactGroup, Span } from '../types';
import { type GroupContext, groupFacts } from './group';
import { closeValues, sentenceAnchors, sharedAnchor, valueFamily } from './head-anchors';
import {
  cjkHead,
  cjkValueHead,
  type HeadWords,
  headKey,
  koreanHead,
  spacedHead,
  spacedValueHead,
  wordsOf,
} from './head-words';
import type { LinkedEntities } from './link';
import { sentenceAt } from './stated-values';

/** How much a shared head word says about two counts being one claim, against a concept's 1. */
export const HEAD_ALIGNMENT = 0.5;
/** How much a shared head and anchor say about two other values being one claim, against a concept's 1. */
export const VALUE_HEAD_ALIGNMENT = 0.4;
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

/** A claim read by its head word: a fact of predicate `stated`, with the head and the head's key. */
interface HeadClaim {
  fact: Fact;
  head: string;
  key: string;
  /**
   * For a value other than a count: its family, and its sentence's anchors (head-anchors.ts), read only
   * for a claim that another document's claim may join.
   */
  family?: string;
  anchors?: () => Map<string, string>;
  /** Reads the claim's qualifiers and scope: only for claims another document's may meet. */
  complete: () => void;
}

/** Mentions by sentence, in one pass over both (both sorted by offset). */
function mentionsBySentence(
  doc: AnalyzedDocument,
  measured: readonly Mention[],
): { sentence: Span; mentions: Mention[] }[] {
  const out: { sentence: Span; mentions: Mention[] }[] = [];
  for (const m of measured) {
    const last = out[out.length - 1];
    if (last && m.span.start >= last.sentence.start && m.span.start < last.sentence.end) {
      last.mentions.push(m);
      continue;
    }
    const sentence = sentenceAt(doc.segmentation.sentences, m.span.start);
    if (sentence) out.push({ sentence, mentions: [m] });
  }
  return out;
}

/** How far back a value's clause is read for its subject: a longer clause names its subject nearer. */
const CLAUSE_REACH = 300;

/**
 * The name the value's clause gives before it ("the city of Lyon sent 40 ambulances"), if any.
 * `at` is the value's index in `mentions` (sorted by start). The clause is read back at most
 * `CLAUSE_REACH` characters, and the mentions from the value backwards, so that a sentence of
 * thousands of values costs a bounded read per value, not the whole sentence each time.
 */
function clauseSubject(text: string, sentence: Span, mentions: readonly Mention[], at: number) {
  const m = mentions[at]!;
  const floor = Math.max(sentence.start, m.span.start - CLAUSE_REACH);
  let clauseStart = floor;
  for (let i = m.span.start - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 59 /* ; */) {
      clauseStart = i + 1;
      break;
    }
  }
  for (let j = at - 1; j >= 0; j--) {
    const n = mentions[j]!;
    if (n.span.start < clauseStart) break;
    if (NAMED.has(n.type) && n.span.end <= m.span.start) return n;
  }
  return undefined;
}

/**
 * Whether a position is inside one of a sentence's mentions: the mentions' starts (sorted) and the
 * greatest end among each prefix of them, searched by halves (a sentence of k mentions asked k times
 * costs k log k, not k²).
 */
function coverage(mentions: readonly Mention[]): (at: number) => boolean {
  const starts = mentions.map((n) => n.span.start);
  const reach: number[] = [];
  let most = -1;
  for (const n of mentions) {
    most = Math.max(most, n.span.end);
    reach.push(most);
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! > at;
  };
}

/** What the head claims of a document are read with. */
interface ReadContext {
  locales: Readonly<Record<string, FactLocale>> | undefined;
  entityKey: (doc: string, m: Mention) => string;
  names: Readonly<Record<string, string>>;
}

/**
 * The head word of a mention: a count's noun, or for another value what it measures or what happened.
 * `covered` tells whether a position before the value is inside another of the sentence's mentions.
 */
function headOf(
  text: string,
  m: Mention,
  sentence: Span,
  covered: () => (at: number) => boolean,
  locale: FactLocale,
  words: HeadWords,
  family: string | undefined,
): string | undefined {
  if (!family) {
    if (locale.wordBoundaries) return spacedHead(text, m, words);
    return locale.lang === 'ko' ? koreanHead(text, m, words) : cjkHead(text, m, words);
  }
  // A unit the words after a bare number gave ("420 metres") ends the value.
  const end = /\p{L}/u.test(m.text) ? m.span.end : unitWordEnd(text, m.span.end, locale);
  if (!locale.wordBoundaries) return cjkValueHead(text, m, end, sentence.start, words);
  return spacedValueHead(text, m, end, sentence.start, covered(), words);
}

/** The head claims of one document: its values that no concept claimed and that have a head word. */
function headClaims(doc: AnalyzedDocument, read: ReadContext): HeadClaim[] {
  const locale = factLocaleFor(doc.document.lang, read.locales);
  if (!locale) return [];
  const words = wordsOf(locale);
  const { text } = doc.document;
  const source = doc.document.source.name;
  const claimed = new Set(doc.facts.flatMap((f) => (f.valueSpan ? [f.valueSpan.start] : [])));
  const out: HeadClaim[] = [];
  // Bare numbers with the unit word after them ("420 metres"), as the concept claims read them.
  const measured = withUnits(text, doc.mentions, locale);
  for (const { sentence, mentions } of mentionsBySentence(doc, measured)) {
    let inMention: ((at: number) => boolean) | undefined;
    const covered = () => (inMention ??= coverage(mentions));
    for (const [at, m] of mentions.entries()) {
      if (claimed.has(m.span.start)) continue;
      const family = isCount(m) ? undefined : valueFamily(m, text);
      if (!family && !isCount(m)) continue;
      const head = headOf(text, m, sentence, covered, locale, words, family);
      if (!head) continue;
      const { key, display } = headKey(head, locale, words);
      const named = clauseSubject(text, sentence, mentions, at);
      const subjectKey = named && read.entityKey(source, named);
      const fact: Fact = {
        source,
        subject: subjectKey
          ? { key: subjectKey, canonical: read.names[subjectKey] ?? named!.text }
          : { key: 'story', canonical: 'the story' },
        predicate: 'stated' as FactPredicate,
        value: m.value!,
        display: m.text,
        valueSpan: m.span,
        confidence: HEAD_CERTAINTY,
        evidence: { source, span: sentence, sentence: text.slice(sentence.start, sentence.end) },
      };
      if (m.value!.kind === 'quantity') fact.tolerance = roundingTolerance(m.text, m.value!.amount);
      if (!named) fact.implicitSubject = true;
      const complete = () => {
        const qualifiers = qualifiersOf(text, sentence, m, locale);
        if (qualifiers.length > 0) fact.qualifiers = qualifiers;
        const scope = subEventOf(text, sentence, m, locale);
        if (scope) fact.scope = scope;
      };
      const claim: HeadClaim = { fact, head: display, key, complete };
      if (family) {
        claim.family = family;
        let anchors: Map<string, string> | undefined;
        const entityKey = (n: Mention) => read.entityKey(source, n);
        claim.anchors = () => {
          anchors ??= sentenceAnchors(text, sentence, mentions, m, entityKey, read.names);
          return anchors;
        };
      }
      out.push(claim);
    }
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
 * Each claim's component, in order: a claim joins the first component whose every claim is close to it
 * and one of whose claims, from another document, shares an anchor with it (all close, so that 30, 33
 * and 95 tonnes do not chain into one claim); else it starts its own.
 */
function components(
  n: number,
  close: (i: number, j: number) => boolean,
  anchored: (i: number, j: number) => boolean,
): number[] {
  const members: number[][] = [];
  const of: number[] = [];
  for (let i = 0; i < n; i++) {
    const joined = members.findIndex(
      (list) => list.every((j) => close(i, j)) && list.some((j) => anchored(i, j)),
    );
    if (joined >= 0) {
      members[joined]!.push(i);
      of.push(joined);
    } else {
      of.push(members.length);
      members.push([i]);
    }
  }
  return of;
}

/** The claims whose subject, head and family another document's claim has too: the others meet none. */
function metInTwoDocuments(claims: readonly HeadClaim[]): HeadClaim[] {
  const sources = new Map<string, Set<string>>();
  const at = (c: HeadClaim) => `${c.fact.subject.key}\u0000${c.key}\u0000${c.family ?? ''}`;
  for (const c of claims) {
    const set = sources.get(at(c)) ?? new Set<string>();
    set.add(c.fact.source);
    sources.set(at(c), set);
  }
  return claims.filter((c) => sources.get(at(c))!.size >= 2);
}

/** What a group of head claims is shown with. */
interface ClaimInfo {
  subject: Fact['subject'];
  head: string;
  anchor?: string;
}

/**
 * Value claims (not counts) as facts whose subject key is their claim: one head, family, subject, scope
 * and forecast, and within it one component of claims of different documents with close values and a
 * shared anchor.
 */
function alignedValueClaims(claims: readonly HeadClaim[], info: Map<string, ClaimInfo>): Fact[] {
  const buckets = new Map<string, HeadClaim[]>();
  for (const c of claims) {
    const projected = c.fact.qualifiers?.includes('projected') ? 'projected' : '';
    const key = [c.fact.subject.key, c.key, c.family, c.fact.scope ?? '', projected].join('\u0000');
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  const facts: Fact[] = [];
  for (const [key, list] of buckets) {
    if (new Set(list.map((c) => c.fact.source)).size < 2) continue;
    const close = (i: number, j: number) => closeValues(list[i]!.fact.value, list[j]!.fact.value);
    const anchorOf = (i: number, j: number) =>
      list[i]!.fact.source !== list[j]!.fact.source && close(i, j)
        ? sharedAnchor(list[i]!.anchors!(), list[j]!.anchors!())
        : undefined;
    const component = components(list.length, close, (i, j) => anchorOf(i, j) !== undefined);
    list.forEach((c, i) => {
      const joined = `value\u0000${key}\u0000${component[i]}`;
      const seen = info.get(joined);
      if (!seen) info.set(joined, { subject: c.fact.subject, head: c.head });
      const partner = list.findIndex((_, j) => component[j] === component[i] && anchorOf(i, j) !== undefined);
      if (partner >= 0 && !info.get(joined)!.anchor) info.get(joined)!.anchor = anchorOf(i, partner);
      facts.push({ ...c.fact, subject: { ...c.fact.subject, key: joined } });
    });
  }
  return facts;
}

/**
 * Agreements and conflicts between claims known by their head word: grouped as concept claims are
 * (one claim per head, subject, scope and forecast; values other than counts also by family, closeness
 * and a shared anchor), at HEAD_ALIGNMENT (counts) or VALUE_HEAD_ALIGNMENT (other values) of a concept's
 * confidence. A document disagreeing with itself on a head is not reported (two counts of one noun in
 * one article are as often two things as one).
 */
export function headClaimGroups(
  docs: readonly AnalyzedDocument[],
  locales: Readonly<Record<string, FactLocale>> | undefined,
  ctx: GroupContext,
  linked?: LinkedEntities,
): { agreements: FactGroup[]; conflicts: FactGroup[] } {
  const read: ReadContext = {
    locales,
    entityKey: (doc, m) => (linked ? linked.keyOf(doc, m.span, m.key) : m.key),
    names: linked?.canonical ?? {},
  };
  const all = metInTwoDocuments(docs.flatMap((d) => headClaims(d, read)));
  for (const c of all) c.complete();
  // A count's head key joins the subject's, so that one claim is one head of one subject.
  const info = new Map<string, ClaimInfo>();
  const counts = all
    .filter((c) => !c.family)
    .map(({ fact, head, key }) => {
      const joined = `${fact.subject.key}\u0000${key}`;
      if (!info.has(joined)) info.set(joined, { subject: fact.subject, head });
      return { ...fact, subject: { ...fact.subject, key: joined } };
    });
  const values = alignedValueClaims(
    all.filter((c) => c.family),
    info,
  );
  const grouped = groupFacts([...counts, ...values], ctx);
  const finish = (g: FactGroup): FactGroup => {
    const { subject, head, anchor } = info.get(g.subject.key)!;
    const isValue = g.subject.key.startsWith('value\u0000');
    const weight = isValue ? VALUE_HEAD_ALIGNMENT : HEAD_ALIGNMENT;
    const why = isValue
      ? `alignment: no concept; the same head “${head}”, shared anchor ${anchor} (× ${weight})`
      : `alignment: no concept word; the same head word “${head}” (× ${weight})`;
    const reasons = (g.reasons ?? []).map((r) => (r.startsWith('alignment:') ? why : r));
    return { ...g, subject: { ...subject }, head, confidence: round2(g.confidence * weight), reasons };
  };
  return {
    agreements: grouped.agreements.map(finish),
    conflicts: grouped.conflicts.filter((g) => g.kind !== 'internal').map(finish),
  };
}
