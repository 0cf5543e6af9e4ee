// A locale's word lists as regular expressions, and the matching that keeps them linear-time.

import type { FactLocale } from '../locales/types';
import type { Span } from '../types';
import { type ConceptWords, conceptWords } from './concept-words';
import type { TriggerName } from './predicates';

/** A locale's pattern list as one regular expression, and whether its matches must start and end at a word edge. */
export interface Pattern {
  re: RegExp;
  /** The match must not follow a letter or digit (checked in code, see `findAll`). */
  edgeBefore: boolean;
  /**
   * The match must not be followed by a letter or digit: checked in code too, and where `re`'s match
   * is, the whole alternation with the edge as a lookahead is asked at that position (`atEdge`).
   */
  edgeAfter: boolean;
  /** `(?:alternation)(?![\p{L}\p{N}])`, compiled (sticky) the first time a match ends inside a word. */
  atEdgeSource: string;
  atEdge?: RegExp;
  /** `(?:alternation)`: `re` without its leading lookbehind, as one alternative of a `PatternSet`. */
  alternation: string;
  /** `re` anchored where it is asked (sticky), compiled the first time a `PatternSet` asks it. */
  at?: RegExp;
  /** `i` for word lists matched in any case, empty for names (`bodies`). */
  caseFlag: 'i' | '';
}

/**
 * Patterns searched together: `any` is the alternation of all of them, which finds every place where
 * one of them may match in one pass over the text, instead of one pass per pattern.
 */
export interface PatternSet {
  patterns: Pattern[];
  any: RegExp;
  /**
   * Sticky: at one place, every pattern's match there at once, each in a lookahead that captures it
   * (`group[k]` is pattern k's), so a place costs one search instead of one per pattern. None when a
   * pattern refers to its own groups (a backreference, a named group), which numbering them anew would break.
   */
  all?: RegExp;
  group: number[];
}

export interface CompiledLocale {
  triggers: { trigger: TriggerName; pattern: Pattern }[];
  concepts?: ConceptWords;
  /** The trigger patterns, in the order of `triggers`, as one set. */
  triggerSet: PatternSet;
  /** Names of bodies (parties, blocs), one pattern per language-independent key. */
  bodies: { key: string; pattern: Pattern }[];
  respectively?: Pattern;
  namingBefore?: Pattern;
  /** "the fire", "cet incendie": a sub-event referred to by its noun alone. */
  eventReference?: Pattern;
  namingAfter?: Pattern;
  after?: Pattern;
  before?: Pattern;
}

const compiled = new WeakMap<FactLocale, CompiledLocale>();

/** True when a pattern has a quantifier without an upper bound (`*`, `+`, `{n,}`) outside a class. */
/** No letter or digit just before: a match starts at a word edge. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';

export function hasUnboundedRepeat(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 12))) return true;
  }
  return false;
}

/**
 * The patterns as one alternation. With word boundaries the match must start and end at a word edge.
 * When no pattern repeats without bound, the start is checked in `findAll` instead of with a leading
 * lookbehind, which would stop V8 from skipping ahead to the patterns' first characters (4–5× faster on
 * Latin text; the matches are the same). A pattern such as `verkündet\p{L}*` keeps the lookbehind:
 * tried at every position inside a long word, it would scan the rest of the word each time
 * (quadratic); the lookbehind turns those positions away at once.
 * The end is checked in `findAll` too: a `[\p{L}\p{N}]` class in a case-insensitive Unicode
 * expression costs V8 ~0.4 ms to build, and a locale compiles some thirty of these expressions
 * in its first analysis (a tenth of a cold start); most of them never see a match end inside a word.
 */
