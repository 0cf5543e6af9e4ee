import { calendarWords } from '@corpus/core';
import type { DateValue, Mention, MentionValue } from '@corpus/entities';
import type { Block } from '@corpus/ingest';
import type { FactLocale } from '../locales/types';
import type { Fact, Span } from '../types';
import { type Attribution, findAttributions } from './attribution';
import { CONCEPTS } from './concepts';
import { factConfidence, LINK, linkStrength } from './confidence';
import { withCurrencies } from './currencies';
import { type CompiledLocale, compile, findAll, findEach, type Pattern } from './patterns';
import {
  type FactPredicate,
  OPEN_CONCEPTS,
  PREDICATES,
  STORY_SUBJECT,
  type SubjectKind,
  TRIGGERS,
  type TriggerName,
  type ValueClass,
} from './predicates';
import { qualifiersOf, subEventOf } from './qualifiers';
import { eventNames, glossedNames, mayNameEvent } from './sub-events';
import { dimensionOf, withUnits } from './units';
import { durationYears, roundingTolerance, valueClassOf } from './values';

/** Everything fact extraction reads from one analysed document. */
export interface FactInput {
  /** Document name, used as `Fact.source`. */
  name: string;
  text: string;
  blocks: readonly Block[];
  sentences: readonly Span[];
  mentions: readonly Mention[];
  locale: FactLocale | undefined;
}

interface TriggerHit {
  trigger: TriggerName;
  span: Span;
  /** The age this trigger word is part of ("61岁", "61 years old"): it claims no other value. */
  age?: Mention;
}

/** Entity types that can be a subject or a named source, and that a trigger word must not sit inside. */
const NAMED = new Set(['PERSON', 'ORG', 'PRODUCT', 'NAME', 'PLACE', 'URL', 'HANDLE', 'EMAIL']);
const SOURCE_TYPES = new Set(['ORG', 'PERSON', 'NAME', 'PRODUCT']);
const THING_TYPES = new Set(['ORG', 'PRODUCT', 'NAME']);
/** The punctuation that ends a clause: , ; : ، 、 (code units, counted once per value and trigger). */
const CLAUSE_BREAKS = new Set([0x2c, 0x3b, 0x3a, 0x060c, 0x3001]);
/**
 * How far (distance plus clause-boundary costs) a value may be from its trigger. Places and
 * organisations go with the word right next to them ("ポーランド出身", "born in Warsaw"); a place two
 * clauses on ("…修士号を取得した後、アムステルダムで") is not a birthplace.
 */
const MAX_COST: Partial<Record<ValueClass, number>> = { place: 30, org: 30, platform: 40 };
/** The farthest any value may be from its trigger: a cost is at least the gap. */
const REACH = Math.max(120, ...Object.values(MAX_COST));
const CARRY_PRIORITY: TriggerName[] = ['announced', 'left', 'occurred', 'launched', 'acquired'];

function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Distance between a value and a trigger, with a cost for each clause boundary between them. */
function cost(text: string, a: Span, b: Span): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  let breaks = 0;
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) breaks++;
  return gap(a, b) + 15 * breaks;
}

export function isTimeOrDatePart(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  return (
    /\d[:h時시]$/u.test(before) ||
    /^[:h時시]\d/u.test(after) ||
    /^[:]\d/.test(after) ||
    /^(?:時|시|分|분|일|월|년|日|月|年)/u.test(after) ||
    // The year of an ISO date ("2025-07", "2025-01-08"), as a page's date line gives it.
    /^-\d\d(?!\d)/u.test(text.slice(span.end, span.end + 4))
  );
}

/**
 * A latitude or longitude ("34.05°N", "北緯35.6度", "latitude 34.05"): a position, never a depth, a
 * magnitude or a count. Hemisphere letters and the CJK words for latitude and longitude are the same in
 * every language that writes them, so they live here rather than in the locales.
 */
const COORDINATE_AFTER =
  /^\s?[°º]\s?(?:\d{1,2}\s?['′]\s?)?(?:\d{1,2}(?:[.,]\d+)?\s?["″]\s?)?[NSEWO](?![\p{L}])/u;
const COORDINATE_BEFORE =
  /(?:[北南]緯|[東西]経|[北南]纬|[东西]经|[북남]위|[동서]경|latitude|longitude|latitud|longitud|Breite|Länge|широт\p{L}*|долгот\p{L}*)\s?(?:of\s|de\s|von\s)?$/iu;

export function isCoordinate(text: string, span: Span): boolean {
  return (
    COORDINATE_AFTER.test(text.slice(span.end, span.end + 16)) ||
    COORDINATE_BEFORE.test(text.slice(Math.max(0, span.start - 14), span.start))
  );
}

function acceptsDuration(predicate: string, value: MentionValue | undefined): boolean {
  // A prison term is counted in years; a bare count beside "prison" is not one ("3 inmates").
  if (predicate === 'sentence' && value?.kind === 'quantity') return value.unit === 'year';
  if (value?.kind !== 'duration') return true;
  const years = durationYears(value.iso);
  if (years === undefined) return false;
  // Tenures and ages are months or years; "30 seconds" of shaking is neither. A flight or a
  // journey lasts what it lasts ("1 hour, 5 minutes and 40 seconds"), and a term in jail may be days.
  if (predicate === 'lasted' || predicate === 'sentence' || predicate.endsWith('-after')) return years > 0;
  return predicate === 'age' ? years >= 1 : years >= 1 / 12 - 1e-9;
}

/** The value a fact stores: the mention's, except ages, which become a number of years. */
function factValue(predicate: string, mention: Mention): MentionValue | undefined {
  const value = mention.value;
  if (value === undefined) return { kind: 'text', normalized: mention.key };
  if (predicate === 'age') {
    if (value.kind === 'duration') {
      const years = durationYears(value.iso);
      return years === undefined ? undefined : { kind: 'quantity', amount: Math.round(years), unit: 'year' };
    }
    if (value.kind === 'quantity') return { kind: 'quantity', amount: value.amount, unit: 'year' };
  }
  // A term read from a number and a year word ("к 8 годам") is the duration others write as one.
  if (predicate === 'sentence' && value.kind === 'quantity') {
    return { kind: 'duration', iso: `P${value.amount}Y`, qualifier: 'exact' };
  }
  if (value.kind === 'text' && ['ORG', 'PLACE', 'PLATFORM', 'ROLE'].includes(mention.type)) {
    return { kind: 'text', normalized: mention.key };
  }
  return value;
}

/**
 * The block holding offset `at`, as `blocks.find` would give it: a binary search when the blocks are in
 * order and disjoint (as @corpus/ingest makes them), a scan otherwise.
 */
function blockLocator(blocks: readonly Block[]): (at: number) => Block | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const { start, end } = blocks[i]!.span;
    if (end < start || (i > 0 && start < blocks[i - 1]!.span.end)) {
      return (at) => blocks.find((b) => b.span.start <= at && at < b.span.end);
    }
  }
  return (at) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blocks[mid]!.span.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const block = blocks[lo - 1];
    return block && at < block.span.end ? block : undefined;
  };
}

