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
import { sentenceAt } from './stated-values';

/** How much a shared head word says about two counts being one claim, against a concept's 1. */
export const HEAD_ALIGNMENT = 0.5;
/** The extraction certainty of a count read by its head word. */
const HEAD_CERTAINTY = 0.6;

const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);
const GAP = /^[\s\u00a0\u202f]{1,2}/u;
const WORD = /^\p{L}[\p{L}\p{M}'’-]{0,40}/u;
const CJK_HEAD = /^(?:\p{Script=Katakana}[\p{Script=Katakana}ー]{0,15}|\p{Script=Han}{1,3})/u;
const HANGUL_BEFORE = /(\p{Script=Hangul}{2,8})[\s\u00a0]{1,2}$/u;

interface HeadWords {
  partitives: ReadonlySet<string>;
  notHeads: ReadonlySet<string>;
  counters: readonly string[];
  linkers: readonly string[];
  particles: readonly string[];
  /** Concept words matched whole, to carry a head across languages by its concept. */
  concepts: readonly { concept: string; re: RegExp }[];
}

const compiled = new WeakMap<FactLocale, HeadWords>();

function wordsOf(locale: FactLocale): HeadWords {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const heads = locale.heads ?? {};
  const words: HeadWords = {
    partitives: new Set((heads.partitives ?? []).map((w) => w.toLowerCase())),
    notHeads: new Set((heads.notHeads ?? []).map((w) => w.toLowerCase())),
    counters: [...(heads.counters ?? [])].sort((a, b) => b.length - a.length),
    linkers: heads.linkers ?? [],
    particles: [...(heads.particles ?? [])].sort((a, b) => b.length - a.length),
    concepts: Object.entries(locale.concepts ?? {}).map(([concept, list]) => ({
      concept,
      re: new RegExp(`^(?:${(list ?? []).join('|')})$`, 'iu'),
    })),
  };
  compiled.set(locale, words);
  return words;
}

/** Plural "s"/"es" off, lower-cased: "firefighters" and "firefighter", "boxes" and "box" are one head. */
function lemma(word: string): string {
  const w = word.toLowerCase();
  if (/(?:ch|sh|ss|x|z)es$/u.test(w)) return w.slice(0, -2);
  return /[^s]s$/u.test(w) && w.length > 3 ? w.slice(0, -1) : w;
}

/** "2 of the 40 trucks": the count just before or after a partitive word is part of a larger phrase. */
function partitive(text: string, m: Mention, words: HeadWords, next: string | undefined): boolean {
  if (next && words.partitives.has(next.toLowerCase())) return true;
  const before = text.slice(Math.max(0, m.span.start - 24), m.span.start).toLowerCase();
  const tail = before.match(/(\p{L}+)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?$/u);
  return !!tail && words.partitives.has(tail[1]!);
}

/** The head word of a count in a language written with spaces: the word after it. */
function spacedHead(text: string, m: Mention, words: HeadWords): string | undefined {
  const rest = text.slice(m.span.end, m.span.end + 48);
  const gap = GAP.exec(rest);
  const word = gap ? WORD.exec(rest.slice(gap[0].length))?.[0] : undefined;
  if (partitive(text, m, words, word)) return undefined;
  if (!word || word.length < 3 || words.notHeads.has(word.toLowerCase())) return undefined;
  return word;
}

/** In Japanese and Chinese, the noun after the counter ("1200名消防士", "1200人の消防士", "40辆救护车"). */
function cjkHead(text: string, m: Mention, words: HeadWords): string | undefined {
  let at = m.span.end;
  const counter = words.counters.find((c) => text.startsWith(c, at));
  if (!counter) return undefined;
  at += counter.length;
  const linker = words.linkers.find((l) => text.startsWith(l, at));
  if (linker) at += linker.length;
  return CJK_HEAD.exec(text.slice(at, at + 16))?.[0];
}

/** In Korean, the noun before the count ("소방관 1,200명") or after its counter ("1,200명의 소방관"). */
function koreanHead(text: string, m: Mention, words: HeadWords): string | undefined {
  const counter = words.counters.find((c) => text.startsWith(c, m.span.end));
  if (!counter) return undefined;
  const after = text.slice(m.span.end + counter.length, m.span.end + counter.length + 16);
  const linked = words.linkers.find((l) => after.startsWith(l));
  const word = linked
    ? /^[\s\u00a0]{0,2}(\p{Script=Hangul}{2,8})/u.exec(after.slice(linked.length))?.[1]
    : HANGUL_BEFORE.exec(text.slice(Math.max(0, m.span.start - 12), m.span.start))?.[1];
  // "불도저가", "불도저를": the noun without the particle that ends the word.
  const particle = word && words.particles.find((p) => word.endsWith(p) && word.length - p.length >= 2);
  return particle ? word!.slice(0, -particle.length) : word;
}

/** The head's key: its concept where a concept word is the head (any language), else language and lemma. */
function headKey(head: string, locale: FactLocale, words: HeadWords): { key: string; display: string } {
  const concept = words.concepts.find((c) => c.re.test(head))?.concept;
  const display = locale.wordBoundaries ? lemma(head) : head;
  return concept ? { key: `concept:${concept}`, display } : { key: `${locale.lang}:${display}`, display };
}

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
