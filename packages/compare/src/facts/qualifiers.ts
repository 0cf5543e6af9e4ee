// What is said around a value that changes what it claims: "about", "more than", "up to" widen it;
// "could reach", "expected" make it a projection; "an aftershock of", "the previous record" make it
// another event's figure. The words are the locale's (FactLocale.qualifiers, FactLocale.scopes).
import type { Mention } from '@corpus/entities';
import type { FactLocale } from '../locales/types';
import type { Span } from '../types';
import { type LiteralGate, literalGate } from './concept-words';

/** How a qualifier widens a stated amount. */
export type QuantityQualifier = 'about' | 'over' | 'nearly' | 'up to';
/** Qualifiers a fact may carry: the quantity ones, and `projected` (a forecast, not a count). */
export type Qualifier = QuantityQualifier | 'projected';

export const QUALIFIERS: readonly Qualifier[] = ['about', 'over', 'nearly', 'up to', 'projected'];

interface Compiled {
  before: { qualifier: QuantityQualifier; re: RegExp; gate: LiteralGate }[];
  after: { qualifier: QuantityQualifier; re: RegExp; gate: LiteralGate }[];
  /** Projection cues anywhere in the clause before or after the value. */
  projected: { before?: RegExp; after?: RegExp; beforeGate?: LiteralGate; afterGate?: LiteralGate };
  scopes: { scope: string; re: RegExp; gate: LiteralGate }[];
  /** An aside's opening word at the start of a clause part. */
  aside?: RegExp;
}

const cache = new WeakMap<FactLocale, Compiled>();

function alternation(words: readonly string[] | undefined): string | undefined {
  return words && words.length > 0 ? words.join('|') : undefined;
}

function compileLocale(locale: FactLocale): Compiled {
  const cached = cache.get(locale);
  if (cached) return cached;
  const edge = locale.wordBoundaries ? '(?<![\\p{L}\\p{N}])' : '';
  const edgeAfter = locale.wordBoundaries ? '(?![\\p{L}\\p{N}])' : '';
  const out: Compiled = { before: [], after: [], projected: {}, scopes: [] };
  const projectedBefore = alternation(locale.qualifiers?.before?.projected);
  const projectedAfter = alternation(locale.qualifiers?.after?.projected);
  if (projectedBefore) {
    out.projected.before = new RegExp(`${edge}(?:${projectedBefore})${edgeAfter}`, 'iu');
    out.projected.beforeGate = literalGate(locale.qualifiers!.before!.projected!);
  }
  if (projectedAfter) {
    out.projected.after = new RegExp(`${edge}(?:${projectedAfter})${edgeAfter}`, 'iu');
    out.projected.afterGate = literalGate(locale.qualifiers!.after!.projected!);
  }
  for (const q of QUALIFIERS) {
    if (q === 'projected') continue;
    const before = alternation(locale.qualifiers?.before?.[q]);
    // A cue ending right before the value ("more than 840", "约5亿"): matched at the end of a short window.
    if (before)
      out.before.push({
        qualifier: q,
        re: new RegExp(`${edge}(?:${before})[\\s\\u00a0]{0,2}$`, 'iu'),
        gate: literalGate(locale.qualifiers!.before![q]!),
      });
    const after = alternation(locale.qualifiers?.after?.[q]);
    if (after)
      out.after.push({
        qualifier: q,
        re: new RegExp(`^[\\s\\u00a0]{0,2}(?:${after})${edgeAfter}`, 'iu'),
        gate: literalGate(locale.qualifiers!.after![q]!),
      });
  }
  for (const [scope, words] of Object.entries(locale.scopes ?? {})) {
    const w = alternation(words);
    if (w)
      out.scopes.push({
        scope,
        re: new RegExp(`${edge}(?:${w})${edgeAfter}`, 'giu'),
        gate: literalGate(words),
      });
  }
  const asides = alternation(locale.asides);
  if (asides) out.aside = new RegExp(`^[\\s\\u00a0]{0,2}(?:${asides})${edgeAfter}`, 'iu');
  cache.set(locale, out);
  return out;
}

/** A clause boundary: a qualifier or a sub-event word beyond it says nothing about the value. */
const BREAK = /[,;،、,;。.!?:\n]/u;

/** The text next to the value within its clause and sentence, at most `width` characters. */
function window(text: string, sentence: Span, value: Span, side: 'before' | 'after', width: number): string {
  if (side === 'before') {
    const slice = text.slice(Math.max(sentence.start, value.start - width), value.start);
    const parts = slice.split(BREAK);
    return parts[parts.length - 1] ?? '';
  }
  const slice = text.slice(value.end, Math.min(sentence.end, value.end + width));
  return slice.split(BREAK)[0] ?? '';
}

/** Commas that may close an aside; the other breaks end a clause for good. */
const COMMA = /^[,、,]$/u;
const BREAK_KEPT = /([,;،、,;。.!?:\n])/u;