/** One sentence with what fact extraction needs of it. */
interface Unit {
  span: Span;
  block: Block | undefined;
  mentions: Mention[];
  triggers: TriggerHit[];
  /** The length of the longest trigger hit, which bounds where a trigger near a value can start. */
  longestTrigger: number;
  attributions: Attribution[];
  /** Date mentions already made the value of a fact (by this sentence or the next, which may carry one). */
  usedDates?: Set<Mention>;
  /** The sentence's scope candidates, once asked for (`scopesOf`). */
  scopes?: SentenceScopes;
}

/** The document's mentions sorted by position, for per-sentence and per-block lookups in linear time. */
class MentionIndex {
  readonly sorted: Mention[];
  private readonly order = new Map<Mention, number>();
  private readonly postDates = new Map<Block, Mention | undefined>();

  constructor(mentions: readonly Mention[]) {
    this.sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    mentions.forEach((m, i) => {
      if (!this.order.has(m)) this.order.set(m, i);
    });
  }

  /** The first mention, in input order, lying within `range` that `test` accepts (`mentions.find`). */
  firstWithin(range: Span, test: (m: Mention) => boolean): Mention | undefined {
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.span.start < range.start) lo = mid + 1;
      else hi = mid;
    }
    let best: Mention | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    for (let i = lo; i < sorted.length && sorted[i]!.span.start <= range.end; i++) {
      const m = sorted[i]!;
      if (m.span.end > range.end || !test(m)) continue;
      const at = this.order.get(m)!;
      if (at < bestAt) {
        best = m;
        bestAt = at;
      }
    }
    return best;
  }

  /** The mention of a social post's own date in its block (one search per block). */
  postDate(block: Block, date: string): Mention | undefined {
    if (this.postDates.has(block)) return this.postDates.get(block);
    const found = this.firstWithin(
      block.span,
      (m) => m.type === 'DATE' && m.value?.kind === 'date' && m.value.iso.startsWith(date),
    );
    this.postDates.set(block, found);
    return found;
  }
}

/** Trigger words in a sentence, in order; a trigger word inside a name ("Post" in a title) is not one. */
function triggersIn(
  text: string,
  span: Span,
  locale: CompiledLocale,
  mentions: readonly Mention[],
): TriggerHit[] {
  let inName: ((hit: Span) => boolean) | undefined;
  // The sentence's names, picked once a trigger is found (most sentences have none).
  const names = () => mentions.filter((m) => NAMED.has(m.type));
  const triggers: TriggerHit[] = [];
  const sentence = text.slice(span.start, span.end);
  findEach(locale.triggerSet, sentence, span.start, (k, hit) => {
    inName ??= nameCover(span, names());
    if (!inName(hit)) triggers.push({ trigger: locale.triggers[k]!.trigger, span: hit });
  });
  for (const hit of locale.concepts?.find(sentence, span.start) ?? []) {
    inName ??= nameCover(span, names());
    if (!inName(hit.span)) for (const trigger of hit.concepts) triggers.push({ trigger, span: hit.span });
  }
  return triggers.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Whether a trigger hit lies in one of the sentence's names: an end strictly inside a name, or the hit
 * starting where a name starts and ending within it (a bounded-gap trigger, "tenure at OpenAI began",
 * may span a name). Built once per sentence: asking every name about every hit is quadratic in a
 * run-on sentence of names and trigger words (80 kB of unpunctuated Han).
 */
function nameCover(span: Span, names: readonly Mention[]): (hit: Span) => boolean {
  if (names.length === 0) return () => false;
  // A few names: asked directly (the table costs an array as long as the sentence).
  if (names.length <= 8) {
    return (hit) =>
      names.some(
        ({ span: m }) =>
          (m.start < hit.start && hit.start < m.end) ||
          (m.start < hit.end && hit.end < m.end) ||
          (m.start === hit.start && m.end >= hit.end),
      );
  }
  // depth[i] counts the names that offset span.start + i lies strictly inside of.
  const depth = new Int32Array(span.end - span.start + 1);
  const furthestFrom = new Map<number, number>();
  for (const { span: m } of names) {
    if (m.end - m.start >= 2) {
      depth[m.start + 1 - span.start]! += 1;
      depth[m.end - span.start]! -= 1;
    }
    furthestFrom.set(m.start, Math.max(m.end, furthestFrom.get(m.start) ?? m.end));
  }
  for (let i = 1; i < depth.length; i++) depth[i]! += depth[i - 1]!;
  const inside = (at: number) => depth[at - span.start]! > 0;
  return (hit) => inside(hit.start) || inside(hit.end) || (furthestFrom.get(hit.start) ?? -1) >= hit.end;
}

/** Only spaces or a hyphen between a number and its age word ("61 years old", "61-year-old", "61岁"). */
const AGE_UNIT_GAP = /^[\s\u00a0-]{0,2}$/u;

/**
 * Marks the trigger words that belong to an age: inside an AGE mention ("61岁", "54 Jahre alt"), or an
 * age word right after a number ("61 years old" when entities left "61" bare). Such a word is the
 * unit of that age and claims nothing else: "61岁的前银行家…八年有期徒刑" is not a second age of eight.
 * `triggers` and `mentions` are in order: one sweep over each.
 */
function bindAgeWords(text: string, triggers: TriggerHit[], mentions: readonly Mention[]): void {
  const ages = mentions.filter((m) => m.type === 'AGE');
  const numberEndingAt = new Map<number, Mention>();
  for (const m of mentions) if (m.type === 'NUMBER') numberEndingAt.set(m.span.end, m);
  let next = 0;
  for (const hit of triggers) {
    while (next < ages.length && ages[next]!.span.end <= hit.span.start) next++;
    const age = ages[next];
    if (age && age.span.start <= hit.span.start && hit.span.end <= age.span.end) {
      hit.age = age;
      continue;
    }
    if (hit.trigger !== 'age') continue;
    for (let back = 0; back <= 2 && !hit.age; back++) {
      const number = numberEndingAt.get(hit.span.start - back);
      if (number && AGE_UNIT_GAP.test(text.slice(number.span.end, hit.span.start))) hit.age = number;
    }
  }
}

/** A sentence's set of used dates is made with its first one: most sentences have none. */
function useDate(unit: Unit, date: Mention): void {
  unit.usedDates ??= new Set<Mention>();
  unit.usedDates.add(date);
}

/** Each sentence with its mentions, triggers and attributions: one pass over the sorted mentions. */
function sentenceUnits(input: FactInput, locale: CompiledLocale, index: MentionIndex): Unit[] {
  const { text } = input;
  const sorted = index.sorted;
  const blockOf = blockLocator(input.blocks);
  let cursor = 0;
  return input.sentences.map((span) => {
    while (cursor < sorted.length && sorted[cursor]!.span.start < span.start) cursor++;
    const inside: Mention[] = [];
    for (let i = cursor; i < sorted.length && sorted[i]!.span.start < span.end; i++) {
      if (sorted[i]!.span.end <= span.end) inside.push(sorted[i]!);
    }
    const triggers = triggersIn(text, span, locale, inside);
    bindAgeWords(text, triggers, inside);
    return {
      span,
      block: blockOf(span.start),
      mentions: inside,
      triggers,
      longestTrigger: triggers.reduce((n, t) => Math.max(n, t.span.end - t.span.start), 0),
      attributions: findAttributions(text, span, locale, inside, SOURCE_TYPES),
    };
  });
}

/** What one fact is built from. */
interface FactParts {
  unit: Unit;
  previous: Unit | undefined;
  predicate: FactPredicate;
  /** The mention that gave the value (none for a social post's own date without a mention). */
  mention: Mention | undefined;
  value: MentionValue;
  display: string;
  /** Where the subject is looked for around (the trigger, or the name a role or age stands beside). */
  anchor: Span;
  evidence: Span;
  /** How firmly the value is tied to what it measures (see `linkStrength`, `LINK`). */
  link: number;
}

const SCOPE_TYPES = new Set(['PERSON', 'ORG', 'PRODUCT', 'NAME', 'PLACE']);
/** A clause boundary between a value and the name it would belong to ("…, AfD 20.8%"). */
const SCOPE_BREAK = /[,;،、,;。.!?\n]|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b/u;
/** Only a dash or a colon between a name and its figure: a list item ("AfD — 151"), not a break. */
const LISTED = /^\s{0,2}[-–—:]\s{0,2}$/u;
/**
 * Acronyms (party, agency, model: "SPD", "CDU/CSU", "AfD", "F-35"): a scope entities may not list. A
 * word of at most six letters and digits with two capitals or more, the first one leading. Its letters
 * are cased ones: a Korean particle right after it ("SPD는") is not part of it.
 */
const ACRONYM = /\p{Lu}[\p{Lu}\p{Ll}\p{N}-]{1,5}(?:\/\p{Lu}[\p{Lu}\p{Ll}]{1,4})?(?![\p{Lu}\p{Ll}\p{N}])/gu;
const CAPITALS = /\p{Lu}/gu;
/**
 * An acronym must not follow a letter or digit. Checked where `ACRONYM` matches rather than with a
 * leading lookbehind, which V8 would evaluate at every position of every sentence (the most costly
 * expression of claim extraction in Chinese text, where capitals are rare).
 */
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;

function followsLetterOrDigit(text: string, at: number): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // Two code units: a surrogate pair is one code point, as the lookbehind of a `u` expression reads it.
  return LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, at - 2), at));
}