export function wrap(
  patterns: readonly string[],
  wordBoundaries: boolean,
  caseFlag: 'i' | '' = 'i',
): Pattern {
  const alternation = `(?:${patterns.map((p) => `(?:${p})`).join('|')})`;
  const flags = `g${caseFlag}u`;
  if (!wordBoundaries) {
    return {
      re: new RegExp(alternation, flags),
      edgeBefore: false,
      edgeAfter: false,
      atEdgeSource: '',
      alternation,
      caseFlag,
    };
  }
  const atEdgeSource = `${alternation}(?![\\p{L}\\p{N}])`;
  if (patterns.some(hasUnboundedRepeat)) {
    const re = new RegExp(`${EDGE_BEFORE}${alternation}`, flags);
    return { re, edgeBefore: false, edgeAfter: true, atEdgeSource, alternation, caseFlag };
  }
  return {
    re: new RegExp(alternation, flags),
    edgeBefore: true,
    edgeAfter: true,
    atEdgeSource,
    alternation,
    caseFlag,
  };
}

/**
 * The patterns as one set. `any` only has to find every place where one of the patterns matches (a
 * few more do no harm): it leaves out the patterns' own lookbehinds and has one of its own, at the
 * front, only when every pattern must start at a word edge.
 */
export function patternSet(patterns: Pattern[]): PatternSet {
  const caseFlag = patterns[0]?.caseFlag ?? 'i';
  if (patterns.some((p) => p.caseFlag !== caseFlag))
    throw new Error('Expected one case flag in a pattern set');
  // When every pattern starts at a word edge, so does `any`: in a long alternation V8 skips ahead
  // little anyway, and the places inside words are turned away at once (German triggers: 2.5× faster
  // to scan a seed, and a sixth fewer places to ask the patterns at; English: the same).
  const edged =
    patterns.length > 0 && patterns.every((p) => p.edgeBefore || p.re.source.startsWith(EDGE_BEFORE));
  const alternatives = patterns.map((p) => p.alternation).join('|') || '(?!)';
  const any = new RegExp(edged ? `${EDGE_BEFORE}(?:${alternatives})` : alternatives, `g${caseFlag}u`);
  const group: number[] = [];
  let groups = 1;
  for (const p of patterns) {
    group.push(groups);
    groups += 1 + (new RegExp(`${p.re.source}|`, p.re.flags).exec('')!.length - 1);
  }
  const selfReferring = patterns.some((p) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(p.re.source));
  const all = selfReferring
    ? undefined
    : new RegExp(patterns.map((p) => `(?:(?=(${p.re.source}))|)`).join(''), `${caseFlag}uy`);
  return { patterns, any, all, group };
}

export function compile(locale: FactLocale): CompiledLocale {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const result: CompiledLocale = { triggers: [], triggerSet: patternSet([]), bodies: [] };
  for (const [trigger, patterns] of Object.entries(locale.triggers) as [TriggerName, readonly string[]][]) {
    if (patterns.length > 0) {
      result.triggers.push({ trigger, pattern: wrap(patterns, locale.wordBoundaries) });
    }
  }
  result.concepts = conceptWords(locale);
  result.triggerSet = patternSet(result.triggers.map((t) => t.pattern));
  for (const [key, names] of Object.entries(locale.bodies ?? {})) {
    if (names.length > 0) result.bodies.push({ key, pattern: wrap(names, locale.wordBoundaries, '') });
  }
  if (locale.respectively?.length) result.respectively = wrap(locale.respectively, locale.wordBoundaries);
  const { events } = locale;
  if (events?.nouns.length && events.references?.length) {
    const nouns = events.nouns.map((n) => `(?:${n})`).join('|');
    const pattern = `(?:${events.references.join('|')})[\\s\\u00a0]?(?:${nouns})`;
    result.eventReference = wrap([pattern], locale.wordBoundaries);
  }
  if (locale.naming?.before?.length) result.namingBefore = wrap(locale.naming.before, locale.wordBoundaries);
  if (locale.naming?.after?.length) result.namingAfter = wrap(locale.naming.after, locale.wordBoundaries);
  if (locale.attribution.sourceAfter?.length) {
    result.after = wrap(locale.attribution.sourceAfter, locale.wordBoundaries);
  }
  if (locale.attribution.sourceBefore?.length) {
    result.before = wrap(locale.attribution.sourceBefore, locale.wordBoundaries);
  }
  compiled.set(locale, result);
  return result;
}

// With `i`, as in the expression it stands for (U+0345 folds to a letter).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;

