// Named sub-events: one of several fires, storms or quakes of a story ("the Eaton Fire", "l'incendie
// d'Eaton", "incendio Eaton", "이튼 산불"). A toll, an area or a containment figure said of one belongs
// to it, not to the story as a whole. The event nouns and the words that link a noun to its name are
// the locale's (FactLocale.events).
import type { FactLocale } from '../locales/types';
import type { Span } from '../types';

export interface EventName {
  span: Span;
  /**
   * The name's key: the mention's (without the event noun it may hold), else `name:<name>`, as
   * @corpus/entities keys a name; a glossed name takes its gloss ("이튼(Eaton)": `name:eaton`).
   */
  key: string;
  canonical: string;
}

interface Compiled {
  /** The noun right after a name ("Eaton Fire", "이튼 산불", "Eaton-Feuer"). */
  after: RegExp;
  /** The noun, and a linking word, right before a name ("incendie d'Eaton", "fuego en Palisades"). */
  before: RegExp;
  /** A name that holds its noun ("Eaton Fire" as one name). */
  trailing: RegExp;
  /**
   * A Katakana word right before the noun ("イートン火災"): a name no list holds. Not a Hangul one, which
   * may be any word ("이번 지진", this quake); Korean names count when glossed.
   */
  unlisted: RegExp;
  /**
   * Any event noun, anywhere: every event `eventNames` finds has one in its sentence. None when a noun
   * holds an assertion (a lookaround, an anchor, a word boundary), which a sentence could answer
   * differently from the few characters beside a name.
   */
  anyNoun?: RegExp;
}

const ASSERTION = /\(\?<?[=!]|\\[bB]|[$^.]/;

const cache = new WeakMap<FactLocale, Compiled | null>();

function compileEvents(locale: FactLocale): Compiled | undefined {
  const cached = cache.get(locale);
  if (cached !== undefined) return cached ?? undefined;
  const nouns = locale.events?.nouns ?? [];
  let out: Compiled | null = null;
  if (nouns.length > 0) {
    const noun = `(?:${nouns.join('|')})`;
    const edge = locale.wordBoundaries ? '(?![\\p{L}\\p{N}])' : '';
    const link = locale.events?.linkers?.length ? `(?:\\s{1,2}(?:${locale.events.linkers.join('|')}))?` : '';
    out = {
      after: new RegExp(`^[\\s\\u00a0-]{0,2}${noun}${edge}`, 'iu'),
      before: new RegExp(`(?<![\\p{L}\\p{N}])${noun}${link}[\\s\\u00a0]{0,2}$`, 'iu'),
      trailing: new RegExp(`[\\s-]${noun}$`, 'iu'),
      unlisted: new RegExp(
        `(\\p{Script=Katakana}[\\p{Script=Katakana}ー・]{1,11})[\\s\\u00a0]?${noun}`,
        'gu',
      ),
    };
    if (!nouns.some((n) => ASSERTION.test(n))) out.anyNoun = new RegExp(noun, 'iu');
  }
  cache.set(locale, out);
  return out ?? undefined;
}

/** False when `eventNames` would find no event in the sentence (it has no event noun); true when it may. */
export function mayNameEvent(text: string, sentence: Span, locale: FactLocale): boolean {
  const c = compileEvents(locale);
  if (!c) return false;
  return !c.anyNoun || c.anyNoun.test(text.slice(sentence.start, sentence.end));
}

/** At most this many glosses are kept per document (each is looked for in every sentence). */
const MAX_GLOSSES = 50;
const GLOSS =
  /([\p{Script=Hangul}\p{Script=Katakana}ー・]{2,12})[\s\u00a0]?[(（][\s\u00a0]?(\p{Lu}[\p{L}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){0,2})[\s\u00a0]?[)）]/gu;

/**
 * Names a document glosses once in Latin letters ("이튼(Eaton)", "アルタデナ（Altadena）"): written
 * later without the gloss, they are still that name, in the key every language shares.
 */
export function glossedNames(text: string): Map<string, string> {
  const glosses = new Map<string, string>();
  GLOSS.lastIndex = 0;
  for (let m = GLOSS.exec(text); m !== null && glosses.size < MAX_GLOSSES; m = GLOSS.exec(text)) {
    if (!glosses.has(m[1]!)) glosses.set(m[1]!, m[2]!);
  }
  return glosses;
}

function named(span: Span, name: string, glosses: ReadonlyMap<string, string>, key?: string): EventName {
  const canonical = glosses.get(name) ?? name;
  return { span, key: key ?? `name:${canonical.toLowerCase()}`, canonical };
}

/**
 * The named sub-events of a sentence: each of `names` (its mentions and acronyms) but places that an
 * event noun stands beside, each glossed name that one stands beside, and a Katakana word right before
 * one.
 */
export function eventNames(
  text: string,
  sentence: Span,
  names: readonly { span: Span; key: string; canonical: string; place?: boolean }[],
  locale: FactLocale,
  glosses: ReadonlyMap<string, string>,
): EventName[] {
  const c = compileEvents(locale);
  if (!c) return [];
  const found: EventName[] = [];
  const isEvent = (span: Span) =>
    c.after.test(text.slice(span.end, Math.min(sentence.end, span.end + 16))) ||
    c.before.test(text.slice(Math.max(sentence.start, span.start - 32), span.start));
  for (const { span, key, canonical, place } of names) {
    // "洛杉矶山火", "the Los Angeles fire": a city's or a country's fire is the story's, not one of several.
    if (place) continue;
    const trailing = c.trailing.exec(canonical);
    if (trailing) {
      const name = canonical.slice(0, trailing.index);
      const stripped = key.endsWith(canonical.slice(trailing.index).toLowerCase())
        ? key.slice(0, key.length - (canonical.length - trailing.index))
        : undefined;
      found.push(named(span, name, glosses, stripped));
    } else if (isEvent(span)) found.push(named(span, canonical, glosses, key));
  }
  const slice = text.slice(sentence.start, sentence.end);
  for (const name of glosses.keys()) {
    for (let at = slice.indexOf(name); at >= 0; at = slice.indexOf(name, at + name.length)) {
      const span = { start: sentence.start + at, end: sentence.start + at + name.length };
      if (isEvent(span)) found.push(named(span, name, glosses));
    }
  }
  const ends = new Set(found.map((f) => f.span.end));
  c.unlisted.lastIndex = 0;
  for (let m = c.unlisted.exec(slice); m !== null; m = c.unlisted.exec(slice)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[1]!.length };
    if (!ends.has(span.end)) found.push(named(span, m[1]!, glosses));
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