const WHOLE_ACRONYM = new RegExp(`^${ACRONYM.source}$`, 'u');

function isAcronym(text: string): boolean {
  return WHOLE_ACRONYM.test(text) && (text.match(CAPITALS)?.length ?? 0) >= 2;
}

interface ScopeCandidate {
  span: Span;
  key: string;
  canonical: string;
  mention: boolean;
  /**
   * A party, bloc or other body (an acronym or a locale's body name): the figure's owner ahead of any
   * other name in reach ("The Left also secured a place in the Bundestag with 8.7%").
   */
  body: boolean;
  /** A named sub-event ("the Eaton Fire"): the owner of a toll or an area said beside it. */
  event?: boolean;
  /** A place mention: the story's setting, never a sub-event's name. */
  place?: boolean;
}

/** What finding scopes reads besides the sentence: the locale, and the names the document glosses. */
interface ScopeContext {
  locale: FactLocale;
  glosses: ReadonlyMap<string, string>;
}

/** How far a scope may lie before its value, and after it (characters between them). */
const SCOPE_REACH_BEFORE = 60;
const SCOPE_REACH_AFTER = 25;

/**
 * A sentence's scope candidates, found once: a run-on sentence may hold thousands of values (80 kB
 * of "5% $3 €4" is one sentence of 27 000), and finding them again per value was quadratic.
 * `all` is in the order a tie is broken in (mentions, then acronyms); the two index lists sort it by
 * end and by start, for the values within reach.
 */
interface SentenceScopes {
  all: ScopeCandidate[];
  byEnd: number[];
  byStart: number[];
}

function scopesOf(text: string, unit: Unit, context: ScopeContext): SentenceScopes {
  if (unit.scopes) return unit.scopes;
  const all = scopeCandidates(text, unit, context);
  const indices = all.map((_, i) => i);
  unit.scopes = {
    all,
    byEnd: [...indices].sort((a, b) => all[a]!.span.end - all[b]!.span.end),
    byStart: indices.sort((a, b) => all[a]!.span.start - all[b]!.span.start),
  };
  return unit.scopes;
}

/** The body names of a locale in a sentence, each with its language-independent key. */
function bodyNames(text: string, unit: Unit, locale: CompiledLocale): ScopeCandidate[] {
  const sentence = text.slice(unit.span.start, unit.span.end);
  const found: ScopeCandidate[] = [];
  for (const { key, pattern } of locale.bodies) {
    for (const span of findAll(pattern, sentence, unit.span.start)) {
      const canonical = text.slice(span.start, span.end);
      found.push({ span, key: `scope:${key}`, canonical, mention: false, body: true });
    }
  }
  return found;
}

function mentionCandidate(m: Mention): ScopeCandidate {
  const candidate: ScopeCandidate = {
    span: m.span,
    key: m.key,
    canonical: m.text,
    mention: true,
    body: false,
  };
  if (m.type === 'PLACE') candidate.place = true;
  return candidate;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function scopeCandidates(text: string, unit: Unit, context: ScopeContext): ScopeCandidate[] {
  const bodies = bodyNames(text, unit, compile(context.locale));
  // A body name is the body whatever entities took it for ("Die Linke" as an organisation or not).
  const found: ScopeCandidate[] = unit.mentions
    .filter((m) => SCOPE_TYPES.has(m.type) && !bodies.some((b) => overlaps(b.span, m.span)))
    .map(mentionCandidate);
  // Acronyms come in order and never overlap each other, so one inside a mention is one that starts
  // where a mention has started and ends no later than the furthest end of those mentions.
  const mentionsByStart = [...found, ...bodies].map((c) => c.span).sort((a, b) => a.start - b.start);
  let next = 0;
  let furthestEnd = -1;
  const sentence = text.slice(unit.span.start, unit.span.end);
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(sentence); m !== null; m = ACRONYM.exec(sentence)) {
    if (followsLetterOrDigit(sentence, m.index)) {
      // Where a lookbehind would have turned the engine away: it tries the next code point.
      ACRONYM.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
      continue;
    }
    if (!isAcronym(m[0])) continue;
    const span = { start: unit.span.start + m.index, end: unit.span.start + m.index + m[0].length };
    while (next < mentionsByStart.length && mentionsByStart[next]!.start <= span.start)
      furthestEnd = Math.max(furthestEnd, mentionsByStart[next++]!.end);
    if (furthestEnd >= span.end) continue;
    found.push({ span, key: `scope:${m[0].toLowerCase()}`, canonical: m[0], mention: false, body: true });
  }
  const named = [...found, ...bodies];
  const events: ScopeCandidate[] = eventNames(text, unit.span, named, context.locale, context.glosses).map(
    (e) => ({ ...e, mention: false, body: true, event: true }),
  );
  // Events first: a name that is an event's is the event (ties go to the first candidate).
  return [...events, ...named];
}