/** True when the code point that ends just before `at` is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let cp = text.charCodeAt(at - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  // ASCII fast path; the class test for everything else.
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** True when the code point that starts at `at` is a letter or a digit. */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const cp = text.codePointAt(at) as number;
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Width in code units of the code point at `at` (how far a `u` regular expression steps). */
function stepAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/**
 * The end of the match the whole expression, edge lookahead included, finds at `at` (`at` itself when
 * it finds none). Where `re`'s first match at `at` ends at a word edge it is that match: the engine
 * tries the alternatives in the same order, and the lookahead only turns away matches ending inside a
 * word; otherwise another alternative may still end at an edge ("post" in "posted"), which only the
 * whole expression can say.
 */
function endAtEdge(pattern: Pattern, text: string, at: number, end: number): number {
  if (!pattern.edgeAfter || !letterOrDigitAt(text, end)) return end;
  pattern.atEdge ??= new RegExp(pattern.atEdgeSource, `${pattern.caseFlag}uy`);
  pattern.atEdge.lastIndex = at;
  const m = pattern.atEdge.exec(text);
  return m === null ? at : at + m[0].length;
}

/** The length of `pattern`'s match starting at `at`, or -1 when none starts there. */
function lengthAt(pattern: Pattern, text: string, at: number): number {
  pattern.at ??= new RegExp(pattern.re.source, `${pattern.caseFlag}uy`);
  pattern.at.lastIndex = at;
  const m = pattern.at.exec(text);
  return m === null ? -1 : m[0].length;
}

/**
 * What `findAll` gives for each pattern of the set, in one pass: `onMatch(k, span)` for the matches of
 * `set.patterns[k]`, in order of their start and, at one start, of `k`. Each pattern keeps where its
 * own search would resume; at each place `any` finds, the patterns that have reached it are asked
 * there. A pattern matches only where `any` does, so each is asked at the places its own leftmost
 * search would stop at, with the same result.
 */
export function findEach(
  set: PatternSet,
  text: string,
  offset: number,
  onMatch: (k: number, span: Span) => void,
): void {
  const { any, all, group, patterns } = set;
  const resumeAt = new Array<number>(patterns.length).fill(0);
  any.lastIndex = 0;
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    const at = m.index;
    const step = stepAt(text, at);
    let here: RegExpExecArray | null = null;
    if (all) {
      all.lastIndex = at;
      here = all.exec(text);
    }
    for (let k = 0; k < patterns.length; k++) {
      if (at < resumeAt[k]!) continue;
      const pattern = patterns[k]!;
      const length = here ? (here[group[k]!]?.length ?? -1) : lengthAt(pattern, text, at);
      if (length < 0) continue;
      const end =
        pattern.edgeBefore && letterOrDigitBefore(text, at) ? at : endAtEdge(pattern, text, at, at + length);
      if (end === at) {
        resumeAt[k] = at + step;
        continue;
      }
      resumeAt[k] = end;
      onMatch(k, { start: offset + at, end: offset + end });
    }
    any.lastIndex = at + step;
  }
}

/**
 * The non-empty, non-overlapping matches of `pattern` in `text`, left to right, as spans offset by
 * `offset`: what `text.matchAll` gives with a leading `(?<![\p{L}\p{N}])` when `edgeBefore` and a
 * trailing `(?![\p{L}\p{N}])` when `edgeAfter`. A match that does not start at a word edge, or has
 * no alternative ending at one, is skipped and the search resumes one code point later, which is
 * where the lookarounds would have let the engine try next. `exec` on the shared expression, not
 * `matchAll` (which copies the expression on every call).
 */
export function findAll(pattern: Pattern, text: string, offset: number): Span[] {
  const { re, edgeBefore } = pattern;
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const end =
      edgeBefore && letterOrDigitBefore(text, at) ? at : endAtEdge(pattern, text, at, at + m[0].length);
    if (end === at) {
      re.lastIndex = at + stepAt(text, at);
      continue;
    }
    re.lastIndex = end;
    spans.push({ start: offset + at, end: offset + end });
  }
  return spans;
}