/**
 * The value's clause before it (at most `width` characters), each piece with the offset where it
 * starts; when the clause starts right after an aside between commas that an aside word opens (",
 * which started on Tuesday,"), also the clause the aside interrupts: "the previous fire, which started
 * on Tuesday, burned 5,000 acres".
 */
function clauseBefore(
  text: string,
  sentence: Span,
  value: Span,
  width: number,
  aside?: RegExp,
): { part: string; at: number }[] {
  const from = Math.max(sentence.start, value.start - 3 * width);
  const parts = text.slice(from, value.start).split(BREAK_KEPT);
  const ownPart = parts[parts.length - 1] ?? '';
  const own = ownPart.slice(-width);
  const pieces = [{ part: own, at: value.start - own.length }];
  if (!aside || parts.length < 5) return pieces;
  const [before, open, inner, close] = parts.slice(-5, -1) as [string, string, string, string];
  if (!COMMA.test(open) || !COMMA.test(close) || !aside.test(inner)) return pieces;
  const interrupted = before.slice(-width);
  const end = value.start - ownPart.length - close.length - inner.length - open.length;
  pieces.push({ part: interrupted, at: end - interrupted.length });
  return pieces;
}

/** The qualifiers said of a value: the cue right before it or right after it, and a projection in its clause. */
export function qualifiersOf(text: string, sentence: Span, value: Mention, locale: FactLocale): Qualifier[] {
  const c = compileLocale(locale);
  const found = new Set<Qualifier>();
  const near = window(text, sentence, value.span, 'before', 16);
  const nearAfter = window(text, sentence, value.span, 'after', 12);
  const nearLower = near.toLowerCase();
  const nearAfterLower = nearAfter.toLowerCase();
  for (const { qualifier, re, gate } of c.before) if (gate(nearLower) && re.test(near)) found.add(qualifier);
  for (const { qualifier, re, gate } of c.after)
    if (gate(nearAfterLower) && re.test(nearAfter)) found.add(qualifier);
  // A projection may sit a few words off ("could eventually exceed 10,000", "1万人に達する見込み").
  const { before, after, beforeGate, afterGate } = c.projected;
  const farBefore = before && window(text, sentence, value.span, 'before', 40);
  if (farBefore && beforeGate!(farBefore.toLowerCase()) && before!.test(farBefore)) found.add('projected');
  const farAfter = after && window(text, sentence, value.span, 'after', 20);
  if (farAfter && afterGate!(farAfter.toLowerCase()) && after!.test(farAfter)) found.add('projected');
  return QUALIFIERS.filter((q) => found.has(q));
}

/** At most one lower-case word between a scope word and the person it describes ("former banker Paolo Ferri"). */
const DESCRIBES = /^[\s\u00a0]{1,2}(?:\p{Ll}[\p{L}-]{0,24}[\s\u00a0]{1,2})?$/u;
const DESCRIBES_REACH = 29;

/**
 * Whether the scope word ending at `end` describes the person or role right after it ("the former
 * banker Paolo Ferri", "l'ancien président"): it says who they were, not whose the figure is. Looks
 * up the few offsets within reach, so a run-on sentence of names costs no more per value.
 */
function describesPerson(text: string, end: number, people: ReadonlySet<number>): boolean {
  if (people.size === 0) return false;
  for (let at = end + 1; at <= end + DESCRIBES_REACH; at++) {
    if (people.has(at) && DESCRIBES.test(text.slice(end, at))) return true;
  }
  return false;
}

/** Whether `re` matches in `part` (starting at offset `from`) other than as a word describing a person. */
function scopeWordIn(
  re: RegExp,
  text: string,
  part: string,
  from: number,
  people: ReadonlySet<number>,
): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    if (!describesPerson(text, from + m.index + m[0].length, people)) return true;
  }
  return false;
}

/**
 * The sub-event or side figure a value belongs to, when its clause says so ("an aftershock of magnitude
 * 5.1", "the previous record of 1.2 million"): such a value is not the story's own. `people` are where
 * the sentence's PERSON and ROLE mentions start: a scope word that describes one ("the former banker
 * Paolo Ferri was sentenced to eight years") is not the figure's.
 */
export function subEventOf(
  text: string,
  sentence: Span,
  value: Mention,
  locale: FactLocale,
  people: ReadonlySet<number> = new Set(),
): string | undefined {
  const c = compileLocale(locale);
  if (c.scopes.length === 0) return undefined;
  const before = clauseBefore(text, sentence, value.span, 50, c.aside);
  const after = window(text, sentence, value.span, 'after', 25);
  const lower = [...before.map(({ part }) => part.toLowerCase()), after.toLowerCase()];
  return c.scopes.find(
    ({ re, gate }) =>
      lower.some(gate) &&
      (before.some(({ part, at }) => scopeWordIn(re, text, part, at, people)) ||
        scopeWordIn(re, text, after, value.span.end, people)),
  )?.scope;
}