/** The first position in `order` whose candidate's `edge` is at least `at`. */
function firstFrom(scopes: SentenceScopes, order: number[], edge: 'start' | 'end', at: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scopes.all[order[mid]!]!.span[edge] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The candidates that end within reach before `value` or start within reach after it, in `all`'s order. */
function scopesInReach(scopes: SentenceScopes, value: Span): ScopeCandidate[] {
  const picked = new Set<number>();
  const { byEnd, byStart, all } = scopes;
  for (let i = firstFrom(scopes, byEnd, 'end', value.start - SCOPE_REACH_BEFORE); i < byEnd.length; i++) {
    if (all[byEnd[i]!]!.span.end > value.start) break;
    picked.add(byEnd[i]!);
  }
  for (let i = firstFrom(scopes, byStart, 'start', value.end); i < byStart.length; i++) {
    if (all[byStart[i]!]!.span.start > value.end + SCOPE_REACH_AFTER) break;
    picked.add(byStart[i]!);
  }
  return [...picked].sort((a, b) => a - b).map((i) => all[i]!);
}

/**
 * The name a measured value belongs to: the nearest one before it in its clause ("AfD 20.8%",
 * "the Eaton fire, 14,117 acres" is two clauses), else the nearest one just after it ("28.6% for the
 * CDU"); a body (a party, an acronym) before any other name in reach. A figure after names joined by
 * "+" ("Union + SPD (328 Sitze)") is the sum's, not the last name's. None: the story as a whole.
 */
function scopeOf(
  text: string,
  unit: Unit,
  value: Mention,
  context: ScopeContext,
  eventsOnly = false,
): { subject: Fact['subject']; span?: Span } | undefined {
  const scopes = scopesOf(text, unit, context);
  let best: { c: ScopeCandidate; distance: number } | undefined;
  for (const c of scopesInReach(scopes, value.span)) {
    if (eventsOnly && !c.event) continue;
    const before = c.span.end <= value.span.start;
    const after = c.span.start >= value.span.end;
    if (!before && !after) continue;
    const between = before
      ? text.slice(c.span.end, value.span.start)
      : text.slice(value.span.end, c.span.start);
    // "AfD — 151", "SPD: 16,4 %": a name, a dash or colon, its figure (a list or a table row).
    const listed = before && LISTED.test(between);
    const reach = before ? SCOPE_REACH_BEFORE : SCOPE_REACH_AFTER;
    const broken = between.length > reach || SCOPE_BREAK.test(between);
    if (!listed && broken && !(before && ownsRelativeClause(c, between, context.locale))) continue;
    const distance = between.length + (after ? 20 : 0) + (c.body ? 0 : 1000);
    if (!best || distance < best.distance) best = { c, distance };
  }
  if (!best) return undefined;
  const sum = joinedNames(text, scopes, best.c);
  if (sum) return { subject: sum };
  const { c } = best;
  return c.mention && !isAcronym(c.canonical)
    ? { subject: scopeSubject(c), span: c.span }
    : { subject: scopeSubject(c) };
}

/**
 * The opening of a relative clause right after a body ("die AfD, die ihr Ergebnis auf …", "(CDU), qui a
 * obtenu …"): a comma, then one of the locale's aside words. Where nouns are capitalised (German), the
 * same word is an article when a capitalised word follows (", die Grünen 11,6 %"): a relative pronoun
 * is followed by a lower-case word. Case-sensitive, so that the lower-case test holds.
 */
const relativeOpeners = new WeakMap<FactLocale, RegExp | null>();

function relativeOpener(locale: FactLocale): RegExp | undefined {
  let re = relativeOpeners.get(locale);
  if (re === undefined) {
    const words = locale.asides ?? [];
    const next = locale.heads?.capitalisedNouns ? '[\\s\\u00a0]{1,2}(?=\\p{Ll})' : '(?![\\p{L}\\p{N}])';
    re =
      locale.wordBoundaries && words.length > 0
        ? new RegExp(
            `^(?:\\)|[\\s\\u00a0]{0,2}\\([^()]{1,12}\\))?[\\s\\u00a0]{0,2},[\\s\\u00a0]{1,2}(?:${words.join('|')})${next}`,
            'u',
          )
        : null;
    relativeOpeners.set(locale, re);
  }
  return re ?? undefined;
}

/**
 * A figure in a relative clause belongs to the body the clause describes ("…die AfD, die ihr Ergebnis
 * auf 20,8 Prozent steigern konnte"): a body or an acronym just before the clause's opening, no other
 * break between the opening and the figure, within reach.
 */
function ownsRelativeClause(c: ScopeCandidate, between: string, locale: FactLocale): boolean {
  if (c.event || !(c.body || isAcronym(c.canonical)) || between.length > SCOPE_REACH_BEFORE) return false;
  const opening = relativeOpener(locale)?.exec(between);
  return !!opening && !SCOPE_BREAK.test(between.slice(opening[0].length));
}

function scopeSubject(c: ScopeCandidate): Fact['subject'] {
  // An acronym is its own key in every article ("AfD" is the AfD whether or not entities listed it).
  if (!c.event && isAcronym(c.canonical))
    return { key: `scope:${c.canonical.toLowerCase()}`, canonical: c.canonical };
  return { key: c.key, canonical: c.canonical };
}

const JOINED = /^\s{0,2}[+&]\s{0,2}$/u;

/** A sum of more names than this is read as a list, not one coalition. */
const MAX_JOINED = 6;

/** "Union + SPD + Grüne": the names joined by "+" that end with `last`, as one subject; none if alone. */
function joinedNames(
  text: string,
  scopes: SentenceScopes,
  last: ScopeCandidate,
): Fact['subject'] | undefined {
  const chain = [last];
  while (chain.length < MAX_JOINED) {
    const head = chain[0]!;
    let previous: ScopeCandidate | undefined;
    for (let i = firstFrom(scopes, scopes.byEnd, 'end', head.span.start - 3); i < scopes.byEnd.length; i++) {
      const c = scopes.all[scopes.byEnd[i]!]!;
      if (c.span.end > head.span.start) break;
      previous = c;
    }
    if (!previous || !JOINED.test(text.slice(previous.span.end, head.span.start))) break;
    chain.unshift(previous);
  }
  if (chain.length < 2) return undefined;
  const canonical = chain.map((c) => c.canonical).join(' + ');
  return { key: `scope:${chain.map((c) => c.key.replace(/^scope:/, '')).join('+')}`, canonical };
}

/**
 * "The Greens and the Left … 11.6% and 8.8%, respectively": with a cue of respectively in the sentence,
 * its figures of one kind go in order to the names listed before the first of them (bodies when there
 * are enough, else any name; the sentence before when this one lists too few: "They received …").
 * Found once per sentence and kind of value.
 */
function respectiveScope(
  text: string,
  unit: Unit,
  previous: Unit | undefined,
  value: Mention,
  context: ScopeContext,
): ScopeCandidate | undefined {
  const cue = compile(context.locale).respectively;
  if (!cue) return undefined;
  const cls = valueClassOf(value);
  if (!cls) return undefined;
  let byClass = respective.get(unit);
  if (!byClass) {
    byClass = new Map();
    respective.set(unit, byClass);
  }
  let owners = byClass.get(cls);
  if (!owners) {
    owners = respectiveOwners(text, unit, previous, cls, cue, context);
    byClass.set(cls, owners);
  }
  return owners.get(value);
}

const respective = new WeakMap<Unit, Map<ValueClass, Map<Mention, ScopeCandidate>>>();

function respectiveOwners(
  text: string,
  unit: Unit,
  previous: Unit | undefined,
  cls: ValueClass,
  cue: Pattern,
  context: ScopeContext,
): Map<Mention, ScopeCandidate> {
  const owners = new Map<Mention, ScopeCandidate>();
  if (findAll(cue, text.slice(unit.span.start, unit.span.end), unit.span.start).length === 0) return owners;
  const values = unit.mentions.filter((m) => valueClassOf(m) === cls && !isTimeOrDatePart(text, m.span));
  if (values.length < 2) return owners;
  const first = values[0]!.span.start;
  const listed = (u: Unit) => {
    const names: ScopeCandidate[] = [];
    for (const c of [...scopesOf(text, u, context).all].sort((a, b) => a.span.start - b.span.start)) {
      if (u === unit && c.span.end > first) break;
      // "The Left (Die Linke)": one name written twice.
      if (names[names.length - 1]?.key !== c.key) names.push(c);
    }
    return names;
  };
  const pick = (names: ScopeCandidate[]) => {
    const bodies = names.filter((c) => c.body);
    return bodies.length >= values.length ? bodies : names;
  };
  let names = pick(listed(unit));
  if (names.length < values.length && previous && previous.block === unit.block)
    names = pick(listed(previous));
  if (names.length < values.length) return owners;
  const ordered = names.slice(names.length - values.length);
  for (const [i, v] of values.entries()) owners.set(v, ordered[i]!);
  return owners;
}

/**
 * Past this length a "sentence" is a run-on (a table, a list, 80 kB without a full stop), and each
 * fact's evidence is the part of it around the fact's own mentions: quoting the whole in every fact
 * made the output quadratic (80 kB of "5% $3 €4" is one sentence of 27 000 values: 2 GB of JSON).
 */
const EVIDENCE_MAX = 1000;
const EVIDENCE_CONTEXT = 120;

function evidenceWindow(sentence: Span, used: readonly Span[], anchor: Span): Span {
  if (sentence.end - sentence.start <= EVIDENCE_MAX) return sentence;
  let focus = anchor;
  for (const span of used)
    focus = { start: Math.min(focus.start, span.start), end: Math.max(focus.end, span.end) };
  // A subject far from its value: the value alone (the subject's span is still listed).
  if (focus.end - focus.start > EVIDENCE_MAX - 2 * EVIDENCE_CONTEXT) focus = used[0] ?? anchor;
  return {
    start: Math.max(sentence.start, focus.start - EVIDENCE_CONTEXT),
    end: Math.min(sentence.end, focus.end + EVIDENCE_CONTEXT),
  };
}

/** A word, where words are spaced; else a weekday in brackets ("(土)", "（토）"), as "日" alone is a day. */
const WEEKDAY_WORD = /\p{L}+\.?/gu;
const WEEKDAY_BRACKETED = /[(（]\s?[\p{Script=Han}\p{Script=Hangul}]{1,3}\s?[)）]/gu;

/**
 * A day whose year was inferred, written with its weekday ("samedi 7 décembre", "12月8日(土)"): the
 * year, within two of the inferred one, in which that day falls on that weekday. An article read a year
 * after it was written does not move its Saturday to a Sunday.
 */
function yearOfWeekday(text: string, span: Span, value: DateValue, locale: FactLocale): DateValue {
  if (!value.yearInferred || value.granularity !== 'day') return value;
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.iso);
  const words = calendarWords(locale.lang);
  if (!match || !words) return value;
  const window = text.slice(Math.max(0, span.start - 14), Math.min(text.length, span.end + 6));
  let weekday: number | undefined;
  for (const token of window.match(locale.wordBoundaries ? WEEKDAY_WORD : WEEKDAY_BRACKETED) ?? []) {
    const word = token.replace(/[(（)）\s]/gu, '').toLowerCase();
    weekday = words.weekdayByName.get(word) ?? weekday;
    if (weekday !== undefined) break;
  }
  if (weekday === undefined) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayOfWeek = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay();
  for (const y of [year, year - 1, year + 1, year - 2, year + 2]) {
    if (dayOfWeek(y) === weekday) return { ...value, iso: `${y}${value.iso.slice(4)}` };
  }
  return value;
}

