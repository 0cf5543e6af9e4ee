// The head word of a value no concept takes: the noun a count counts ("40 new ambulances" →
// ambulances), in every language without a part-of-speech tagger (wink's tagger serves English names
// in @corpus/entities and is not loaded here for this). What stands for one:
// - a count's noun is plural in English ("40 rescue dogs", "300 damaged homes"): the first plural word of
//   the noun phrase is its head; on 36 sentences written for the measurement, the first plural was
//   right 36 times, the last word before a closed-class word 32 (a verb follows a bare noun: "70 rescue
//   dogs searched"), the first word not in a list of modifiers 10 (open-class adjectives: "damaged");
// - German nouns are capitalised: the first capitalised word ("40 neue Krankenwagen");
// - Romance languages put most adjectives after the noun, Dutch and Russian before it: the few that come
//   first ("nouvelles", "otros", "nieuwe", "новых") are a small closed class, listed per locale.
import type { Mention } from '@corpus/entities';
import { spacedWords } from '../facts/words-after';
import type { FactLocale } from '../locales/types';

const GAP = /^[\s\u00a0\u202f]{1,2}/u;
const WORD = /^\p{L}[\p{L}\p{M}'’-]{0,40}/u;
const CJK_HEAD = /^(?:\p{Script=Katakana}[\p{Script=Katakana}ー]{0,15}|\p{Script=Han}{1,3})/u;
const HANGUL_BEFORE = /(\p{Script=Hangul}{2,8})[\s\u00a0]{1,2}$/u;
/** Words of the noun phrase read after a count: enough for two modifiers and a compound. */
const PHRASE_WORDS = 4;

export interface HeadWords {
  partitives: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Closed-class words and the words of the locale's qualifiers ("about", "more than"): never a head. */
  skipped: ReadonlySet<string>;
  notHeads: ReadonlySet<string>;
  closed: ReadonlySet<string>;
  modifier?: RegExp;
  plural?: RegExp;
  capitalisedNouns: boolean;
  counters: readonly string[];
  linkers: readonly string[];
  particles: readonly string[];
  /** Concept words matched whole, to carry a head across languages by its concept. */
  concepts: readonly { concept: string; re: RegExp }[];
}

const compiled = new WeakMap<FactLocale, HeadWords>();
const whole = (list: readonly string[] | undefined) =>
  list?.length ? new RegExp(`^(?:${list.join('|')})$`, 'iu') : undefined;

export function wordsOf(locale: FactLocale): HeadWords {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const heads = locale.heads ?? {};
  const lower = (list: readonly string[] | undefined) => new Set((list ?? []).map((w) => w.toLowerCase()));
  const words: HeadWords = {
    partitives: lower(heads.partitives),
    articles: lower(heads.articles),
    skipped: new Set([...lower(heads.closed), ...qualifierWords(locale)]),
    notHeads: lower(heads.notHeads),
    closed: lower(heads.closed),
    capitalisedNouns: heads.capitalisedNouns === true,
    counters: [...(heads.counters ?? [])].sort((a, b) => b.length - a.length),
    linkers: heads.linkers ?? [],
    particles: [...(heads.particles ?? [])].sort((a, b) => b.length - a.length),
    concepts: Object.entries(locale.concepts ?? {}).map(([concept, list]) => ({
      concept,
      re: new RegExp(`^(?:${(list ?? []).join('|')})$`, 'iu'),
    })),
  };
  const modifier = whole(heads.modifiers);
  if (modifier) words.modifier = modifier;
  const plural = heads.plural ? new RegExp(`^(?:${heads.plural})$`, 'iu') : undefined;
  if (plural) words.plural = plural;
  compiled.set(locale, words);
  return words;
}

/** The plain words of the locale's qualifier phrases ("more than" → more, than), in lower case. */
function qualifierWords(locale: FactLocale): string[] {
  const lists = Object.values(locale.qualifiers?.before ?? {});
  return lists.flatMap((list) =>
    (list ?? []).flatMap((phrase) => (/^[\p{L} ]+$/u.test(phrase) ? phrase.toLowerCase().split(' ') : [])),
  );
}

/** Plural "s"/"es" off, lower-cased: "firefighters" and "firefighter", "boxes" and "box" are one head. */
export function lemma(word: string): string {
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

/**
 * The words after offset `at` up to a closed-class word or a punctuation mark, at most `max`: the noun
 * phrase a value stands before ("new ambulances" in "40 new ambulances to the hospital").
 */
export function phraseAfter(text: string, at: number, words: HeadWords, max = PHRASE_WORDS): string[] {
  const out: string[] = [];
  let rest = text.slice(at, at + 16 * max);
  while (out.length < max) {
    const gap = GAP.exec(rest);
    if (!gap) break;
    rest = rest.slice(gap[0].length);
    const word = WORD.exec(rest)?.[0];
    if (!word || words.closed.has(word.toLowerCase())) break;
    out.push(word);
    rest = rest.slice(word.length);
  }
  return out;
}

/** The head noun of a phrase that follows a value: by capitals, by number, or past the modifiers. */
export function phraseHead(phrase: readonly string[], words: HeadWords): string | undefined {
  if (words.capitalisedNouns) return phrase.find((w) => /^\p{Lu}/u.test(w));
  const plural = words.plural && phrase.find((w) => words.plural!.test(w));
  return plural || phrase.find((w) => !words.modifier?.test(w));
}

/** The head word of a count in a language written with spaces: the noun of the phrase after it. */
export function spacedHead(text: string, m: Mention, words: HeadWords): string | undefined {
  // A partitive right after the count ("2 of the 40") is a closed-class word: the raw next word tells.
  const rest = text.slice(m.span.end, m.span.end + 48);
  const gap = GAP.exec(rest);
  const next = gap ? WORD.exec(rest.slice(gap[0].length))?.[0] : undefined;
  if (partitive(text, m, words, next)) return undefined;
  const word = phraseHead(phraseAfter(text, m.span.end, words), words);
  if (!word || word.length < 3 || words.notHeads.has(word.toLowerCase())) return undefined;
  return word;
}

/** In Japanese and Chinese, the noun after the counter ("1200名消防士", "1200人の消防士", "40辆救护车"). */
export function cjkHead(text: string, m: Mention, words: HeadWords): string | undefined {
  let at = m.span.end;
  const counter = words.counters.find((c) => text.startsWith(c, at));
  if (!counter) return undefined;
  at += counter.length;
  const linker = words.linkers.find((l) => text.startsWith(l, at));
  if (linker) at += linker.length;
  return CJK_HEAD.exec(text.slice(at, at + 16))?.[0];
}

/** In Korean, the noun before the count ("소방관 1,200명") or after its counter ("1,200명의 소방관"). */
export function koreanHead(text: string, m: Mention, words: HeadWords): string | undefined {
  const counter = words.counters.find((c) => text.startsWith(c, m.span.end));
  if (!counter) return undefined;
  const after = text.slice(m.span.end + counter.length, m.span.end + counter.length + 16);
  const linked = words.linkers.find((l) => after.startsWith(l));
  const word = linked
    ? /^[\s\u00a0]{0,2}(\p{Script=Hangul}{2,8})/u.exec(after.slice(linked.length))?.[1]
    : HANGUL_BEFORE.exec(text.slice(Math.max(0, m.span.start - 12), m.span.start))?.[1];
  return word && withoutParticle(word, words);
}

/** "불도저가", "불도저를": the noun without the particle that ends the word. */
function withoutParticle(word: string, words: HeadWords): string {
  const particle = words.particles.find((p) => word.endsWith(p) && word.length - p.length >= 2);
  return particle ? word.slice(0, -particle.length) : word;
}

/** The head's key: its concept where a concept word is the head (any language), else language and lemma. */
export function headKey(
  head: string,
  locale: FactLocale,
  words: HeadWords,
): { key: string; display: string } {
  const concept = words.concepts.find((c) => c.re.test(head))?.concept;
  const display = locale.wordBoundaries ? lemma(head) : head;
  return concept ? { key: `concept:${concept}`, display } : { key: `${locale.lang}:${display}`, display };
}

const CLAUSE_END = /[,;:()\u2013\u2014]\s|[()]/gu;
/** Words walked back from a value to find what it measures or what happened ("fell", "reopened"). */
const LEFT_WORDS = 6;

/** The clause of `text` before offset `at`, from `from` on: after its last comma, semicolon or dash. */
function clauseBefore(text: string, from: number, at: number): { start: number; text: string } {
  const start = Math.max(from, at - 90);
  const before = text.slice(start, at);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return { start: start + cut, text: before.slice(cut) };
}

/**
 * The head of a value other than a bare count, in a language written with spaces: the noun after it when
 * it stands attributively after an article ("a 30-metre spire", "the 12% rise in prices"), else the
 * nearest word before it in its clause that is no function word, qualifier or other mention — the noun
 * it measures ("a spire of 96 metres") or the verb that happened ("shares fell 5%", "reopened on 7
 * December"). `end` is where the value ends with its unit word; a word where `covered` is true is
 * inside another of the sentence's mentions, skipped.
 */
export function spacedValueHead(
  text: string,
  m: Mention,
  end: number,
  sentenceStart: number,
  covered: (at: number) => boolean,
  words: HeadWords,
): string | undefined {
  const clause = clauseBefore(text, sentenceStart, m.span.start);
  const found = spacedWords(clause.text);
  const previous = found[found.length - 1]?.word.toLowerCase();
  if ((previous && words.articles.has(previous)) || /\d-\p{L}+$/u.test(m.text)) {
    const after = phraseHead(phraseAfter(text, end, words, 3), words);
    if (after && after.length >= 3 && !words.notHeads.has(after.toLowerCase())) return after;
  }
  let walked = 0;
  for (let i = found.length - 1; i >= 0 && walked < LEFT_WORDS; i--, walked++) {
    const word = found[i]!;
    const at = clause.start + word.index;
    if (covered(at)) continue;
    const lower = word.word.toLowerCase();
    if (word.word.length < 3 || words.skipped.has(lower) || words.notHeads.has(lower)) continue;
    return word.word;
  }
  return undefined;
}

const CJK_BEFORE =
  /(\p{Script=Katakana}[\p{Script=Katakana}ー]{0,15}|\p{Script=Han}{1,4}|\p{Script=Hangul}{2,8})[\s\u00a0]{0,2}$/u;

/**
 * The head of a value other than a bare count in Japanese, Chinese or Korean: the noun after it and its
 * linker ("30メートルの尖塔", "30米的尖塔", "30미터의 첨탑"), else the noun just before it, without the
 * particle that ends it ("費用は7億ユーロ", "비용은 7억 유로").
 */
export function cjkValueHead(
  text: string,
  m: Mention,
  end: number,
  sentenceStart: number,
  words: HeadWords,
): string | undefined {
  const after = text.slice(end, end + 20);
  const linker = words.linkers.find((l) => after.startsWith(l));
  if (linker) {
    const rest = after.slice(linker.length).trimStart();
    const noun = (CJK_HEAD.exec(rest) ?? /^\p{Script=Hangul}{2,8}/u.exec(rest))?.[0];
    if (noun) return withoutParticle(noun, words);
  }
  let before = text.slice(Math.max(sentenceStart, m.span.start - 16), m.span.start);
  const particle = words.particles.find((p) => before.endsWith(p));
  if (particle) before = before.slice(0, -particle.length);
  const noun = CJK_BEFORE.exec(before)?.[1];
  return noun && withoutParticle(noun, words);
}