/** Builds facts of one document: their subject, attribution, rounding tolerance and evidence. */
class FactWriter {
  readonly facts: Fact[] = [];

  private readonly scopeContext: ScopeContext;
  /** The sub-event last named in the current block: "the fire" in a later sentence is that one. */
  private currentEvent: { block: Unit['block']; subject: Fact['subject'] } | undefined;

  /** Called after each sentence: the last sub-event it names is the one later sentences refer to. */
  follow(unit: Unit): void {
    if (this.currentEvent && this.currentEvent.block !== unit.block) this.currentEvent = undefined;
    // Most sentences hold no value that needs their scopes; without an event noun they name no event.
    if (!unit.scopes && !mayNameEvent(this.text, unit.span, this.locale)) return;
    const { all, byStart } = scopesOf(this.text, unit, this.scopeContext);
    const events = byStart.filter((i) => all[i]!.event);
    const last = events[events.length - 1];
    if (last !== undefined) this.currentEvent = { block: unit.block, subject: scopeSubject(all[last]!) };
  }

  /** "The fire destroyed…", "This blaze…": the sub-event named before in the block, when the sentence refers to one. */
  private carriedEvent(unit: Unit): Fact['subject'] | undefined {
    const current = this.currentEvent;
    if (!current || current.block !== unit.block) return undefined;
    const reference = compile(this.locale).eventReference;
    if (!reference) return undefined;
    return findAll(reference, this.text.slice(unit.span.start, unit.span.end), unit.span.start).length > 0
      ? current.subject
      : undefined;
  }

  constructor(
    private readonly text: string,
    private readonly name: string,
    private readonly locale: FactLocale,
  ) {
    this.scopeContext = { locale, glosses: glossedNames(text) };
  }

  private subjectFor(
    kind: SubjectKind,
    { unit, anchor, previous, predicate, mention }: FactParts,
  ): { subject: Fact['subject']; span?: Span } | undefined {
    if (kind === 'story') {
      // A scoped figure belongs to any name beside it; a toll or a date only to a named sub-event.
      const eventsOnly = !PREDICATES[predicate]?.scoped;
      if (!mention) return { subject: { ...STORY_SUBJECT } };
      const owner = respectiveScope(this.text, unit, previous, mention, this.scopeContext);
      if (owner && (!eventsOnly || owner.event)) return { subject: scopeSubject(owner) };
      const scope = scopeOf(this.text, unit, mention, this.scopeContext, eventsOnly);
      const carried = scope ? undefined : this.carriedEvent(unit);
      return scope ?? (carried && { subject: carried }) ?? { subject: { ...STORY_SUBJECT } };
    }
    const types = kind === 'person' ? new Set(['PERSON']) : THING_TYPES;
    const candidates = unit.mentions.filter((m) => types.has(m.type));
    let chosen: Mention | undefined;
    if (predicate === 'role') {
      // A role goes with the name right beside it, before or after.
      const { text } = this;
      chosen = [...candidates].sort((a, b) => cost(text, a.span, anchor) - cost(text, b.span, anchor))[0];
    } else {
      const before = candidates.filter((m) => m.span.end <= anchor.start);
      chosen = before[before.length - 1] ?? candidates.find((m) => m.span.start >= anchor.end);
    }
    if (!chosen && kind === 'thing' && previous && previous.block === unit.block) {
      const earlier = previous.mentions.filter((m) => types.has(m.type));
      chosen = earlier[earlier.length - 1];
    }
    if (!chosen) return kind === 'thing' ? { subject: { ...STORY_SUBJECT } } : undefined;
    return { subject: { key: chosen.key, canonical: chosen.text }, span: chosen.span };
  }

  add(parts: FactParts): void {
    const spec = PREDICATES[parts.predicate];
    if (!spec) return;
    const { unit, mention } = parts;
    const value =
      parts.value.kind === 'date' && mention
        ? yearOfWeekday(this.text, mention.span, parts.value, this.locale)
        : parts.value;
    // A clock time is when the story's event happened, whichever thing the clause names ("SpaceX
    // launched at 7:25", "the booster lifted off at 12:25 GMT"), so the times of one launch meet.
    const kind = spec.subject === 'thing' && isClockTime(value) ? 'story' : spec.subject;
    const subject = this.subjectFor(kind, parts);
    const near = mention?.span ?? parts.anchor;
    const attribution = [...unit.attributions].sort((a, b) => gap(a.cue, near) - gap(b.cue, near))[0];
    const used: Span[] = [];
    if (mention) used.push(mention.span);
    if (subject?.span) used.push(subject.span);
    const evidence = evidenceWindow(parts.evidence, used, parts.anchor);
    const fact: Fact = {
      source: this.name,
      subject: subject?.subject ?? { key: '', canonical: '' },
      predicate: parts.predicate,
      value,
      display: parts.display,
      evidence: {
        source: this.name,
        span: evidence,
        sentence: this.text.slice(evidence.start, evidence.end),
        mentions: used,
      },
      confidence: factConfidence(mention, parts.link),
    };
    if (!subject) fact.implicitSubject = true;
    if (subject?.span) fact.subjectSpan = subject.span;
    if (attribution) {
      fact.attribution = attribution.source;
      fact.attributionKey = attribution.key;
    }
    if (value.kind === 'quantity' && mention) {
      const amount = mention.value?.kind === 'quantity' ? mention.value.amount : value.amount;
      fact.tolerance = isExactCount(mention, amount) ? 0.5 : roundingTolerance(mention.text, amount);
    }
    if (mention) {
      fact.valueSpan = mention.span;
      // A day said to be planned ("la cérémonie prévue samedi 7 décembre") is the day the article
      // gives: a projection is a figure's, a forecast count set apart from counts.
      const qualifiers = qualifiersOf(this.text, unit.span, mention, this.locale).filter(
        (q) => q !== 'projected' || value.kind !== 'date',
      );
      if (qualifiers.length > 0) fact.qualifiers = qualifiers;
      const scope = subEventOf(this.text, unit.span, mention, this.locale, peopleStarts(unit));
      if (scope) fact.scope = scope;
    }
    this.facts.push(fact);
  }
}

const peopleStartsOf = new WeakMap<Unit, Set<number>>();

/** Where the sentence's people and roles start, found once per sentence (see `subEventOf`). */
function peopleStarts(unit: Unit): Set<number> {
  let starts = peopleStartsOf.get(unit);
  if (!starts) {
    starts = new Set(
      unit.mentions.filter((m) => m.type === 'PERSON' || m.type === 'ROLE').map((m) => m.span.start),
    );
    peopleStartsOf.set(unit, starts);
  }
  return starts;
}

function isClockTime(value: MentionValue): boolean {
  return value.kind === 'date' && value.granularity === 'time';
}

/**
 * Seats, victims and flights are counted, not rounded: a count under a thousand written in digits alone
 * ("120 Sitzen", "SPD — 121") is exact, where "120" as a sum of money may be rounded to tens.
 */
function isExactCount(mention: Mention, amount: number): boolean {
  if (valueClassOf(mention) !== 'count' || !Number.isInteger(amount) || amount < 0 || amount >= 1000)
    return false;
  return (mention.text.match(/\d/g) ?? []).join('').replace(/^0+(?=\d)/, '') === String(amount);
}

/** Whole years only ("61 anni" is P61Y): "P6Y6M" or "P30D" is no age. */
const WHOLE_YEARS = /^P(\d{1,3})Y$/;

/** The number of an age written bare ("52") or in years ("61 anni", "61 ans"), if it is one. */
function ageAmount(value: MentionValue | undefined): number | undefined {
  if (value?.kind === 'quantity') return value.amount;
  const years = value?.kind === 'duration' ? WHOLE_YEARS.exec(value.iso) : null;
  return years ? Number(years[1]) : undefined;
}

/**
 * "Maria Keller, 52, …" / "Maria Keller (52)" / "Mario Rossi, 61 anni, …": the person an age stands
 * in apposition to. Such a value is the age, never a term or a tenure claimed across the comma.
 */
function apposedPerson(text: string, unit: Unit, value: Mention): Mention | undefined {
  const amount = ageAmount(value.value);
  if (amount === undefined || !Number.isInteger(amount) || amount < 1 || amount > 120) return undefined;
  const after = text.slice(value.span.end, value.span.end + 2);
  if (!/^\s*[,)）]/u.test(after)) return undefined;
  return unit.mentions.find(
    (m) =>
      m.type === 'PERSON' &&
      m.span.end <= value.span.start &&
      /^\s*[,(（]\s*$/u.test(text.slice(m.span.end, value.span.start)),
  );
}

/**
 * A role is a fact when it stands in apposition to a name ("CEO Sam Altman", "研究副社長Jerry Tworek",
 * "| Dario Amodei | 研究VP |") or with a word of becoming ("diventare vicepresidente", "als …",
 * "研究副社長に昇格"); a bare "researchers" in passing is not a claim about anyone.
 */
function roleFact(writer: FactWriter, text: string, unit: Unit, role: Mention, previous: Unit | undefined) {
  const apposed = unit.mentions
    .filter((m) => m.type === 'PERSON' && gap(m.span, role.span) <= 4)
    .filter((m) => {
      const from = Math.min(m.span.end, role.span.end);
      const to = Math.max(m.span.start, role.span.start);
      return from >= to || /^[\s|・,、:()()の]*$/u.test(text.slice(from, to));
    })
    .sort((a, b) => gap(a.span, role.span) - gap(b.span, role.span))[0];
  const becomingCost = Math.min(
    ...triggersNear(unit, role.span)
      .filter((t) => TRIGGERS[t.trigger].accepts.role)
      .map((t) => cost(text, t.span, role.span)),
  );
  const becoming = becomingCost <= 40;
  if (!apposed && !becoming) return;
  const becomingLink = linkStrength(becomingCost, 40);
  const value = factValue('role', role)!;
  const anchor = apposed ? apposed.span : role.span;
  writer.add({
    unit,
    previous,
    predicate: 'role',
    mention: role,
    value,
    display: role.text,
    anchor,
    evidence: unit.span,
    link: apposed ? LINK.apposition : becomingLink,
  });
}

/**
 * The sentence's triggers within REACH of `span`, in order: those farther away cost more than any
 * value accepts. A binary search on the sorted triggers, so that each value looks at its neighbours
 * only, not at every trigger of a run-on sentence.
 */
function triggersNear(unit: Unit, span: Span): TriggerHit[] {
  const { triggers, longestTrigger } = unit;
  const firstAtOrAfter = (at: number) => {
    let lo = 0;
    let hi = triggers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (triggers[mid]!.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return triggers.slice(
    firstAtOrAfter(span.start - REACH - longestTrigger),
    firstAtOrAfter(span.end + REACH + 1),
  );
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** A measure's value is in its unit family, or has no unit to say otherwise ("40 degrees" read as a bare count). */
function inUnitFamily(family: string | undefined, value: MentionValue | undefined): boolean {
  if (!family || value?.kind !== 'quantity' || !value.unit) return true;
  return dimensionOf(value.unit) === family;
}

/**
 * Whether a concept's word can take this value, beyond its kind: a measure's unit family, a year
 * beside a count's word ("the 2025 election, 28.6% of the votes"), and a counted noun's own number
 * right before it ("340,000 donors from 150 countries": 150 is the countries', not 340,000).
 */
function conceptTakes(unit: Unit, hit: TriggerHit, mention: Mention, cls: ValueClass): boolean {
  const spec = TRIGGERS[hit.trigger];
  if (!inUnitFamily(spec.unit, mention.value)) return false;
  if (cls === 'count' && hit.trigger in CONCEPTS && YEAR.test(mention.text)) return false;
  if (!spec.counted) return true;
  if (hit.span.start < mention.span.end) return false;
  return !unit.mentions.some(
    (m) =>
      m !== mention &&
      m.span.start >= mention.span.end &&
      m.span.end <= hit.span.start &&
      valueClassOf(m) === cls,
  );
}

/**
 * The nearest trigger of the sentence that takes this kind of value, within its reach; a word of when
 * alone ("scheduled", "began") only when no other trigger takes it.
 */
function nearestTrigger(
  text: string,
  unit: Unit,
  mention: Mention,
  cls: ValueClass,
): { anchor: Span; predicate: FactPredicate; link: number } | undefined {
  type Candidate = { hit: TriggerHit; predicate: FactPredicate; cost: number; reach: number };
  let best: Candidate | undefined;
  let fallback: Candidate | undefined;
  for (const hit of triggersNear(unit, mention.span)) {
    const predicate = TRIGGERS[hit.trigger].accepts[cls];
    if (!predicate || !acceptsDuration(predicate, mention.value)) continue;
    if (hit.age && hit.age !== mention) continue;
    if (!conceptTakes(unit, hit, mention, cls)) continue;
    // A trigger wholly inside the value is part of it; one that runs past it ("54 Jahre alt") is not.
    // An AGE mention of @corpus/entities holds its age word ("52歳"): that word is the trigger.
    const inside = hit.span.start >= mention.span.start && hit.span.end <= mention.span.end;
    if (inside && mention.type !== 'AGE') continue;
    const maxGap = TRIGGERS[hit.trigger].maxGap;
    if (maxGap !== undefined && gap(hit.span, mention.span) > maxGap) continue;
    const c = cost(text, hit.span, mention.span) + (hit.span.start > mention.span.start ? 0 : 1);
    const reach = Math.min(MAX_COST[cls] ?? 120, maxGap ?? Number.POSITIVE_INFINITY);
    if (c > (MAX_COST[cls] ?? 120)) continue;
    const candidate = { hit, predicate, cost: c, reach };
    if (TRIGGERS[hit.trigger].fallback) {
      if (!fallback || c < fallback.cost) fallback = candidate;
    } else if (!best || c < best.cost) best = candidate;
  }
  const chosen = best ?? fallback;
  return (
    chosen && {
      anchor: chosen.hit.span,
      predicate: chosen.predicate,
      link: linkStrength(chosen.cost, chosen.reach),
    }
  );
}

/** A measured value no trigger claims is still a claim, about what its unit measures (an area, a percentage). */
function openConcept(
  mention: Mention,
  cls: ValueClass,
): { anchor: Span; predicate: FactPredicate; link: number } | undefined {
  const predicate = OPEN_CONCEPTS[cls];
  return predicate && { anchor: mention.span, predicate, link: LINK.openConcept };
}

/** Facts whose value is a mention of the sentence: an age, a role, or a value paired with a trigger. */
function valueFacts(writer: FactWriter, text: string, unit: Unit, previous: Unit | undefined): void {
  for (const mention of unit.mentions) {
    const cls: ValueClass | undefined = valueClassOf(mention);
    if (!cls) continue;
    // The hour or minute of a clock time ("2:32", "14h32"), or a day or month number ("14일"), is not a count.
    if (cls === 'count' && isTimeOrDatePart(text, mention.span)) continue;
    if ((cls === 'count' || cls === 'length') && isCoordinate(text, mention.span)) continue;
    // An age entities recognised as one ("54 Jahre alt", "52歳") names what it measures itself.
    if (mention.type === 'AGE' && mention.value?.kind === 'quantity') {
      const value: MentionValue = { kind: 'quantity', amount: mention.value.amount, unit: 'year' };
      const parts = { unit, previous, mention, value, display: mention.text, evidence: unit.span };
      writer.add({ ...parts, predicate: 'age', anchor: mention.span, link: LINK.apposition });
      continue;
    }
    const person = cls === 'count' || cls === 'duration' ? apposedPerson(text, unit, mention) : undefined;
    if (person) {
      const value = factValue('age', mention)!;
      const parts = { unit, previous, mention, value, display: mention.text, evidence: unit.span };
      writer.add({ ...parts, predicate: 'age', anchor: person.span, link: LINK.apposition });
      continue;
    }
    if (cls === 'role') {
      roleFact(writer, text, unit, mention, previous);
      continue;
    }
    const best = nearestTrigger(text, unit, mention, cls) ?? openConcept(mention, cls);
    const value = best && factValue(best.predicate, mention);
    if (!best || !value) continue;
    if (cls === 'date') useDate(unit, mention);
    const parts = { unit, previous, mention, value, display: mention.text, evidence: unit.span };
    writer.add({ ...parts, predicate: best.predicate, anchor: best.anchor, link: best.link });
  }
}

/**
 * A clause with an event word but no date takes the date of the social post it is part of, or the
 * date just before it ("1月7日,… 。… 宣布离职。").
 */
function carriedDateFact(writer: FactWriter, unit: Unit, previous: Unit | undefined, index: MentionIndex) {
  // A date of its own already went to a fact (with a carrier or another trigger).
  if (unit.usedDates) return;
  const carriers = unit.triggers.filter(
    (t) => TRIGGERS[t.trigger].carriesDate && TRIGGERS[t.trigger].accepts.date,
  );
  const carrier = CARRY_PRIORITY.map((name) => carriers.find((t) => t.trigger === name)).find(Boolean);
  if (!carrier) return;
  const predicate = TRIGGERS[carrier.trigger].accepts.date!;
  const post = unit.block?.type === 'social-post' ? unit.block.post : undefined;
  if (post?.date) {
    const mention = index.postDate(unit.block!, post.date);
    const value: DateValue = { kind: 'date', iso: post.date, granularity: 'day' };
    const display = mention?.text ?? post.date;
    writer.add({
      unit,
      previous,
      predicate,
      mention,
      value,
      display,
      anchor: carrier.span,
      evidence: unit.block!.span,
      link: LINK.postDate,
    });
    return;
  }
  if (!previous || previous.block !== unit.block) return;
  const dates = previous.mentions.filter((m) => valueClassOf(m) === 'date' && !previous.usedDates?.has(m));
  const date = dates[dates.length - 1];
  if (!date?.value) return;
  useDate(previous, date);
  const evidence = { start: previous.span.start, end: unit.span.end };
  writer.add({
    unit,
    previous,
    predicate,
    mention: date,
    value: date.value,
    display: date.text,
    anchor: carrier.span,
    evidence,
    link: LINK.carriedDate,
  });
}

const OPEN_QUOTES = '“"\'‘«„「『‹';
const CLOSE_QUOTES = '”"\'’»“」』›';
/** A quoted name (up to 40 characters) or up to four capitalised words, right after a cue. */
const NAME_AFTER_CUE = new RegExp(
  `^[\\s\\u00a0]{0,2}(?:[${OPEN_QUOTES}]([^${CLOSE_QUOTES}\\n]{2,40})[${CLOSE_QUOTES}]|(\\p{Lu}[\\p{L}\\p{N}-]{1,30}(?: \\p{Lu}[\\p{L}\\p{N}-]{1,30}){0,3}))`,
  'u',
);
/** A quoted name right before a cue that follows the name (「Mechazilla」と名付けられた). */
const NAME_BEFORE_CUE = new RegExp(
  `[${OPEN_QUOTES}]([^${OPEN_QUOTES}${CLOSE_QUOTES}\\n]{2,40})[${CLOSE_QUOTES}]\\s?$`,
  'u',
);

/**
 * "the tower, known as 'Mechazilla'", 「Mechazilla」と名付けられた: a name the story gives a thing is a
 * claim of its own (`called`); articles that give the same name agree.
 */
function namingFacts(
  writer: FactWriter,
  text: string,
  unit: Unit,
  previous: Unit | undefined,
  locale: CompiledLocale,
) {
  const sentence = text.slice(unit.span.start, unit.span.end);
  const add = (name: string, at: number) => {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    const value: MentionValue = { kind: 'text', normalized: `name:${trimmed.toLowerCase()}` };
    const anchor = { start: at, end: at + name.length };
    writer.add({
      unit,
      previous,
      predicate: 'called',
      mention: undefined,
      value,
      display: trimmed,
      anchor,
      evidence: unit.span,
      link: LINK.apposition,
    });
  };
  if (locale.namingBefore) {
    for (const cue of findAll(locale.namingBefore, sentence, unit.span.start)) {
      const m = NAME_AFTER_CUE.exec(text.slice(cue.end, Math.min(unit.span.end, cue.end + 48)));
      if (!m) continue;
      const name = m[1] ?? m[2]!;
      add(name, cue.end + m[0].length - name.length - (m[1] ? 1 : 0));
    }
  }
  if (locale.namingAfter) {
    for (const cue of findAll(locale.namingAfter, sentence, unit.span.start)) {
      const from = Math.max(unit.span.start, cue.start - 46);
      const m = NAME_BEFORE_CUE.exec(text.slice(from, cue.start));
      if (m) add(m[1]!, cue.start - m[0].length + 1);
    }
  }
}

/** A dated social post by a person is that person's statement on that day. */
function socialPostFacts(input: FactInput, index: MentionIndex): Fact[] {
  const { name, text } = input;
  const facts: Fact[] = [];
  for (const block of input.blocks) {
    const post = block.type === 'social-post' ? block.post : undefined;
    if (!post?.date || !post.author) continue;
    const author = post.author.toLowerCase();
    const person = index.firstWithin(
      block.span,
      (m) =>
        m.type === 'PERSON' &&
        (author.includes(m.text.toLowerCase()) || m.text.toLowerCase().includes(author)),
    );
    if (!person) continue;
    const dateMention = index.postDate(block, post.date);
    const used = [person.span];
    if (dateMention) used.unshift(dateMention.span);
    facts.push({
      source: name,
      subject: { key: person.key, canonical: person.text },
      subjectSpan: person.span,
      predicate: 'announced',
      value: { kind: 'date', iso: post.date, granularity: 'day' },
      display: dateMention?.text ?? post.date,
      ...(dateMention ? { valueSpan: dateMention.span } : {}),
      evidence: {
        source: name,
        span: block.span,
        sentence: text.slice(block.span.start, block.span.end),
        mentions: used,
      },
      confidence: factConfidence(dateMention, LINK.postDate),
    });
  }
  return facts;
}

const inDocumentOrder = (a: Fact, b: Fact) =>
  a.evidence.span.start - b.evidence.span.start ||
  (a.valueSpan?.start ?? 0) - (b.valueSpan?.start ?? 0) ||
  a.predicate.localeCompare(b.predicate);

/**
 * Facts stated in one document: each value mention (a date, a duration, a number, a platform…) is
 * paired with the nearest trigger word in its sentence that takes that kind of value; the subject is
 * the entity the clause names, or left implicit (the story's main entity) when the clause names none.
 */
export function extractFacts(input: FactInput): Fact[] {
  if (!input.locale) return [];
  const locale = compile(input.locale);
  const measured = withUnits(input.text, input.mentions, input.locale);
  const index = new MentionIndex(withCurrencies(input.text, measured, input.locale));
  const units = sentenceUnits(input, locale, index);
  const writer = new FactWriter(input.text, input.name, input.locale);
  units.forEach((unit, i) => {
    const previous = i > 0 ? units[i - 1] : undefined;
    valueFacts(writer, input.text, unit, previous);
    carriedDateFact(writer, unit, previous, index);
    namingFacts(writer, input.text, unit, previous, locale);
    writer.follow(unit);
  });
  return [...writer.facts, ...socialPostFacts(input, index)].sort(inDocumentOrder);
}
