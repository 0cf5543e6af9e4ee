import { calendarWords } from '@corpus/core';
import { NAME_SLOT_WORDS, PINYIN_SURNAMES, TERM_ACRONYMS } from '../locales/_global/index';
import type { EntityLocale } from '../locales/types';
import type { MentionType, Span } from '../types';
import type { Candidate } from './candidate';
import {
  germanPlaceKey,
  germanWordKind,
  isForeignGivenName,
  isGermanBodyAcronym,
  isGermanFamilyNoun,
  isGermanNoun,
  isGermanTitleCaseAcronym,
  isGivenName,
  isStopword,
} from './name-lexicon';
import { alternation, firstIndex, isUpper, TokenScanner } from './text';
import { startsWithOneOf, type WordsByFirst, wordsByFirst } from './word-index';

const L = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';
// Linear: the separator class is excluded from the repeated body and must be followed by a letter.
const TOKEN_RE = new RegExp(`[${L}0-9](?:[${L}\\p{M}0-9]|[-.'’&](?=[${L}0-9]))*`, 'uy');
const TOKEN_START = new RegExp(`[${L}0-9]`, 'gu');
const ELISION = /^(l|dell|dall|nell|sull|all|coll|un|d|c|qu|j|n|s|m|t|quest|quell|po|sant)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/u;

interface Token {
  start: number;
  end: number;
  text: string;
}

const PINYIN = new Set(PINYIN_SURNAMES);
// Lower-case particles inside names ("University of Warsaw", "Ursula von der Leyen"). German
// articles are not among them: "der"/"des" only follow "von"/"van".
const CONNECTORS = new Set([
  'of',
  'de',
  'di',
  'da',
  'von',
  'van',
  'du',
  'del',
  'della',
  'degli',
  'dos',
  'y',
  'der',
  'den',
  'zu',
  // "son of" in Arabic names ("Mohammed bin Salman"), after a given name only: "bin" is German too.
  'bin',
  'ibn',
  // The same particles in Cyrillic ("Урсула фон дер Ляйен", "Шарль де Голль").
  'фон',
  'ван',
  'дер',
  'де',
]);
const AFTER_VON_ONLY = new Set(['der', 'den', 'дер']);
// "zu" is a preposition too ("gratulierte Merz zu Weihnachten"): a particle only after a given name
// ("Karl-Theodor zu Guttenberg") or "von und" ("von und zu Liechtenstein").
const AFTER_GIVEN_ONLY = new Set(['zu', 'bin', 'ibn']);
const VON = /^(?:v[oa]n|фон|ван)$/u;
// "of" joins only organisation names that begin with a head noun ("University of Warsaw").
const AFTER_HEAD_ONLY = new Set(['of', 'y']);
// Short words a Title Case headline leaves in lower case.
const TITLE_EXEMPT = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'via',
  'per',
  'nor',
  'but',
  'into',
  'over',
  'than',
]);
const PRODUCT_SHAPE =
  /^(?:[A-Z][A-Za-z]*-\d[\dA-Za-z.]*|[a-z]\d{1,2}(?:-[a-z]+)?|[A-Z]{1,3}\d{2,4}[A-Za-z]?|[A-Z][a-z]+-[A-Z]?\d[\dA-Za-z.]*)$/u;
const MIXED_CASE = /^\p{Ll}+\p{Lu}|^\p{Lu}+\p{Ll}+\p{Lu}|\p{Ll}\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** Title words that also begin names and terms: not cut off a capitalised run. */
const OPEN_TITLES = new Set([
  'head',
  'lead',
  'leader',
  'chief',
  'judge',
  'boss',
  'executive',
  'author',
  'critic',
  'colleague',
  'dame',
  'sir',
]);

export interface NameContext {
  text: string;
  locale: EntityLocale | undefined;
  /** English data, used for Latin names in any language (tech news borrows English heavily). */
  english: EntityLocale;
  gazetteer: Map<string, string>;
  sentences: Span[];
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const scan = new TokenScanner(text, TOKEN_START, TOKEN_RE);
  while (scan.next()) {
    let start = scan.start;
    let word = text.slice(start, scan.end);
    const el = ELISION.exec(word);
    if (el) {
      start += el[0].length;
      word = word.slice(el[0].length);
    }
    if (POSSESSIVE.test(word) && word.length > 3) word = word.slice(0, -2);
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

// The Arabic article joined to a family name ("Baschar al-Assad", "Ahmed al-Scharaa").
const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}\p{Ll}/u;
const nameLike = (t: string) =>
  isUpper(t[0]) || MIXED_CASE.test(t) || PRODUCT_SHAPE.test(t) || ARABIC_ARTICLE.test(t);

function keyOf(type: MentionType, name: string): string {
  const prefix =
    type === 'PERSON'
      ? 'person'
      : type === 'ORG'
        ? 'org'
        : type === 'PRODUCT'
          ? 'product'
          : type === 'PLACE'
            ? 'place'
            : 'name';
  return `${prefix}:${name.toLowerCase().replace(/\s+/g, ' ')}`;
}

export function typeOfKey(key: string): MentionType {
  const p = key.slice(0, key.indexOf(':'));
  return p === 'org'
    ? 'ORG'
    : p === 'product'
      ? 'PRODUCT'
      : p === 'place'
        ? 'PLACE'
        : p === 'person'
          ? 'PERSON'
          : 'NAME';
}

/** Offsets where a sentence or a line begins: the first word there is capitalised by grammar. */
/** Offsets where a sentence or line starts, one flag per offset (a Set of 10^6 offsets costs more than linear). */
function sentenceStarts(text: string, sentences: Span[]): Uint8Array {
  const starts = new Uint8Array(text.length + 1);
  starts[0] = 1;
  for (const s of sentences) if (s.start >= 0 && s.start <= text.length) starts[s.start] = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[i + 1] = 1;
  for (const m of text.matchAll(/[.!?:;。！？：|][\s"'“”«»「」()（）*-]*/gu))
    starts[m.index + m[0].length] = 1;
  return starts;
}

function isInitial(text: string, starts: Uint8Array, pos: number): boolean {
  let p = pos;
  while (p > 0 && /[\s"'“”‘’«»„「」『』()（）*#>·•\-–—]/u.test(text[p - 1] ?? '')) p--;
  return starts[p] === 1 || starts[pos] === 1 || p === 0;
}

/** Lines (sentences) written in Title Case: capitals there are style, not evidence. */
function titleCaseRanges(text: string, tokens: Token[]): Span[] {
  const ranges: Span[] = [];
  let lineStart = 0;
  let ti = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let words = 0;
    let caps = 0;
    while (ti < tokens.length && (tokens[ti] as Token).start < lineEnd) {
      const t = tokens[ti] as Token;
      if (t.text.length >= 3 && LEADING_LETTER.test(t.text) && !TITLE_EXEMPT.has(t.text.toLowerCase())) {
        words++;
        if (isUpper(t.text[0])) caps++;
      }
      ti++;
    }
    // Only lines written in a cased script: Latin names inside Chinese or Japanese prose are not style.
    if (words >= 4 && caps / words >= 0.9 && casedShare(text, lineStart, lineEnd))
      ranges.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  return ranges;
}

const LEADING_LETTER = /^\p{L}/u;
const LETTER = /\p{L}/u;
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** At least 95% of the letters in text[start, end) are in a cased script (counted by code point). */
function casedShare(text: string, start: number, end: number): boolean {
  let letters = 0;
  let cased = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let ch: string;
    if (c < 0x80) {
      // ASCII: letters are Latin, nothing else is a letter.
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        cased++;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ch = text.slice(i, i + 2);
        i++;
      } else ch = text[i] as string;
    } else ch = text[i] as string;
    if (LETTER.test(ch)) letters++;
    if (CASED.test(ch)) cased++; // Latin-script numerals (Ⅻ) count too, as in a per-character match
  }
  return cased >= letters * 0.95;
}

const WORD_CHAR = /^[\p{L}.-]$/u;
const SPACE = /^\s$/u;

/**
 * The last word (letters, dots, hyphens) of text[lo, hi) before trailing spaces, as
 * `/([\p{L}.-]+)[ \u00a0]*$/u.exec(text.slice(lo, hi))?.[1] ?? ''` gives it, found by walking back
 * from `hi` (the regex, anchored at the end, tries every start position: quadratic in the window).
 */
function wordBefore(text: string, lo: number, hi: number): string {
  let end = hi;
  while (end > lo && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  let start = end;
  while (start > lo) {
    const c = text.charCodeAt(start - 1);
    // A low surrogate with its high surrogate inside the window is one code point.
    const pair = c >= 0xdc00 && c <= 0xdfff && start - 2 >= lo;
    const hiSur = pair ? text.charCodeAt(start - 2) : 0;
    const width = pair && hiSur >= 0xd800 && hiSur <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

interface Run {
  tokens: Token[];
}

function buildRuns(text: string, tokens: Token[], heads: Set<string>, german = false): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && !nameLike((cur[cur.length - 1] as Token).text)) cur.pop();
    if (cur.length) runs.push({ tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = cur[cur.length - 1];
    const gapOk =
      prev !== undefined &&
      (/^[ \u00a0]$/u.test(text.slice(prev.end, t.start)) ||
        // German: a firm named by two names and "&" ("Procter & Gamble", "Ernst & Young"); not a
        // legal form's "& Co." ("GmbH & Co. KG", taken whole by townQualifiers).
        (german && text.slice(prev.end, t.start) === ' & ' && nameLike(t.text) && t.text !== 'Co') ||
        // "St. Petersburg", "FC St. Pauli", "St. Gallen": the saint's abbreviation opens a name.
        (prev.text === 'St' && /^\.[ \u00a0]$/u.test(text.slice(prev.end, t.start))));
    if (nameLike(t.text)) {
      if (!gapOk) flush();
      cur.push(t);
    } else if (
      gapOk &&
      CONNECTORS.has(t.text) &&
      cur.length > 0 &&
      (!AFTER_VON_ONLY.has(t.text) || VON.test(prev?.text ?? '')) &&
      (!AFTER_GIVEN_ONLY.has(t.text) || givenName(prev?.text ?? '')) &&
      (!AFTER_HEAD_ONLY.has(t.text) || heads.has((cur[0] as Token).text))
    ) {
      // "von der Leyen", "van der Plas": a second particle may stand before the name.
      let n = i + 1;
      if (!AFTER_VON_ONLY.has(t.text) && AFTER_VON_ONLY.has(tokens[n]?.text ?? '')) n++;
      const next = tokens[n];
      // A German "von" after a full name is "from" ("Harry Kane von Tottenham"), not a particle.
      // Nor after a German common noun: "die Schlösser von König Ludwig"; nor after a word with a
      // digit, which no given name has ("die D66 von Rob Jetten", "der A380 von Airbus").
      const from =
        t.text === 'von' &&
        (cur.length >= 2 ||
          /\d/u.test(prev?.text ?? '') ||
          (german && germanWordKind(prev?.text ?? '') === 'noun' && !givenName(prev?.text ?? '')));
      const spaced = tokens
        .slice(i, n + 1)
        .every((x, k, all) => k === 0 || /^[ \u00a0]$/u.test(text.slice((all[k - 1] as Token).end, x.start)));
      if (!from && next && nameLike(next.text) && spaced) {
        cur.push(t);
        if (n > i + 1) {
          cur.push(tokens[i + 1] as Token);
          i++;
        }
      } else flush();
    } else flush();
  }
  flush();
  return runs;
}

const longestNames = new WeakMap<Map<string, string>, number>();

/** The length of the gazetteer's longest name (the gazetteers are shared and never change). */
function longestName(gazetteer: Map<string, string>): number {
  let n = longestNames.get(gazetteer);
  if (n === undefined) {
    n = 0;
    for (const k of gazetteer.keys()) if (k.length > n) n = k.length;
    longestNames.set(gazetteer, n);
  }
  return n;
}

function spanText(text: string, toks: Token[]): string {
  return text.slice((toks[0] as Token).start, (toks[toks.length - 1] as Token).end);
}

interface Segment {
  tokens: Token[];
  key?: string;
  role?: boolean;
}

/** Cuts a run into gazetteer names, role words and unknown stretches, longest gazetteer match first. */
function segmentRun(
  text: string,
  run: Token[],
  ctx: NameContext,
  roleWord: (w: string) => boolean,
  orgWords: Set<string>,
): Segment[] {
  const out: Segment[] = [];
  let unknown: Token[] = [];
  const flush = () => {
    if (unknown.length) out.push({ tokens: unknown });
    unknown = [];
  };
  let i = 0;
  while (i < run.length) {
    let matched = false;
    for (let n = Math.min(6, run.length - i); n >= 1; n--) {
      const toks = run.slice(i, i + n);
      const key = ctx.gazetteer.get(spanText(text, toks));
      if (key) {
        flush();
        out.push({ tokens: toks, key });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const t = run[i] as Token;
    if (PRODUCT_SHAPE.test(t.text) && /\d/.test(t.text)) {
      // Model names stand on their own: "von GPT-4", "Architekten von GPT-4".
      flush();
      out.push({ tokens: [t] });
    } else if (roleWord(t.text)) {
      flush();
      out.push({ tokens: [t], role: true });
    } else unknown.push(t);
    i++;
  }
  flush();
  // A place inside a longer unknown name is part of it ("Michael Jordan", "Georgia Smith"), and so
  // is a company before an organisation word ("Meta Superintelligence Lab", "Google Research").
  const merged: Segment[] = [];
  for (const seg of out) {
    const prev = merged[merged.length - 1];
    const lastWord = (seg.tokens[seg.tokens.length - 1] as Token).text;
    if (
      prev?.key?.startsWith('org:') &&
      !seg.key &&
      !seg.role &&
      seg.tokens.length >= 1 &&
      orgWords.has(lastWord)
    ) {
      merged[merged.length - 1] = { tokens: [...prev.tokens, ...seg.tokens] };
      continue;
    }
    const isPlace = seg.key?.startsWith('place:') === true;
    const prevPlace = prev?.key?.startsWith('place:') === true;
    if (prev && !prev.role && !seg.role && ((isPlace && !prev.key) || (prevPlace && !seg.key))) {
      merged[merged.length - 1] = { tokens: [...prev.tokens, ...seg.tokens] };
    } else merged.push(seg);
  }
  return merged;
}

/** The locale's cue words for names (the document's language, then English), built once per text. */
interface NameCues {
  stop: Set<string>;
  titles: Set<string>;
  titleSuffixes: readonly string[];
  personSuffixAfter: RegExp | undefined;
  verbs: WordsByFirst;
  orgSuffixes: Set<string>;
  orgHeads: Set<string>;
  /** The cues as written, asked for a whole word (a Set: asked for every capitalised run). */
  productCueSet: Set<string>;
  productCuesLower: WordsByFirst;
  cjkOrgSuffixes: string[];
  mediaCues: WordsByFirst;
  nounsCapitalised: boolean;
  citedMediaRe: RegExp | undefined;
  partyRe: RegExp | undefined;
  citeBeforeRe: RegExp | undefined;
  citeAfterRe: RegExp | undefined;
}

// Where German news cites a paper named by a noun: after "laut", before or after a verb of
// reporting with its article in the nominative ("der Spiegel berichtet", "schreibt die Zeit"; not
// "in der Zeit meldete"), in the dative after a verb of saying and its subject ("sagte er dem
// Spiegel"; not "der Welt", which may be the world's), before "zufolge" in the dative.
const REPORTED =
  '(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|schreibt|schrieb|schreiben|zitiert|zitierte|enthüllte)';
const SAID = '(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|betonte|kündigte|räumte)';

function citedMediaRe(media: readonly string[]): RegExp | undefined {
  if (!media.length) return undefined;
  const byArticle = (articles: string[]) =>
    media
      .filter((m) => articles.includes(m.slice(0, m.indexOf(' '))))
      .map((m) => m.slice(m.indexOf(' ') + 1));
  const any = `(?:${byArticle(['der', 'die', 'das']).join('|')})(?: am Sonntag)?`;
  const masc = `(?:${byArticle(['der', 'das']).join('|')})(?: am Sonntag)?`;
  const fem = `(?:${byArticle(['die']).join('|')})(?: am Sonntag)?`;
  const told = `(?:${byArticle(['die'])
    .filter((x) => x !== 'Welt')
    .join('|')})`;
  const nominative = `(?:[Dd](?:er|as) (${masc})|[Dd]ie (${fem}))`;
  const dative = `(?:[Dd]em (${masc})|[Dd]er (${fem}))`;
  const saidDative = `(?:dem (${masc})|der (${told}))`;
  return new RegExp(
    `(?<![\\p{L}])(?:[Ll]aut (${any})|${nominative} ${REPORTED}|${REPORTED} ${nominative}|${SAID} (?:er|sie|(?:der |die )?\\p{Lu}[\\p{L}-]+) ${saidDative}|${dative} zufolge)(?![\\p{L}-])`,
    'gu',
  );
}

/**
 * "die|den|der Grünen", "die Linke": each party after its articles written in lower case, inside a
 * sentence ("Die Linke" opening one may be written as the party's whole name).
 */
function partyRe(parties: readonly string[]): RegExp | undefined {
  if (!parties.length) return undefined;
  const after = parties.map((p) => {
    const sp = p.indexOf(' ');
    return `(?:${p.slice(0, sp)}) (${p.slice(sp + 1)})`;
  });
  return new RegExp(`(?<![\\p{L}/])(?:${after.join('|')})(?![\\p{L}-])`, 'gu');
}

function nameCues(locale: EntityLocale | undefined, english: EntityLocale): NameCues {
  const both = <T>(pick: (l: EntityLocale) => readonly T[] | undefined): T[] => [
    ...((locale && pick(locale)) ?? []),
    ...(pick(english) ?? []),
  ];
  const personSuffixRe = alternation([...(locale?.personSuffixes ?? [])]);
  const productCues = both((l) => l.productCues);
  const citesBefore = both((l) => l.orgCitesBefore);
  const citesAfter = both((l) => l.orgCitesAfter);
  return {
    stop: new Set(both((l) => l.stopwords)),
    titles: new Set(both((l) => l.personTitles).map((t) => t.toLowerCase())),
    titleSuffixes: locale?.personTitleSuffixes ?? [],
    personSuffixAfter: personSuffixRe ? new RegExp(`^\\s*(?:${personSuffixRe})`, 'u') : undefined,
    verbs: wordsByFirst(both((l) => l.personVerbs).map((v) => v.toLowerCase())),
    orgSuffixes: new Set(both((l) => l.orgSuffixes).map((s) => s.replace(/\.$/, ''))),
    orgHeads: new Set(both((l) => l.orgHeads)),
    productCueSet: new Set(productCues),
    productCuesLower: wordsByFirst(productCues.map((c) => c.toLowerCase())),
    cjkOrgSuffixes: (locale?.orgSuffixes ?? []).filter((x) => /^[\p{Script=Han}\p{Script=Hangul}]/u.test(x)),
    mediaCues: wordsByFirst(both((l) => l.mediaCues).map((c) => c.toLowerCase())),
    nounsCapitalised: locale?.capitalisesNouns === true,
    citedMediaRe: citedMediaRe(locale?.citedMedia ?? []),
    partyRe: partyRe(locale?.articleParties ?? []),
    citeBeforeRe: citesBefore.length
      ? new RegExp(`(?<![\\p{L}])(?:${citesBefore.join('|')})\\s*$`, 'iu')
      : undefined,
    // "미국지질조사국(USGS)에 따르면": the cue may follow the bracket around the acronym.
    citeAfterRe: citesAfter.length ? new RegExp(`^[)）]?\\s*(?:${citesAfter.join('|')})`, 'iu') : undefined,
  };
}

/** One text being read for names: what every step reads, and the candidates found so far. */
interface NameScan {
  ctx: NameContext;
  text: string;
  cues: NameCues;
  tokens: Token[];
  starts: Uint8Array;
  /** Title Case lines, sorted and disjoint. */
  titleRanges: Span[];
  /** Offsets of '\n', so that finding a run's line costs a binary search, not a scan of the line. */
  newlines: number[];
  /** Words seen in lower case somewhere in the text. */
  lowerWords: Set<string>;
  out: Candidate[];
}

function nameScan(ctx: NameContext): NameScan {
  const { text } = ctx;
  const tokens = tokenize(text);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return {
    ctx,
    text,
    cues: nameCues(ctx.locale, ctx.english),
    tokens,
    starts: sentenceStarts(text, ctx.sentences),
    titleRanges: titleCaseRanges(text, tokens),
    newlines,
    lowerWords,
    out: [],
  };
}

function inTitle(s: NameScan, pos: number): boolean {
  const r = s.titleRanges[firstIndex(s.titleRanges.length, (i) => (s.titleRanges[i] as Span).end <= pos)];
  return r !== undefined && r.start <= pos && pos < r.end;
}

/** text.lastIndexOf('\n', pos - 1) + 1 */
function lineStartOf(s: NameScan, pos: number): number {
  const i = firstIndex(s.newlines.length, (j) => (s.newlines[j] as number) < pos) - 1;
  return i >= 0 ? (s.newlines[i] as number) + 1 : 0;
}

/** text.indexOf('\n', pos) */
function nextNewline(s: NameScan, pos: number): number {
  return s.newlines[firstIndex(s.newlines.length, (j) => (s.newlines[j] as number) < pos)] ?? -1;
}

function isTitleWord({ cues }: NameScan, w: string): boolean {
  const lw = w.toLowerCase();
  return cues.titles.has(lw) || cues.titleSuffixes.some((s) => lw.length > s.length + 2 && lw.endsWith(s));
}

/**
 * A capitalised title before a name is cut off the name ("Founder Maria Keller", "Professor Li"); a
 * few titles also start names or terms ("Head", "Chief", "Judge") and stay in the run.
 */
function roleWord(s: NameScan, w: string): boolean {
  return (
    /^(?:CEO|CTO|CFO|COO|VP|SVP|EVP)$/.test(w) ||
    (s.cues.nounsCapitalised && isTitleWord(s, w)) ||
    (/^\p{Lu}[\p{Ll}-]+$/u.test(w) && s.cues.titles.has(w.toLowerCase()) && !OPEN_TITLES.has(w.toLowerCase()))
  );
}

// A regnal number (Leo XIV, Ludwig II, Charles III): Roman numerals up to 39.
const REGNAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

function push(
  { text, out, cues }: NameScan,
  toks: Token[],
  type: MentionType,
  key: string,
  confidence: number,
  recognizer: string,
  extra?: Partial<Candidate>,
): void {
  const start = (toks[0] as Token).start;
  let end = (toks[toks.length - 1] as Token).end;
  const last = (toks[toks.length - 1] as Token).text;
  if (type === 'ORG' && text[end] === '.' && /^(?:Inc|Corp|Co|Ltd|Bros|S\.p\.A|e\.V)$/.test(last)) end++;
  // German writes a regnal number as an ordinal, with its period ("Papst Leo XIV.", "König Ludwig II.").
  if (
    cues.nounsCapitalised &&
    (type === 'PERSON' || type === 'NAME') &&
    text[end] === '.' &&
    toks.length >= 2 &&
    last.length > 0 &&
    REGNAL.test(last) &&
    givenName((toks[toks.length - 2] as Token).text)
  )
    end++;
  out.push({ type, start, end, key, confidence, recognizer, priority: type === 'NAME' ? 40 : 50, ...extra });
}

const before = ({ text }: NameScan, tok: Token, n = 24) => text.slice(Math.max(0, tok.start - n), tok.start);
const after = ({ text }: NameScan, tok: Token, n = 24) => text.slice(tok.end, tok.end + n);
const prevWord = ({ text }: NameScan, tok: Token) => wordBefore(text, Math.max(0, tok.start - 40), tok.start);

// The locale's language model (English: wink-nlp), asked only about a single capitalised word.
const contextOf = ({ text }: NameScan, tok: Token) =>
  (text.slice(tok.start, tok.start + 160).split('\n')[0] ?? '').trim();
const properNoun = (s: NameScan, tok: Token): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(tok.text) && s.ctx.locale?.properNoun?.(tok.text, contextOf(s, tok)) === true;
const dateWord = (s: NameScan, tok: Token): boolean =>
  s.ctx.locale?.dateWord?.(tok.text, contextOf(s, tok)) === true;

/** "according to the USGS", "selon l'EMSC", "据 USGS", "USGS によると": a cited agency. */
const citedAgency = ({ text, cues }: NameScan, tok: Token) =>
  cues.citeBeforeRe?.test(text.slice(Math.max(0, tok.start - 30), tok.start)) === true ||
  cues.citeAfterRe?.test(text.slice(tok.end, tok.end + 12)) === true;

function personEvidence(s: NameScan, seg: Token[]): boolean {
  const first = seg[0] as Token;
  const last = seg[seg.length - 1] as Token;
  if (seg.length >= 2 && givenName(first.text)) return true;
  if (
    seg.length === 2 &&
    seg.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
    seg.some((t) => PINYIN.has(t.text))
  )
    return true;
  if (isTitleWord(s, prevWord(s, first))) return true;
  // A role word right before, in any script ("研究副总裁 Jerry Tworek", "CEO Sam Altman").
  const b = before(s, first, 12);
  if (/(?:副社長|副总裁|总裁|社長|CEO|CTO|教授|研究者|研究员|科学家|創設者|创始人|记者)\s*$/u.test(b))
    return true;
  const a = after(s, last, 16);
  if (s.cues.personSuffixAfter?.test(a)) return true;
  const a2 = after(s, last, 30).toLowerCase();
  // A verb after one space is read at offset 1: no spaced copy of every verb built for every name.
  if (
    startsWithOneOf(s.cues.verbs, a2, 0) ||
    (a2.charCodeAt(0) === 32 && startsWithOneOf(s.cues.verbs, a2, 1))
  )
    return seg.length >= 2 || properNoun(s, first);
  return false;
}

/** Where a run stands: a Title Case line, a heading, a sentence start, a quotation inside CJK text. */
interface RunPlace {
  title: boolean;
  heading: boolean;
  initial: boolean;
  quoted: boolean;
}

/** A cue-typed name: an organisation, a medium or a product by the words around it. */
function cuedType(s: NameScan, seg: Token[], str: string): boolean {
  const { cues } = s;
  const first = seg[0] as Token;
  const last = seg[seg.length - 1] as Token;
  // "Hamburger SV", "Karlsruher SC": a club's kind after its town's adjective.
  const townClub =
    seg.length === 2 &&
    cues.nounsCapitalised &&
    cues.orgHeads.has(last.text) &&
    ACRONYM.test(last.text) &&
    placeAdjective(s, first.text);
  if (seg.length >= 2 && (cues.orgSuffixes.has(last.text) || cues.orgHeads.has(first.text) || townClub)) {
    let named = cues.orgHeads.has(first.text) || townClub ? seg : withoutApposedNoun(s, seg);
    // "1. FC Köln", "1. FSV Mainz 05": the club's number before its kind.
    const number = cues.orgHeads.has(first.text)
      ? /(?:^|[\s(])(\d{1,2}\.) $/u.exec(before(s, first, 5))
      : null;
    const digits = number?.[1];
    if (digits) {
      const start = first.start - digits.length - 1;
      named = [{ start, end: start + digits.length, text: digits }, ...seg];
    }
    push(s, named, 'ORG', keyOf('ORG', spanText(s.text, named).replace(/\.$/, '')), 0.8, 'names:org-cue');
    return true;
  }
  const next = after(s, last, 20).trimStart().toLowerCase();
  const prev = before(s, first, 20);
  // A Latin name followed by a CJK organisation word: "Gnoppix 公司", "Anthropic社".
  if (cues.cjkOrgSuffixes.some((x) => next.startsWith(x) && !next.startsWith(`${x}内`))) {
    push(s, seg, 'ORG', keyOf('ORG', str), 0.75, 'names:org-cue');
    return true;
  }
  if (startsWithOneOf(cues.mediaCues, next, 0)) {
    push(s, seg, 'ORG', keyOf('ORG', str), 0.6, 'names:media-cue');
    return true;
  }
  if (
    startsWithOneOf(cues.productCuesLower, next, 0) ||
    cues.productCueSet.has(prevWord(s, first).toLowerCase()) ||
    /(?:项目|模型|モデル|model)\s*[「『“"]?\s*$/u.test(prev)
  ) {
    push(s, seg, 'PRODUCT', keyOf('PRODUCT', str), 0.7, 'names:product-cue');
    return true;
  }
  return false;
}

/**
 * In German, a kind of firm before a firm's name and legal form stands in apposition ("das
 * Unternehmen Zalando SE", "der Autobauer Porsche AG"); other nouns may open the name ("General
 * Dynamics Corp.", "Deutsche Bank AG").
 */
function withoutApposedNoun(s: NameScan, seg: Token[]): Token[] {
  if (!s.cues.nounsCapitalised || seg.length < 3) return seg;
  return GERMAN_FIRM_KIND.test((seg[0] as Token).text) ? seg.slice(1) : seg;
}

// Russian case endings a given name takes ("Владимира", "Сергеем", "Марией"): tried off the word.
const CYRILLIC_CASE = /(?:ой|ей|ом|ем|ым|ым|ою|а|у|е|ю|я|ы|и)$/u;

/** A given name, in Russian also in an oblique case ("Сергея" → Сергей, "Марией" → Мария). */
function givenName(word: string): boolean {
  if (isGivenName(word)) return true;
  // "Karl-Theodor", "Marie-Agnes": every part a given name.
  if (word.includes('-')) return word.split('-').every((part) => part.length >= 3 && isGivenName(part));
  const m = CYRILLIC_CASE.exec(word);
  if (!m || word.length < 5) return false;
  const stem = word.slice(0, m.index);
  return ['', 'а', 'я', 'й', 'ь'].some((e) => isGivenName(stem + e));
}

// Words after which a capitalised German word with no noun in it names a place, a firm or a person
// ("in Nürnberg", "von Tottenham"); after others it is as often a borrowed word ("unter Reasoning").
const GERMAN_NAME_BEFORE = /^(?:in|nach|aus|bei|von|vom|gegen|mit|für|über|zwischen|um|durch|an|bis)$/u;

/**
 * German capitalises every noun, so a capitalised word is a name only when it is no noun of the
 * lexicon (scripts/generate-name-lexicon.mjs). Nouns around a name are cut off it — a title or an
 * apposition before ("Bundeskanzler Friedrich Merz", "Autobauer Porsche"), a noun after ("Olaf
 * Scholz Partei") — and what is left must hold no noun: several words ("Olaf Scholz", "Bayern
 * München"), or one word after a cut-off noun, or, with no noun after it, one word after a preposition
 * ("in Nürnberg") or at a sentence start before a lower-case word (a verb: "Bosch baut"). Returns the
 * name's words, or undefined.
 */
function germanName(s: NameScan, seg: Token[], place: RunPlace): Token[] | undefined {
  if (
    seg.some(
      (t, k) =>
        !CONNECTORS.has(t.text) &&
        isStopword(langOf(s), t.text) &&
        !/^\p{Lu}{2,}$/u.test(t.text) &&
        // A family name that is a function word too closes a name ("Ricarda Lang", "Ulrich Lange").
        !(
          k > 0 &&
          k === seg.length - 1 &&
          germanWordKind((seg[k - 1] as Token).text) !== 'noun' &&
          !isStopword('de', (seg[k - 1] as Token).text)
        ),
    )
  )
    return undefined;
  // "Strauß' Erbe": only a name takes the apostrophe, even one that is a noun too.
  if (
    seg.length === 1 &&
    APOSTROPHE_GENITIVE.test(s.text.slice((seg[0] as Token).end, (seg[0] as Token).end + 3))
  )
    return /[sßxz]$/u.test((seg[0] as Token).text) ? seg : undefined;
  // A known region or town is a name wherever it stands, though a noun by the lexicon; so is the
  // dative of a country named in the plural ("in den Niederlanden", "auf den Malediven").
  if (
    seg.length === 1 &&
    (placeKey(s, (seg[0] as Token).text) !== undefined || pluralCountry(s, seg[0] as Token))
  )
    return seg;
  const noun = seg.map(
    (t) => !CONNECTORS.has(t.text) && germanWordKind(t.text) === 'noun' && placeKey(s, t.text) === undefined,
  );
  const romance = romanceParticleName(seg, noun);
  if (romance) return romance;
  // A genitive read as a compound ("Habecks" as Hab + Ecks) is no noun of the lexicon itself.
  if (noun[0] && noun[1] && !isGermanNoun((seg[0] as Token).text)) {
    const genitive = namesGenitive(seg[0] as Token, true);
    if (genitive) return [genitive];
  }
  // A firm named like a noun, in the genitive before a noun with no article before it ("Bayers
  // Glyphosat-Klagen", "Henkels Umsatz"): news puts no common noun's genitive there.
  if (seg.length === 2 && noun[0] && noun[1]) {
    const firm = nounNamedGenitive(s, seg[0] as Token);
    if (firm) return [firm];
  }
  if (seg.length === 1 && place.initial && noun[0] && initialNounFirm(s, seg[0] as Token)) return seg;
  if (seg.length === 1 && namedBank((seg[0] as Token).text)) return seg;
  let lo = 0;
  let hi = seg.length;
  while (lo < hi && noun[lo]) lo++;
  while (hi > lo && (noun[hi - 1] || CONNECTORS.has((seg[hi - 1] as Token).text))) hi--;
  if (lo >= hi || noun.slice(lo, hi).some(Boolean)) return undefined;
  // A family name is often a noun too (Müller, Ahnen, Koch): after a given name it is the name's.
  // (A given name of another locale too, in German text: "Lothar Reiche", "Karol Hahn".)
  if (
    hi < seg.length &&
    hi - lo === 1 &&
    (givenName((seg[lo] as Token).text) || isForeignGivenName((seg[lo] as Token).text))
  )
    hi++;
  // So is one after a word with no noun in it, closing the run, when a family name is written so
  // ("von Kanye West"; not "in Stuttgart Stellen": a town, and no family name).
  else if (
    hi === seg.length - 1 &&
    hi - lo === 1 &&
    germanWordKind((seg[lo] as Token).text) === 'unknown' &&
    placeKey(s, (seg[lo] as Token).text) === undefined &&
    isGermanFamilyNoun((seg[hi] as Token).text)
  )
    hi++;
  const name = seg.slice(lo, hi);
  if (name.length >= 2) return name;
  const first = name[0] as Token;
  const kind = germanWordKind(first.text);
  if (lo > 0) return name;
  const genitive = lo === 0 ? namesGenitive(first, hi < seg.length) : undefined;
  if (genitive) return [genitive];
  // A noun after one word: the name only after a preposition of place ("in Stuttgart Stellen ab").
  if (hi < seg.length)
    // A town of the place table though a compound of nouns by the lexicon ("in Wolfsburg Stellen").
    return !place.initial &&
      (kind !== 'noun' || placeKey(s, first.text) !== undefined) &&
      GERMAN_NAME_BEFORE.test(prevWord(s, first))
      ? name
      : undefined;
  if (place.initial) return kind !== 'noun' && /^\s+\p{Ll}/u.test(after(s, first, 4)) ? name : undefined;
  const before = prevWord(s, first);
  return GERMAN_NAME_BEFORE.test(before) ||
    germanCoordinated(s, first, kind) ||
    articleName(before, first, kind) ||
    feminineDer(s, before, first, kind) ||
    bareName(s, before, first, kind) ||
    foreignName(first, kind)
    ? name
    : undefined;
}

// A firm named like a noun opens a sentence with no article, before a verb in the singular and its
// object ("Henkel verkauft sein Russlandgeschäft", "Commerzbank streicht 3900 Stellen"): a common
// count noun in the singular stands there only after an article; an abstract or mass noun (by its
// ending: Kritik, Bilanz, Leistung) or a plural may stand without one.
const INITIAL_FIRM_NEXT =
  /^ (\p{Ll}{3,}t) (?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|\d)/u;
const ABSTRACT_ENDING =
  /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ik|nis|enz|anz|ur|ing|e|en|er|em|es|ern)$/u;

function initialNounFirm(s: NameScan, tok: Token): boolean {
  if (
    !/^\p{Lu}\p{Ll}{3,}$/u.test(tok.text) ||
    ABSTRACT_ENDING.test(tok.text) ||
    isStopword('de', tok.text) ||
    calendarWord('de', tok.text) ||
    isTitleWord(s, tok.text) ||
    placeKey(s, tok.text) !== undefined
  )
    return false;
  const verb = INITIAL_FIRM_NEXT.exec(after(s, tok, 30))?.[1];
  return verb !== undefined && !isStopword('de', verb);
}

// A bank named by a word German has no noun or adjective of ("Commerzbank", "Targobank"), though the
// lexicon lists the whole: not "Zentralbank", "Direktbank" or "Volksbank", whose first part is one.
const BANK = /^(\p{Lu}\p{Ll}{2,})bank$/u;

function namedBank(word: string): boolean {
  const mod = BANK.exec(word)?.[1];
  return (
    mod !== undefined &&
    germanWordKind(mod) === 'unknown' &&
    !ADJECTIVE_SHAPE.test(mod) &&
    !/(?:ekt|s)$/u.test(mod) &&
    !isStopword('de', mod)
  );
}

// A Romance particle inside a run in a German text ("Tour de France", "Charles de Gaulle", "Banco
// de España"): German writes none of these words, so the run around it is a foreign name; a noun
// right before the particle is its head ("Tour"), nouns before that are a title cut off it
// ("Flughafen Charles de Gaulle"). Not "da" or "du", German words too.
const ROMANCE_PARTICLE = /^(?:de|di|del|della|degli|dos)$/u;

function romanceParticleName(seg: Token[], noun: boolean[]): Token[] | undefined {
  const c = seg.findIndex((t, k) => k > 0 && k < seg.length - 1 && ROMANCE_PARTICLE.test(t.text));
  if (c < 0 || !/^\p{Lu}/u.test((seg[c + 1] as Token).text)) return undefined;
  let lo = 0;
  while (lo < c - 1 && noun[lo]) lo++;
  return seg.slice(lo);
}

// Letters German does not write: a word with one is a foreign name (or a loanword the lexicon has).
const FOREIGN_LETTER = /[àáâãåāăçćčđèéêëēęěğìíîïīıłñńňòóôõøōőœřśšşșťțùúûūůűýÿźżž]/iu;

/** "der Charité", "des Élysée": inside a sentence, after an article too, a word with a foreign letter and no noun in it. */
function foreignName(first: Token, kind: 'noun' | 'tail' | 'unknown'): boolean {
  return (
    kind === 'unknown' &&
    first.text.length >= 4 &&
    /^\p{Lu}[\p{Ll}-]+$/u.test(first.text) &&
    FOREIGN_LETTER.test(first.text)
  );
}

const APOSTROPHE_GENITIVE = /^['’] \p{Lu}/u;

/** "Niederlanden": a country the gazetteer names in the plural ("Niederlande"), in the dative. */
function pluralCountry(s: NameScan, tok: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+en$/u.test(tok.text) &&
    s.ctx.gazetteer.get(tok.text.slice(0, -1))?.startsWith('place:') === true
  );
}

/** The key of a place the gazetteer or the German place table knows. */
function placeKey(s: NameScan, name: string): string | undefined {
  const key = s.ctx.gazetteer.get(name) ?? germanPlaceKey(name);
  return key?.startsWith('place:') ? key : undefined;
}

/** "Bayers", "Henkels": a noun's genitive in -s with no article, determiner or adjective before it; the stem. */
function nounNamedGenitive(s: NameScan, word: Token): Token | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}[^s]s$/u.test(word.text)) return undefined;
  const stem = word.text.slice(0, -1);
  if (germanWordKind(stem) !== 'noun' || isStopword('de', stem) || givenName(stem)) return undefined;
  const before = prevWord(s, word);
  if (ANY_ARTICLE.test(before) || isStopword('de', before) || /^\p{Ll}+(?:e|en|er|em|es)$/u.test(before))
    return undefined;
  return { start: word.start, end: word.end - 1, text: stem };
}

/**
 * German puts only a name's genitive before its noun ("Merz' Koalition", "Habecks Heizungsgesetz",
 * "Deutschlands Wirtschaft"): a word that is no noun, ending in -s before a noun, or in s, ß, x or z
 * and an apostrophe, is a name wherever it stands. Returns the name without its ending.
 */
function namesGenitive(word: Token, nounAfter: boolean): Token | undefined {
  if (!nounAfter || word.text.length < 5 || !word.text.endsWith('s') || givenName(word.text))
    return undefined;
  const stem = word.text.slice(0, -1);
  if ((germanWordKind(stem) === 'noun' && germanPlaceKey(stem) === undefined) || isStopword('de', stem))
    return undefined;
  return { start: word.start, end: word.end - 1, text: stem };
}

// German writes a firm with the feminine article ("die Lufthansa", "an die Telekom"); English nouns it
// borrows mostly take der or das ("der Lockdown", "das Okay").
const GERMAN_ARTICLE = /^die$/iu;
// Endings of adjectives and verbs used as nouns ("die Grünen", "die Neue") and of English words
// borrowed as nouns, also in the plural ("die Deals", "die Performance").
const NOMINALISED = /(?:e|en|em|er|es|ern|ing|ung|s)$/u;

/** "die Lufthansa", "an die Lufthansa": after "die", a word that is no noun and cannot be an adjective, a verb or a plural. */
function articleName(before: string, first: Token, kind: 'noun' | 'tail' | 'unknown'): boolean {
  return (
    kind === 'unknown' &&
    first.text.length >= 4 &&
    GERMAN_ARTICLE.test(before) &&
    !NOMINALISED.test(first.text)
  );
}

// "der" after a preposition of the dative or a noun is the feminine's dative or genitive ("bei der
// Condor", "eine Maschine der Condor"): a firm's article as "die" is (a masculine word there takes
// "dem" or "des"). Not "von der", a family name's particle ("von der Leyen").
const FEMININE_DER_AFTER =
  /^(?:bei|mit|aus|zu|nach|seit|gegenüber|an|auf|in|unter|vor|hinter|neben|über|zwischen)$/u;

/** "bei der Condor", "Maschine der Condor": after a dative preposition or a noun, "der" and a word as after "die". */
function feminineDer(s: NameScan, before: string, first: Token, kind: 'noun' | 'tail' | 'unknown'): boolean {
  if (before !== 'der' || kind !== 'unknown' || first.text.length < 4 || NOMINALISED.test(first.text))
    return false;
  const at = first.start - before.length - 1;
  const prev = wordBefore(s.text, Math.max(0, at - 40), at);
  return (
    FEMININE_DER_AFTER.test(prev) ||
    (/^\p{Lu}\p{Ll}/u.test(prev) &&
      germanWordKind(prev) === 'noun' &&
      !/[.!?:;]\s*$/u.test(s.text.slice(0, at)))
  );
}

const ANY_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/iu;
// Endings of nominalised adjectives and verbs, of English words borrowed as nouns, and of German
// nouns the lexicon may lack (Nachhaltigkeit, Digitalisierung, Resilienz).
const NOMINALISED_SINGULAR =
  /(?:e|en|em|er|es|ern|ing|ung|heit|keit|schaft|tion|tät|ismus|ik|ur|nis|enz|anz)$/u;

/**
 * "sagte Wüst", "traf Macron", "Laut Eurostat": inside a sentence, a capitalised word with no noun in
 * it, not after an article (which makes nouns of adjectives and verbs) and not ending as those do.
 */
function bareName(s: NameScan, before: string, first: Token, kind: 'noun' | 'tail' | 'unknown'): boolean {
  return (
    kind === 'unknown' &&
    first.text.length >= 4 &&
    /^\p{Ll}/u.test(first.text.slice(1)) &&
    // After a lower-case word or a function word ("Laut Eurostat"), not inside a longer name.
    (/^\p{Ll}/u.test(before) || isStopword('de', before) || s.cues.stop.has(before)) &&
    !ANY_ARTICLE.test(before) &&
    (!NOMINALISED_SINGULAR.test(first.text) || familyNameInEr(s, first.text)) &&
    !coordinatedWithNoun(s, before, first)
  );
}

/**
 * "sagte Söder", "traf Steinmeier", "zum Jupiter": a name ending in -er, as many family names do. Not
 * an adjective or ordinal used as a noun ("als Deutscher", "wurde Zweiter": the lexicon has Deutsche,
 * Zweite), nor a town's inhabitant ("als Berliner").
 */
function familyNameInEr(s: NameScan, word: string): boolean {
  return (
    word.length >= 5 &&
    /^\p{Lu}\p{Ll}+er$/u.test(word) &&
    !isGermanNoun(word.slice(0, -1)) &&
    !isGermanNoun(word.slice(0, -2)) &&
    !placeAdjective(s, word)
  );
}

/** "Forschung und Kommerz": a word coordinated with a noun is a noun the lexicon lacks. */
function coordinatedWithNoun(s: NameScan, before: string, first: Token): boolean {
  if (!/^(?:und|oder|sowie)$/u.test(before)) return false;
  const at = first.start - before.length - 1;
  const other = wordBefore(s.text, Math.max(0, at - 40), at);
  return /^\p{Lu}/u.test(other) && germanWordKind(other) === 'noun';
}

// "Berlin und Prag": a word that is no noun, coordinated with a capitalised word that is no noun
// either. (After a definite article alone, such a word is as often a nominalised adjective.)
const GERMAN_COORDINATED = /(?:^|[\s(„"])(\p{Lu}[\p{L}-]+)[ \u00a0]+(?:und|oder)[ \u00a0]+$/u;

function germanCoordinated(s: NameScan, first: Token, kind: 'noun' | 'tail' | 'unknown'): boolean {
  if (kind !== 'unknown') return false;
  const other = GERMAN_COORDINATED.exec(before(s, first, 40))?.[1];
  return other !== undefined && !isStopword('de', other) && germanWordKind(other) === 'unknown';
}

const langOf = (s: NameScan): string => s.ctx.locale?.lang ?? '';

/** A month or weekday of the language (CLDR): "Lundi", "Maggio". */
function calendarWord(lang: string, word: string): boolean {
  const c = calendarWords(lang);
  const w = word.normalize('NFC').toLowerCase();
  return c !== undefined && (c.monthByName.has(w) || c.weekdayByName.has(w));
}

// Romance adjectives of institutions, written in lower case after a capitalised head
// ("Banque centrale européenne", "Assemblée nationale", "Commissione europea", "Tribunal Supremo").
const INSTITUTION_ADJECTIVE =
  /^\p{Ll}+(?:al|ale|ales|ali|aux|el|elle|ique|ica|ico|ici|iche|éen|éenne|eo|ea|ei|ien|ienne|iano|iana|ais|aise|ese|esi|ar|aire|ario|aria|if|ive|ivo|iva|ier|ière|eme|ême|emo|ema|or|ora)$/u;
const INSTITUTION_OF = /^(?:de la|de|du|des|della|dello|dei|degli|delle|del|di|da|do|dos|das)$/u;

/**
 * French, Italian, Spanish and Portuguese capitalise only the first word of an institution's name: a
 * capitalised head that does not start the sentence, then lower-case adjectives and at most one
 * "de (la) …" complement, is one organisation ("Autorité de la concurrence", "Garante della privacy").
 * Returns where the name ends, or -1 when no lower-case word belongs to it.
 */
function institutionEnd(s: NameScan, head: Token): number {
  if (!ROMANCE.has(langOf(s))) return -1;
  const lang = langOf(s);
  let end = head.end;
  for (let n = 0; n < 2; n++) {
    const adj = /^ (\p{Ll}+)(?=[\s,.;:!?)]|$)/u.exec(s.text.slice(end, end + 30));
    if (!adj || !INSTITUTION_ADJECTIVE.test(adj[1] as string) || isStopword(lang, adj[1] as string)) break;
    end += adj[0].length;
  }
  const of = /^ (de la|[\p{Ll}]+) (\p{Ll}{4,})(?=[\s,.;:!?)]|$)/u.exec(s.text.slice(end, end + 40));
  if (of && INSTITUTION_OF.test(of[1] as string) && !isStopword(lang, of[2] as string)) end += of[0].length;
  return end > head.end ? end : -1;
}
const ROMANCE = new Set(['fr', 'it', 'es', 'pt']);

// Russian capitalises only the first word of a body's or a region's name: an adjective before the
// body ("Государственная дума", "Верховный суд") or the region ("Калининградской области"), or a
// body's head noun before its complement in the genitive ("Министерство обороны", "Служба внешней
// разведки"). Each word in any case ending.
const RU_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ая|яя|ый|ий|ой|ое|ее|ую|юю|ого|его|ому|ему|ом|ем|ым|им|ых|их|ей)$/u;
const RU_BODY =
  /^(?:дум|суд|совет|служб|комитет|палат|банк|собрани|прокуратур|академи|университет|парти|министерств|агентств|фонд|правительств|союз)[а-яё]{0,3}$/u;
const RU_REGION = /^(?:област(?:ь|и|ью)|кра(?:й|я|е|ю|ем)|округ(?:а|е|у|ом)?|республик(?:а|и|е|у|ой))$/u;
const RU_HEAD = /^(?:Министерств|Служб|Комитет|Агентств|Управлени|Совет|Палат)[а-яё]{0,3}$/u;
// A genitive noun or adjective (обороны, иностранных дел, внешней разведки), not a verb in the past.
const RU_GENITIVE = /^(?:\p{Ll}+(?:ы|и|а|я|ов|ев|ей|ий|ых|их|ого|его|ой)|дел)$/u;
const RU_VERB_PAST = /(?:л|ла|ло|ли)$/u;

/** A Russian body or region written with one capital: where it ends and its type, if the word opens one. */
function russianBody(s: NameScan, first: Token): { end: number; type: MentionType } | undefined {
  if (langOf(s) !== 'ru') return undefined;
  const words = /^((?: \p{Ll}+){1,3})/u
    .exec(s.text.slice(first.end, first.end + 60))?.[1]
    ?.slice(1)
    .split(' ');
  if (!words) return undefined;
  const one = words[0] as string;
  if (RU_ADJECTIVE.test(first.text) && (RU_BODY.test(one) || RU_REGION.test(one)))
    return { end: first.end + 1 + one.length, type: RU_BODY.test(one) ? 'ORG' : 'PLACE' };
  if (!RU_HEAD.test(first.text)) return undefined;
  let end = first.end;
  for (const w of words) {
    if (!RU_GENITIVE.test(w) || (w !== 'дел' && RU_VERB_PAST.test(w))) break;
    end += 1 + w.length;
  }
  return end > first.end ? { end, type: 'ORG' } : undefined;
}

/**
 * A capitalised word that starts a sentence is a name when it is no function word of the language
 * and a lower-case word (its verb) follows: "Renault a vendu", "Shell verhuisde", "Eni ha firmato";
 * not "Hier, …", "Selon …", "Dopo …". Common nouns start a sentence after an article.
 */
function initialName(s: NameScan, tok: Token): boolean {
  if (!s.ctx.locale || s.ctx.locale.properNoun || tok.text.length < 3) return false;
  if (isStopword(langOf(s), tok.text) || dateWord(s, tok) || calendarWord(langOf(s), tok.text)) return false;
  const next = /^[ \u00a0]+([\p{Ll}][\p{L}'’]*)/u.exec(after(s, tok, 30));
  return next !== null;
}

// German adjectives are written in lower case, except in a name: a capitalised adjective inside a
// sentence opens one ("die Europäische Zentralbank", "den Vereinten Nationen", "Das Statistische
// Bundesamt"). Their shape, since the noun lexicon holds them as nominalised adjectives.
// An -ell adjective is never -eller there: that is a noun of agents ("Chiphersteller Infineon").
const GERMAN_ADJECTIVE =
  /^\p{Lu}\p{Ll}+(?:(?:isch|sch|lich|ig|al|iv|är|bar|sam|haft|eint)(?:e|en|er|es|em)|ell(?:e|en|es|em))$/u;
// The federal and state bodies: "Bundes" or "Landes" and an institution noun ("Bundestag",
// "Bundesnetzagentur", "Landesregierung", "Bundesstelle für Flugunfalluntersuchung"), which the noun lexicon holds as common nouns.
// The world bodies likewise ("Weltgesundheitsorganisation", "Weltbank", "Weltklimarat",
// "Weltwirtschaftsforum"), and the domestic intelligence service, which news names by its field
// ("der Verfassungsschutz", "des Verfassungsschutzes").
const GERMAN_BODY =
  /^(?:(?:Bundes|Landes)\p{Ll}*(?:(?:tag|rat|gericht|gerichtshof|hof|amt|ministerium)(?:e?s)?|regierung|wehr|agentur|zentrale|bank|anstalt|polizei|behörde|versammlung|kammer|liga|stelle)|Welt\p{Ll}*(?:organisation|bank|rat|forum)|Verfassungsschutz(?:es)?)$/u;
// A ministry is one body whatever its field ("Verteidigungsministerium", "des Finanzministeriums").
const GERMAN_MINISTRY = /^\p{Lu}\p{Ll}+ministeriums?$/u;

// An institution named after a person or a place, joined by hyphens ("Max-Planck-Institut",
// "Robert-Koch-Institut", "Fraunhofer-Gesellschaft", "Goethe-Institut"): a noun of this kind last.
const GERMAN_INSTITUTION_HEAD =
  /-(?:(?:Institut|Klinikum|Zentrum|Museum|Theater|Verlag|Gymnasium)(?:e?s)?|Gesellschaft|Stiftung|Universität|Hochschule|Werke|Akademie)$/u;
// Offices whose name goes on with "für" and their field ("Bundesagentur für Arbeit", "Bundesamt für
// Migration und Flüchtlinge", "Max-Planck-Institut für Astronomie").
const GERMAN_OFFICE =
  /(?:(?:amt|institut|zentrum|ministerium|gerichtshof|verband)(?:e?s)?|agentur|zentrale|anstalt|behörde|kommission|gesellschaft|stiftung|akademie|organisation|stelle)$/iu;
// One field of an office: a noun, an adjective before it in either case ("für politische Bildung",
// "für Europäische Wirtschaftsforschung"), and what joins the next (", " or " und ").
const GERMAN_FIELD_ITEM = /^(?:(\p{L}\p{Ll}+(?:e|en|er|es)) )?(\p{Lu}[\p{Ll}-]+)((?:,| und) )?/u;
// A field's domain after it ("für Sicherheit in der Informationstechnik"): a long compound noun, no
// time or place ("in der Nacht", "in der Hauptstadt").
const GERMAN_FIELD_DOMAIN = /^ in der (\p{Lu}\p{Ll}{7,})(?=[\s,.;:!?)]|$)/u;

/**
 * Where an office's name ends: after its " für …" field when one follows, nouns all, listed with
 * commas and "und" ("Bundesministerium für Ernährung, Landwirtschaft und Heimat"), with its domain.
 */
// A federal or state ministry named by its field in the genitive ("Bundesministerium der Justiz",
// "des Bundesministeriums der Finanzen", "Bundesministerium des Innern").
const MINISTRY_OF = /^(?:Bundes|Landes|Staats)ministeriums?$/u;
const MINISTRY_FIELD = /^ (?:der|des) (\p{Lu}\p{Ll}+)(?=[\s,.;:!?)]|$)/u;
// A university or academy with its town after "zu" ("Humboldt-Universität zu Berlin", "Universität
// zu Köln").
const UNIVERSITY_SEAT = /(?:Universität|Hochschule|Akademie)$/u;
const SEAT_AFTER_ZU = /^ zu (\p{Lu}[\p{L}-]+)/u;

function officeEnd(s: NameScan, head: Token): number {
  const seat = UNIVERSITY_SEAT.test(head.text)
    ? SEAT_AFTER_ZU.exec(s.text.slice(head.end, head.end + 40))
    : null;
  if (seat && placeKey(s, seat[1] as string) !== undefined) return head.end + seat[0].length;
  const field = MINISTRY_OF.test(head.text)
    ? MINISTRY_FIELD.exec(s.text.slice(head.end, head.end + 40))
    : null;
  if (field && placeKey(s, field[1] as string) === undefined && !givenName(field[1] as string))
    return head.end + field[0].length;
  if (!GERMAN_OFFICE.test(head.text) || !s.text.startsWith(' für ', head.end)) return head.end;
  const from = head.end + 5;
  const rest = s.text.slice(from, from + 160);
  // The fields and what joins each to the next; a list closes with "und" or is only its first field.
  let pos = 0;
  let end = -1;
  for (let n = 0; n < 6; n++) {
    const m = GERMAN_FIELD_ITEM.exec(rest.slice(pos));
    if (!m || !fieldItem(m[1], m[2] as string)) break;
    const join = m[3] ?? '';
    // A compound's first part ("Luft-") stands only before "und" and the noun that heads it.
    const part = (m[2] as string).endsWith('-');
    if (part && join !== ' und ') break;
    if (n === 0 && !part) end = pos + m[0].length - join.length;
    pos += m[0].length;
    if (join === ' und ') {
      const last = GERMAN_FIELD_ITEM.exec(rest.slice(pos));
      if (last && fieldItem(last[1], last[2] as string)) end = pos + last[0].length - (last[3]?.length ?? 0);
      break;
    }
    // Only a ministry lists its fields with commas ("für Ernährung, Landwirtschaft und Heimat"):
    // after another office the comma ends its name ("die Bundesagentur für Arbeit, Jobcenter und …").
    if (join !== ', ' || !/ministerium/u.test(head.text)) break;
  }
  if (end < 0) return head.end;
  const domain = GERMAN_FIELD_DOMAIN.exec(rest.slice(end));
  const noun = domain?.[1];
  if (
    noun &&
    germanWordKind(noun) === 'noun' &&
    !GERMAN_PLACE_KIND.test(noun.toLowerCase()) &&
    placeKey(s, noun) === undefined
  )
    end += (domain as RegExpExecArray)[0].length;
  return from + end;
}

/** A field of an office: a noun, after an inflected adjective in either case if one stands before it. */
function fieldItem(adjective: string | undefined, noun: string): boolean {
  // "für Luft- und Raumfahrt": a compound's first part whose head is written once.
  const word = noun.endsWith('-') ? noun.slice(0, -1) : noun;
  if (germanWordKind(word) !== 'noun') return false;
  if (adjective === undefined) return true;
  const capitalised = (adjective[0] as string).toUpperCase() + adjective.slice(1);
  return INFLECTED_ADJECTIVE.test(capitalised) && !isStopword('de', adjective);
}

function pushInstitution(s: NameScan, head: Token, start = head.start): void {
  const end = officeEnd(s, head);
  const name = s.text.slice(start, end);
  s.out.push({
    type: 'ORG',
    start,
    end,
    key: keyOf('ORG', name),
    confidence: 0.6,
    recognizer: 'names:institution',
    priority: 50,
  });
}

// Authorities, courts, houses and firms named after their seat ("Polizei Köln", "Oberlandesgericht
// Düsseldorf", "des Landgerichts Hamburg", "Staatsoper Berlin", "Sparkasse Hannover"): such a noun,
// in any case, before a known place.
const GERMAN_SEATED =
  /(?:polizei|gericht|gerichtshof|anwaltschaft|universität|hochschule|klinikum|klinik|ministerium|amt|senat|verwaltung|behörde|kammer|oper|theater|museum|messe|bistum|kasse|bank|werke|flughafen|zoo|s-bahn|u-bahn)(?:e?s)?$/u;

/** "Technische Universität Dresden", "Freie Universität Berlin": an adjective, a seated noun, its seat. */
function seatedAfterAdjective(s: NameScan, seg: Token[]): boolean {
  if (seg.length !== 3) return false;
  const [adjective, body, seat] = seg as [Token, Token, Token];
  return (
    INFLECTED_ADJECTIVE.test(adjective.text) &&
    !isStopword('de', adjective.text) &&
    placeKey(s, adjective.text) === undefined &&
    GERMAN_SEATED.test(body.text.toLowerCase()) &&
    placeKey(s, seat.text) !== undefined
  );
}

/** A seated authority's noun and the place after it. */
function seatedInstitution(s: NameScan, seg: Token[]): boolean {
  const first = seg[0] as Token;
  if (seg.length < 2 || !GERMAN_SEATED.test(first.text.toLowerCase())) return false;
  return (
    placeKey(s, spanText(s.text, seg.slice(1))) !== undefined ||
    (seg.length === 2 && district(s, seg[1] as Token))
  );
}

/** "Hamburg-Eppendorf", "Berlin-Mitte": a known town, a hyphen and a capitalised part, its district. */
function district(s: NameScan, tok: Token): boolean {
  const town = /^(\p{Lu}[\p{L}]+)-\p{Lu}\p{Ll}+$/u.exec(tok.text)?.[1];
  // Not a point of the compass or another noun that the place table has as a town too ("Nord-Ost").
  return town !== undefined && placeKey(s, town) !== undefined && !isGermanNoun(town);
}

// A noun naming a kind of firm, before the firm's name in apposition ("der Konzern Bayer", "der
// Versicherer Allianz", "Autobauer Porsche", "des Chemiekonzerns Henkel", "die Drogeriekette Müller").
const GERMAN_FIRM_KIND =
  /^(?:\p{Lu}[\p{Ll}-]*(?:konzern|hersteller|bauer|versicherer|versorger|händler|anbieter|zulieferer|verlag|sender|discounter|riese|kette|airline)|Konzern|Unternehmen|Versicherer|Hersteller|Anbieter|Händler|Sender|Verlag|Discounter|Reederei|Fluggesellschaft|Kette|Airline)(?:s|es|n)?$/u;

/** The name after a kind of firm: an organisation, though a noun of the lexicon (Bayer, Allianz, Henkel). */
function appositiveFirm(s: NameScan, seg: Token[]): boolean {
  if (seg.length < 2 || seg.length > 3 || !GERMAN_FIRM_KIND.test((seg[0] as Token).text)) return false;
  const name = seg.slice(1);
  if (name.some((t) => isStopword('de', t.text)) || (name.length === 2 && givenName((name[0] as Token).text)))
    return false;
  const str = spanText(s.text, name);
  push(s, name, 'ORG', keyOf('ORG', str), 0.7, 'names:firm-apposition');
  return true;
}

// Kinds of things German names in apposition before their name, which may be a noun or a place
// too: a vessel or craft ("die Raumsonde Juice", "das Segelschulschiff Gorch Fock", "der Eisbrecher
// Polarstern", "die Fregatte Hessen"), a castle, abbey or mine ("Schloss Neuschwanstein", "Kloster
// Andechs", "Zeche Zollverein"; the kind is part of the name), an agency or a paper ("die
// Nachrichtenagentur Reuters", "das Magazin Spiegel").
// (Asked of the word in lower case: "Schiff" and "Segelschulschiff" alike.)
const GERMAN_CRAFT_KIND =
  /^[\p{Ll}-]*(?:schiff|sonde|fregatte|korvette|flugzeugträger|zerstörer|u-boot|kreuzer|tanker|frachter|fähre|teleskop|satellit|rakete|raumkapsel|raumstation|eisbrecher|rover)(?:e?s|en|n)?$/u;
const GERMAN_SITE_KIND =
  /^(?:Schloss|Schlosses|Burg|Kloster|Klosters|Festung|Zeche|Palais|Villa|Abtei|Zitadelle)$/u;
// A piece of software or a model named after its kind ("die App Signal", "des Messengers Telegram",
// "vom Typ Leopard"): a product.
const GERMAN_SOFTWARE_KIND =
  /^(?:App|Apps|Messenger|Messengers|Chatbot|Chatbots|Browser|Browsers|Betriebssystem|Betriebssystems|Typ|Typs|Modell|Modells)$/u;
const WARSHIP = /(?:fregatte|korvette|flugzeugträger|zerstörer|u-boot|kreuzer)(?:e?s|en|n)?$/u;
// A work after its kind ("der Roman Kairos", "der Film Sterben", "die Oper Lohengrin"): a product,
// though a noun or a given name.
const GERMAN_WORK_KIND =
  /^(?:Roman|Romans|Film|Films|Filmes|Buch|Buches|Buchs|Serie|Oper|Album|Albums|Song|Songs|Theaterstück|Stück|Musical|Musicals|Gedicht|Dokumentation|Doku)$/u;
const GERMAN_MEDIA_KIND = /^[\p{Ll}-]*(?:agentur|zeitung|zeitschrift|magazin|blatt)(?:e?s|en)?$/u;
// A body of people after its kind ("die Band Kraftklub", "der Verband Bitkom", "die Gewerkschaft
// Verdi", "die Umweltorganisation Greenpeace", "der Verein Foodwatch"): an organisation.
const GERMAN_GROUP_KIND =
  /^(?:[\p{Ll}-]*(?:verband|verbandes|verbands|gewerkschaft|organisation)|(?:rock|pop|punk|metal|indie|boy|girl)?band|verein|vereins|partei)$/u;
// A game after its kind ("das Aufbauspiel Anno 117", "das Videospiel Minecraft"): a product; the
// bare "Spiel" is a match as often ("nach dem Spiel Trainer …").
const GERMAN_GAME_KIND =
  /^(?:video|computer|aufbau|strategie|rollen|handy|online|brett|karten|action)spiel(?:e?s)?$/u;
// An airport after its kind ("am Flughafen Hahn", "vom Airport Weeze"): the place, named by its
// word alone.
const GERMAN_AIRPORT_KIND = /^(?:Flughafen|Flughafens|Airport|Airports|Flugplatz|Flugplatzes)$/u;
// The endings of a German plural ("Mitglieder", "Passagiere", "Fans", "Federn"): after a body's or an
// airport's kind a noun so ending is what it has ("verliert die Gewerkschaft Mitglieder", "am
// Flughafen Passagiere"), unless it is a family name too (die Drogeriekette Müller).
const PLURAL_SHAPE = /(?:e|en|ln|rn|er|s)$/u;
// Nouns of time and direction that follow a noun without naming it ("das Schiff Ende Mai").
const NOT_APPOSED = /^(?:Ende|Anfang|Mitte|Richtung|Kurs|Beginn)$/u;

/** A name in apposition after the noun of its kind (a craft, a castle, an agency or a paper). */
function apposedName(s: NameScan, seg: Token[]): boolean {
  if (seg.length < 2 || seg.length > 3) return false;
  const kind = (seg[0] as Token).text;
  if (!/^\p{Lu}\p{Ll}/u.test(kind)) return false;
  const lower = kind.toLowerCase();
  const craft =
    GERMAN_CRAFT_KIND.test(lower) ||
    GERMAN_SOFTWARE_KIND.test(kind) ||
    GERMAN_WORK_KIND.test(kind) ||
    GERMAN_GAME_KIND.test(lower);
  const site = !craft && GERMAN_SITE_KIND.test(kind);
  const airport = !craft && GERMAN_AIRPORT_KIND.test(kind);
  const group = !craft && !site && !airport && GERMAN_GROUP_KIND.test(lower);
  if (!craft && !site && !airport && !group && !GERMAN_MEDIA_KIND.test(lower)) return false;
  const name = seg.slice(1);
  const head = name[0] as Token;
  if (
    name.some((t) => isStopword('de', t.text) || calendarWord('de', t.text) || !/^\p{Lu}/u.test(t.text)) ||
    NOT_APPOSED.test(head.text) ||
    dateWord(s, head) ||
    // What a body or an airport has, in the plural ("verliert die Partei Wähler", "am Flughafen Passagiere").
    ((group || airport) &&
      name.length === 1 &&
      germanWordKind(head.text) === 'noun' &&
      PLURAL_SHAPE.test(head.text) &&
      !isGermanFamilyNoun(head.text)) ||
    // A castle is named by no common noun ("im Schloss Besucher"); a paper may be (das Magazin Stern).
    (site && isGermanNoun(head.text) && placeKey(s, head.text) === undefined) ||
    // A paper named by a town is its seat ("die Zeitung Berlin"); a ship a town names is one the
    // ship leaves or reaches ("hat das Schiff Hamburg verlassen"), but a warship's name.
    (!site && !airport && !WARSHIP.test(lower) && (placeKey(s, head.text) !== undefined || district(s, head)))
  )
    return false;
  const named = site ? seg : name;
  const type: MentionType = craft ? 'PRODUCT' : site || airport ? 'PLACE' : 'ORG';
  push(s, named, type, keyOf(type, spanText(s.text, named)), 0.65, 'names:apposition');
  return true;
}

// Houses, bodies and papers a city's adjective names ("Berliner Philharmoniker", "Kölner
// Staatsanwaltschaft", "Hamburger Senat", "Frankfurter Börse"): the seated nouns and these.
// Their festivals, fairs and conferences, papers and railways too ("Bayreuther Festspiele",
// "Münchner Sicherheitskonferenz", "Leipziger Buchmesse", "Hamburger Abendblatt", "Harzer
// Schmalspurbahnen"); not "Berliner Mieten".
const GERMAN_CITY_BODY =
  /(?:philharmoniker|symphoniker|sinfoniker|zeitung|börse|senat|verkehrsbetriebe|rundschau|festspiele|festival|sicherheitskonferenz|buchmesse|marathon|abendblatt|morgenpost|nachrichten|allgemeine|stadtwerke|bahn|bahnen)n?$/u;

// A lake named by a word and "-see" that the noun lexicon has as no noun ("Chiemsee", "Tegernsee";
// not "Badesee", "Stausee", nor "Bodensee", whose head is a noun), wherever it stands.
const GERMAN_LAKE = /^\p{Lu}\p{Ll}{2,}see$/u;

/** "Chiemsee", not "Badesee" or "Stausee": "-see" after a word that is no noun (nor a verb's stem, "Bade-"). */
function lakeName(word: string): boolean {
  if (!GERMAN_LAKE.test(word) || germanWordKind(word) === 'noun') return false;
  const head = word.slice(0, -3);
  return ![head, `${head}n`, `${head}en`].some((h) => isGermanNoun(h) || isStopword('de', h));
}

// Nouns of a place's kind, before the place in apposition ("die Hauptstadt Berlin", "im Bundesland
// Hessen", "der Kreisstadt Pirna"): the place, not a club.
const GERMAN_PLACE_KIND =
  /(?:stadt|städte|land|landes|lands|länder|ländern|region|gemeinde|kreis|kreises|metropole|provinz|staat|staates|kanton|kantons|insel|dorf|dorfes|ort|ortes|hafen|hafens|bezirk|bezirks|viertel|viertels|teil|teils|raum|raums|gebiet|gebiets|vulkan|vulkans|berg|bergs|fluss|flusses|gletscher|wüste)$/u;

/**
 * A noun and a known town after it, nothing else, are a club or a firm named after its seat ("Bayer
 * Leverkusen", "Eintracht Frankfurt", "Werder Bremen", "Messe Frankfurt"): not a kind of place in
 * apposition ("Hauptstadt Berlin"), a title, or a time ("am Freitag Paris verlassen").
 */
function clubOfPlace(s: NameScan, seg: Token[]): boolean {
  if (seg.length !== 2) return false;
  const [head, seat] = seg as [Token, Token];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(head.text) || placeKey(s, head.text) !== undefined) return false;
  if (placeKey(s, seat.text) === undefined || !/^\p{Lu}\p{Ll}/u.test(seat.text)) return false;
  return (
    !GERMAN_PLACE_KIND.test(head.text.toLowerCase()) &&
    !isTitleWord(s, head.text) &&
    !isStopword('de', head.text) &&
    !givenName(head.text) &&
    !dateWord(s, head) &&
    !calendarWord('de', head.text) &&
    // "am Wochenende Eisenhüttenstadt", "im Sommer Paris": a time after "am" or "im", then the place.
    !/^(?:am|im)$/iu.test(prevWord(s, head)) &&
    // A noun after the town ends the clause's subject, not a club ("in Stuttgart Stellen").
    !/^[ \u00a0]+\p{Lu}/u.test(after(s, seat, 2))
  );
}

/** "Berliner", "Münchner", "Bremer": the adjective of a known place (its name and -er, -en made -ner or -er). */
function placeAdjective(s: NameScan, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+er$/u.test(word)) return false;
  const stem = word.slice(0, -2);
  return [stem, `${stem}e`, `${stem}en`, `${word.slice(0, -3)}en`].some((p) => placeKey(s, p) !== undefined);
}

/** A city's adjective before one of its bodies, one organisation ("bei den Berliner Philharmonikern"). */
function cityBody(s: NameScan, seg: Token[]): boolean {
  if (seg.length !== 2 || !placeAdjective(s, (seg[0] as Token).text)) return false;
  const body = (seg[1] as Token).text.toLowerCase();
  return GERMAN_CITY_BODY.test(body) || GERMAN_SEATED.test(body);
}

// Buildings, squares, bridges, valleys and the like, named after a person or a place: a city's
// adjective before one ("Kölner Dom", "Brandenburger Tor", "Hamburger Hafen"), or a given name or
// a known place written against one ("Alexanderplatz", "Carolabrücke", "Gazastreifen"; "Elb-" for
// the Elbe: "Elbphilharmonie").
const GERMAN_LANDMARK =
  /(?:platz|brücke|straße|allee|dom|tor|turm|schloss|palast|kirche|münster|kathedrale|bahnhof|hauptbahnhof|hafen|stadion|arena|halle|philharmonie|park|garten|tal|streifen|kanal|insel|gebirge|börde|heide|bucht|becken|gebiet|revier|land)$/u;

// A sea, mountains or a building named by a capitalised adjective after an article ("das Rote Meer",
// "am Schwarzen Meer", "das Weiße Haus", "auf dem Roten Platz"): German writes no adjective so
// inside a sentence but in a name.
const GERMAN_FEATURE =
  /^(?:Meer|Meeres|See|Gebirge|Gebirges|Haus|Hauses|Platz|Platzes|Wald|Waldes|Riff|Riffs|Gewölbe|Gewölbes|Saal|Saales|Turm|Turms|Tor|Tores|Mauer|Brücke)$/u;
const INFLECTED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|es|er|em)$/u;

function namedFeature(s: NameScan, seg: Token[], place: RunPlace): boolean {
  if (seg.length !== 2 || place.initial) return false;
  const [adjective, head] = seg as [Token, Token];
  const before = prevWord(s, adjective);
  return (
    GERMAN_FEATURE.test(head.text) &&
    INFLECTED_ADJECTIVE.test(adjective.text) &&
    !isStopword('de', adjective.text) &&
    placeKey(s, adjective.text) === undefined &&
    (ANY_ARTICLE.test(before) || /^(?:am|im|vom|zum|beim)$/iu.test(before))
  );
}

// A foreign name joined by a hyphen to a landmark noun ("Wembley-Stadion", "Élysée-Palast"): the
// first part is no German noun, compound ending in one, or function word ("Fußball-Stadion",
// "Mehrzweck-Halle" are not names).
const HYPHENED_LANDMARK = /^(\p{Lu}[\p{L}]{2,})-(\p{Lu}\p{Ll}+)$/u;

function hyphenedLandmark(name: string, head: string): boolean {
  return (
    GERMAN_LANDMARK.test(head.toLowerCase()) &&
    !isStopword('de', name) &&
    germanWordKind(name) === 'unknown' &&
    germanWordKind(name.replace(/s$/u, '')) === 'unknown'
  );
}

// A museum, stadium, theatre or palace written as one word with a name that is no German word
// ("Pergamonmuseum", "Guggenheimmuseum", "Bernabéustadion"; not "Heimatmuseum", "Kunstmuseum",
// "Großstadion", whose first part is a noun or an adjective).
const NAMED_HOUSE = /^(\p{Lu}\p{Ll}{4,})(?:museum|stadion|theater|arena|palast)$/u;

function namedHouse(word: string): boolean {
  const stem = NAMED_HOUSE.exec(word)?.[1];
  return (
    stem !== undefined &&
    germanWordKind(stem) === 'unknown' &&
    germanWordKind(stem.replace(/(?:e?s|n)$/u, '')) === 'unknown' &&
    !ADJECTIVE_SHAPE.test(stem) &&
    !INFLECTED_ADJECTIVE.test(stem) &&
    !isStopword('de', stem)
  );
}

function landmark(s: NameScan, seg: Token[]): boolean {
  if (seg.length === 2) {
    const head = (seg[1] as Token).text.toLowerCase();
    return placeAdjective(s, (seg[0] as Token).text) && GERMAN_LANDMARK.test(head);
  }
  if (seg.length !== 1) return false;
  const word = (seg[0] as Token).text;
  if (namedHouse(word)) return true;
  const joined = HYPHENED_LANDMARK.exec(word);
  if (joined) return hyphenedLandmark(joined[1] as string, joined[2] as string);
  const m = GERMAN_LANDMARK.exec(word);
  if (!m || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const stem = word.slice(0, m.index);
  if (stem.length < 3) return false;
  const name = stem[0]?.toUpperCase() + stem.slice(1);
  if (isStopword('de', name)) return false;
  return (
    ((givenName(name) || placeKey(s, name) !== undefined) && !isGermanNoun(name)) ||
    // A river or landscape of the gazetteer, though a noun too (Ruhr: "Ruhrgebiet").
    s.ctx.gazetteer.get(name)?.startsWith('place:') === true ||
    (placeKey(s, `${name}e`) !== undefined && !isGermanNoun(`${name}e`))
  );
}

/**
 * "das Deutsche Rote Kreuz", "die Vereinigten Arabischen Emirate": a second adjective before the
 * noun, shaped as one ("Arabischen") or a colour's or quality's stem and its ending ("Rote", "Weißes");
 * not a noun in -e ("die Deutsche Börse Aktie").
 */
function secondAdjective(seg: Token[]): boolean {
  const [, adjective, noun] = seg;
  if (!adjective || !noun || !INFLECTED_ADJECTIVE.test(adjective.text)) return false;
  if (GERMAN_ADJECTIVE.test(adjective.text)) return true;
  const stem = adjective.text.replace(/(?:e|en|es|er|em)$/u, '');
  return stem.length >= 3 && isGermanNoun(stem) && germanWordKind(noun.text) === 'noun';
}

/**
 * German names that are nouns by the lexicon: a federal body, a capitalised adjective and its noun,
 * an authority and its seat, a city's body, or a firm after its kind.
 */
function germanInstitution(s: NameScan, seg: Token[], place: RunPlace): boolean {
  const first = seg[0] as Token;
  if (seatedInstitution(s, seg) || cityBody(s, seg)) {
    pushInstitution(s, seg[seg.length - 1] as Token, first.start);
    return true;
  }
  if (appositiveFirm(s, seg) || apposedName(s, seg)) return true;
  if (landmark(s, seg) || namedFeature(s, seg, place)) {
    push(s, seg, 'PLACE', keyOf('PLACE', spanText(s.text, seg)), 0.6, 'names:landmark');
    return true;
  }
  if (seg.length === 1 && lakeName(first.text)) {
    push(s, seg, 'PLACE', keyOf('PLACE', first.text), 0.6, 'names:lake');
    return true;
  }
  if (clubOfPlace(s, seg)) {
    push(s, seg, 'ORG', keyOf('ORG', spanText(s.text, seg)), 0.65, 'names:club');
    return true;
  }
  if (seatedAfterAdjective(s, seg)) {
    push(s, seg, 'ORG', keyOf('ORG', spanText(s.text, seg)), 0.65, 'names:institution');
    return true;
  }
  if (seg.length >= 2 && (!place.initial || initialFirm(s, seg)) && GERMAN_ADJECTIVE.test(first.text)) {
    pushInstitution(s, (secondAdjective(seg) ? seg[2] : seg[1]) as Token, first.start);
    return true;
  }
  if (
    seg.length === 1 &&
    (GERMAN_BODY.test(first.text) ||
      GERMAN_MINISTRY.test(first.text) ||
      namedInstitution(first.text) ||
      namedOffice(s, first))
  ) {
    pushInstitution(s, first);
    return true;
  }
  return false;
}

// An office named by its kind and field alone, after a definite article ("das Institut für
// Weltwirtschaft", "der Agentur für Arbeit", "vom Zentrum für Europäische Wirtschaftsforschung");
// after an indefinite one it is any such office ("ein Zentrum für Flüchtlinge").
const BARE_OFFICE =
  /^(?:Institut|Instituts|Zentrum|Zentrums|Agentur|Amt|Amts|Kommission|Akademie|Stiftung|Universität|Hochschule)$/u;
const DEFINITE = /^(?:der|die|das|den|dem|des|vom|beim|im|am|zum|zur)$/iu;

function namedOffice(s: NameScan, head: Token): boolean {
  return BARE_OFFICE.test(head.text) && DEFINITE.test(prevWord(s, head)) && officeEnd(s, head) > head.end;
}

/**
 * An adjective and a noun opening a sentence with no article, before a verb in the singular or "und"
 * and a name, are a body or a firm ("Deutsche Telekom baut", "Europäische Zentralbank senkt",
 * "Deutsche Telekom und SAP bauen"): a plural or an abstract noun there is no name ("Deutsche Autos
 * verkaufen sich", "Deutsche Wirtschaft schrumpft", "Künstliche Intelligenz verändert").
 */
function initialFirm(s: NameScan, seg: Token[]): boolean {
  if (seg.length !== 2 || NOMINALISED_SINGULAR.test((seg[1] as Token).text)) return false;
  const next = after(s, seg[1] as Token, 30);
  return /^ (?:\p{Ll}+(?:t|te)|(?:und|oder) \p{Lu}[\p{L}-]*)(?=[\s,.;:!?]|$)/u.test(next);
}

/** "Max-Planck-Institut": an institution noun after parts of which one at least is no noun. */
function namedInstitution(word: string): boolean {
  if (!GERMAN_INSTITUTION_HEAD.test(word)) return false;
  const parts = word.split('-');
  return parts.slice(0, -1).some((p) => /^\p{Lu}/u.test(p) && germanWordKind(p) !== 'noun');
}

/** A capitalised stretch with no other evidence: a NAME, unless grammar or style explains the capitals. */
function capitalisedName(s: NameScan, seg: Token[], str: string, place: RunPlace): void {
  const { cues, lowerWords } = s;
  if (cues.nounsCapitalised) {
    if (
      seg.some(
        (t) =>
          !ROMANCE_PARTICLE.test(t.text) &&
          !AFTER_GIVEN_ONLY.has(t.text) &&
          lowerWords.has(t.text.toLowerCase()),
      ) ||
      place.heading
    )
      return;
    if (germanInstitution(s, seg, place)) return;
    // "Zeitungs- und Illustriertenseiten": the first part of a compound whose head is written once.
    if (
      /^-[\s,]/u.test(
        s.text.slice((seg[seg.length - 1] as Token).end, (seg[seg.length - 1] as Token).end + 2),
      )
    )
      return;
    const name = germanName(s, seg, place);
    if (!name) return;
    const text = spanText(s.text, name);
    const known =
      s.ctx.gazetteer.get(text) ??
      germanPlaceKey(text) ??
      (name.length === 1 && pluralCountry(s, name[0] as Token)
        ? s.ctx.gazetteer.get(text.slice(0, -1))
        : undefined);
    if (known) push(s, name, typeOfKey(known), known, 0.8, 'gazetteer');
    else if (
      name.length >= 2 &&
      (givenName((name[0] as Token).text) || isForeignGivenName((name[0] as Token).text))
    )
      push(s, name, 'PERSON', keyOf('PERSON', text), 0.8, 'names:person');
    else push(s, name, 'NAME', keyOf('NAME', text), 0.5, 'names:capitalised');
    return;
  }
  if (seg.length === 1) {
    const first = seg[0] as Token;
    const body = russianBody(s, first);
    if (body) {
      const name = s.text.slice(first.start, body.end);
      s.out.push({
        type: body.type,
        start: first.start,
        end: body.end,
        key: keyOf(body.type, name),
        confidence: 0.6,
        recognizer: 'names:institution',
        priority: 50,
      });
      return;
    }
    if (lowerWords.has(str.toLowerCase())) return;
    if (cues.stop.has(str)) return;
    const institution = place.initial ? -1 : institutionEnd(s, first);
    if (institution > 0) {
      const str2 = s.text.slice(first.start, institution);
      s.out.push({
        type: 'ORG',
        start: first.start,
        end: institution,
        key: keyOf('ORG', str2),
        confidence: 0.6,
        recognizer: 'names:institution',
        priority: 50,
      });
      return;
    }
    if (place.initial && !properNoun(s, first) && !initialName(s, first)) return;
    if (dateWord(s, first)) return;
    push(s, seg, 'NAME', keyOf('NAME', str), 0.5, 'names:capitalised');
    return;
  }
  if (seg.some((t) => !CONNECTORS.has(t.text) && lowerWords.has(t.text.toLowerCase()))) return;
  // A line that is nothing but capitalised words is a heading ("Key Takeaways"), not a name.
  if (place.heading) return;
  push(s, seg, 'NAME', keyOf('NAME', str), 0.55, 'names:capitalised');
}

const CYRILLIC_ACRONYM = /^\p{Script=Cyrillic}{2,5}$/u;
// A case particle, or where a sentence or clause opens ("JAXAは種子島から…").
const JA_PARTICLE_BEFORE = /^(?:[はがをにとでも。、「]|)$/u;
const JA_PARTICLE_AFTER = /^[はがをにとでも、]$/u;
// The genitive and "to" after an acronym of three letters or more (IAEAの, NATOへ; not a code, BAの).
const JA_GENITIVE_AFTER = /^[のへ]$/u;

/**
 * An acronym where grammar puts a name, not a term of the list (AI, GDP, CEO): after an article or
 * preposition ("der EU", "von BASF", "la OTAN", "de NAVO"), or opening a sentence before its verb
 * ("KLM schrapt", "LVMH a racheté"). Russian writes few terms that way, so a Cyrillic one is a name
 * wherever it stands ("рынка США", "раскритиковала НАТО").
 */
function acronymInNamePlace(s: NameScan, tok: Token, place: RunPlace): boolean {
  if (
    !(
      /^\p{Lu}{2,5}$/u.test(tok.text) ||
      mixedAcronym(s, tok.text) ||
      (s.cues.nounsCapitalised && isGermanTitleCaseAcronym(tok.text))
    ) ||
    TERM_ACRONYMS.has(tok.text)
  )
    return false;
  if (CYRILLIC_ACRONYM.test(tok.text)) return true;
  // A German body's acronym (no plural in the lexicon: SPD, FAZ) is a name wherever it stands
  // ("Regierung und FDP", "laut Spiegel und FAZ"); any acronym is after a body's name, in
  // apposition ("die Europäische Arzneimittelagentur EMA", "die Weltgesundheitsorganisation WHO").
  if (
    s.cues.nounsCapitalised &&
    (isGermanBodyAcronym(tok.text) || BODY_BEFORE_ACRONYM.test(prevWord(s, tok)))
  )
    return true;
  // Between Japanese case particles an acronym is a noun phrase of its own: "ローソンはKDDIと提携",
  // "IAEAの事務局長".
  if (
    langOf(s) === 'ja' &&
    JA_PARTICLE_BEFORE.test(before(s, tok, 1)) &&
    (JA_PARTICLE_AFTER.test(after(s, tok, 1)) ||
      (tok.text.length >= 3 && JA_GENITIVE_AFTER.test(after(s, tok, 1))))
  )
    return true;
  // Korean writes a case particle against the acronym ("IMF는", "KAIST의") or a noun after it
  // ("KAIST 연구진"): a noun phrase of its own, as in Japanese.
  if (langOf(s) === 'ko' && /^ ?\p{Script=Hangul}/u.test(after(s, tok, 2))) return true;
  const prev = prevWord(s, tok);
  if (!place.initial && NAME_SLOT_WORDS.has(prev.toLowerCase())) return true;
  return place.initial && /^[ \u00a0]+\p{Ll}{2,}/u.test(after(s, tok, 12));
}

const BODY_BEFORE_ACRONYM =
  /^\p{Lu}\p{Ll}*(?:amt|institut|zentrum|ministerium|agentur|zentrale|anstalt|behörde|kommission|stiftung|organisation|bank|gericht|gerichtshof|fonds|union|verband|partei)$/u;

// An acronym written with some letters in lower case ("AfD", "BaFin", "PvdA", "TikTok"): three to
// six letters, a lower-case letter before a capital. Not a family name (McCain), a legal form that
// is written so (GmbH, an organisation suffix), or a German noun of both sexes ("BürgerIn").
const MIXED_ACRONYM = /^(?=\p{L}{3,6}$)\p{Lu}\p{L}*\p{Ll}\p{Lu}\p{L}*$/u;

function mixedAcronym(s: NameScan, word: string): boolean {
  return MIXED_ACRONYM.test(word) && !/^Ma?c\p{Lu}|In(?:nen)?$/u.test(word) && !s.cues.orgSuffixes.has(word);
}

/**
 * German: the nouns before a person's two names are a title or an occupation, not the name ("Trainer
 * Xabi Alonso", "Rapper Capital Bra"), though the lexicon lacks the given name. Never a given name or
 * a town, and two words are left at least.
 */
function withoutLeadingNouns(s: NameScan, seg: Token[]): Token[] {
  if (!s.cues.nounsCapitalised || seg.length < 3) return seg;
  let lo = 0;
  while (seg.length - lo > 2) {
    const t = (seg[lo] as Token).text;
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(t) ||
      givenName(t) ||
      placeKey(s, t) !== undefined ||
      germanWordKind(t) !== 'noun'
    )
      break;
    lo++;
  }
  return lo === 0 ? seg : seg.slice(lo);
}

function classify(s: NameScan, seg: Token[], place: RunPlace): void {
  if (seg.length === 0) return;
  const str = spanText(s.text, seg);
  const first = seg[0] as Token;
  const gaz = s.ctx.gazetteer.get(str);
  if (gaz) {
    push(s, seg, typeOfKey(gaz), gaz, 0.9, 'gazetteer');
    return;
  }
  if (seg.length === 1 && PRODUCT_SHAPE.test(str)) {
    // "o1" only as a model name: a lone lower-case letter+digit needs no cue, but "a1"-"z9" in
    // running prose are rare; keep it low-confidence.
    push(s, seg, 'PRODUCT', keyOf('PRODUCT', str), /^[a-z]/.test(str) ? 0.7 : 0.85, 'shape:product');
    return;
  }
  if (place.title) return; // Title Case lines only yield names known from elsewhere (see titleLineNames).
  if (seg.length === 1 && /^\p{Lu}{3,6}$/u.test(str) && citedAgency(s, first)) {
    push(s, seg, 'ORG', keyOf('ORG', str), 0.75, 'names:org-cite');
    return;
  }
  if (seg.length === 1 && acronymInNamePlace(s, first, place)) {
    push(s, seg, 'ORG', keyOf('ORG', str), 0.6, 'names:acronym');
    return;
  }
  // AI, AGI, RLHF, API: acronyms are terms far more often than names.
  if (seg.every((t) => ACRONYM.test(t.text))) return;
  if (cuedType(s, seg, str)) return;
  // "der Roman Kairos": a work's kind before its name, though the kind is a given name too.
  if (s.cues.nounsCapitalised && GERMAN_WORK_KIND.test(first.text) && apposedName(s, seg)) return;
  if (personEvidence(s, seg)) {
    const person = withoutLeadingNouns(s, seg);
    const text = person === seg ? str : spanText(s.text, person);
    push(s, person, 'PERSON', keyOf('PERSON', text), person.length >= 2 ? 0.85 : 0.7, 'names:person');
    return;
  }
  if (place.quoted) return;
  capitalisedName(s, seg, str, place);
}

function runPlace(s: NameScan, toks: Token[]): RunPlace {
  const { text } = s;
  const runStart = (toks[0] as Token).start;
  const runEnd = (toks[toks.length - 1] as Token).end;
  const lineStart = lineStartOf(s, runStart);
  const nl = nextNewline(s, runEnd);
  // Line-initial Latin words inside Chinese or Japanese prose are not capitalised by grammar.
  const cjkNext = /^[\s]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(
    text.slice(runEnd, runEnd + 3),
  );
  return {
    title: inTitle(s, runStart),
    heading:
      /^[\s#*>|•·\-–—\d.]*$/u.test(text.slice(lineStart, runStart)) &&
      /^[\s*:.!?|]*$/u.test(text.slice(runEnd, nl < 0 ? text.length : nl)),
    initial: !cjkNext && isInitial(text, s.starts, runStart),
    // A phrase quoted inside CJK text (「Open」, 「Reasoning Search」) is a term, not a name.
    quoted:
      /[「『“"]\s*$/u.test(text.slice(Math.max(0, runStart - 2), runStart)) &&
      /^\s*[」』”"]?/u.test(text.slice(runEnd, runEnd + 2)) &&
      /[」』”"]/u.test(text.slice(runEnd, runEnd + 30).split('\n')[0] ?? ''),
  };
}

/**
 * Leading function words ("The", "Der", "Nel") and honorifics are not part of a name, nor are
 * trailing connectors. Indices, not slices, and the gazetteer is asked only about spans it could
 * hold: linear in the run. Undefined when nothing is left.
 */
function trimRun(s: NameScan, toks: Token[]): { toks: Token[]; trimmedStart: boolean } | undefined {
  const { text, ctx, cues } = s;
  const runEnd = (toks[toks.length - 1] as Token).end;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi && (cues.stop.has((toks[lo] as Token).text) || CONNECTORS.has((toks[lo] as Token).text))) {
    const rest = runEnd - (toks[lo] as Token).start;
    if (
      rest <= longestName(ctx.gazetteer) &&
      ctx.gazetteer.has(text.slice((toks[lo] as Token).start, runEnd)) &&
      // In German a known name that is a function word alone is one only after a definite article
      // ("an der Oder", "die Seine"; not "Oder er bleibt", "Seine Frau").
      (!cues.nounsCapitalised || lo < hi - 1 || DEFINITE.test(prevWord(s, toks[lo] as Token)))
    )
      break;
    lo++;
  }
  while (hi > lo && CONNECTORS.has((toks[hi - 1] as Token).text)) hi--;
  if (lo >= hi) return undefined;
  return { toks: lo > 0 || hi < toks.length ? toks.slice(lo, hi) : toks, trimmedStart: lo > 0 };
}

/** A gazetteer segment: its own type, nested when an organisation heads its product ("OpenAI Codex", "GitHub Copilot"). */
function knownSegment(s: NameScan, seg: Segment & { key: string }, nextSeg: Segment | undefined): void {
  const type = typeOfKey(seg.key);
  const headsProduct =
    type === 'ORG' &&
    nextSeg !== undefined &&
    !nextSeg.role &&
    !nextSeg.key &&
    nextSeg.tokens.length === 1 &&
    PRODUCT_SHAPE.test((nextSeg.tokens[0] as Token).text);
  push(s, seg.tokens, type, seg.key, 0.9, 'gazetteer', headsProduct ? { nested: true } : undefined);
  if (type === 'PRODUCT' && nextSeg === undefined) withModelNumber(s, s.out[s.out.length - 1] as Candidate);
}

// A product's model number after it ("iPhone 16", "Pixel 9 Pro"): one or two digits, no part of a
// decimal, a time, a percentage or a word ("iPhone 16,5", "16:00", "16 %"); a comma or a period
// after it ends a clause ("Windows 10, das …").
// A word in another script after it (iPhone 16接近) is no part of it.
const MODEL_NUMBER =
  /^ \d{1,2}(?: (?:Pro|Max|Plus|Ultra|Mini|Air))?(?![\d%\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]|[.,:]\d| %)/u;

/** Extends a product found by the gazetteer over its model number, which becomes part of its key. */
function withModelNumber(s: NameScan, product: Candidate): void {
  const model = MODEL_NUMBER.exec(s.text.slice(product.end, product.end + 12));
  if (!model) return;
  product.end += model[0].length;
  product.key = keyOf('PRODUCT', s.text.slice(product.start, product.end));
}

/**
 * An acronym in a name's place inside a longer run is a name of its own ("Vertretern von BASF"):
 * found, and the words on either side read as runs of their own. True when the run was split.
 */
function splitAtAcronym(s: NameScan, toks: Token[], place: RunPlace): boolean {
  if (toks.length < 2) return false;
  // Every acronym of the run in one pass, then the stretches between them: linear in the run.
  const cuts: number[] = [];
  toks.forEach((t, k) => {
    const initial = place.initial && k === 0;
    // An acronym that opens a club's or body's name stays in it ("FC Bayern").
    if (k === 0 && s.cues.orgHeads.has(t.text)) return;
    if (!s.ctx.gazetteer.has(t.text) && acronymInNamePlace(s, t, { ...place, initial })) cuts.push(k);
  });
  if (!cuts.length) return false;
  let from = 0;
  for (const k of [...cuts, toks.length]) {
    if (k > from) readStretch(s, toks.slice(from, k), { ...place, initial: place.initial && from === 0 });
    const acronym = toks[k];
    if (acronym) push(s, [acronym], 'ORG', keyOf('ORG', acronym.text), 0.6, 'names:acronym');
    from = k + 1;
  }
  return true;
}

// Prefixes written before a title with a hyphen that are no names ("Vize-Präsident", "Ex-Chef").
const TITLE_PREFIXES = new Set(['vize', 'interims', 'ex', 'co', 'ko', 'top', 'super', 'mit']);

/**
 * In German, a word that is no noun before a hyphen and a person's title is whom the title is of
 * ("BioNTech-Gründer", "SPD-Chef", "Kreml-Sprecher"): an organisation's key when it is written as
 * one (mixed case or capitals), a name's otherwise.
 */
function titledHead(s: NameScan, word: string, hyphen: number): string | undefined {
  if (!s.cues.nounsCapitalised || word.indexOf('-', hyphen + 1) >= 0) return undefined;
  const head = word.slice(0, hyphen);
  const tail = word.slice(hyphen + 1);
  // A group of states by its letter and number ("G20-Gipfel", "G7-Staaten").
  const group = /^\p{Lu}\d{1,2}$/u.test(head);
  if (
    (head.length < 3 && !group) ||
    TITLE_PREFIXES.has(head.toLowerCase()) ||
    !(isTitleWord(s, tail) || (RELATION_TAIL.test(tail) && !ADJECTIVE_SHAPE.test(head)))
  )
    return undefined;
  if (isStopword('de', head) || (germanWordKind(head) === 'noun' && !isGermanBodyAcronym(head)))
    return undefined;
  return keyOf(MIXED_CASE.test(head) || ACRONYM.test(head) || group ? 'ORG' : 'NAME', head);
}

// Nouns of what a firm, a person or a government has, after the name and a hyphen
// ("Lufthansa-Tochter", "Wirecard-Skandal", "Trump-Regierung", "Porsche-Aktie"), and of a body's
// summits and members ("Mercosur-Gipfel", "G20-Staaten", "Asean-Mitglied"); a head shaped as an
// adjective is no name ("Digital-Tochter"), nor one that is a noun ("Klima-Gipfel").
const RELATION_TAIL =
  /^(?:Tochter|Töchter|Mutter|Sparte|Werk|Werke|Werks|Aktie|Konzern|Konzerns|Zentrale|Fabrik|Standort|Belegschaft|Vorstand|Aufsichtsrat|Betriebsrat|Pleite|Insolvenz|Skandal|Affäre|Regierung|Administration|Lager|Kabinett|Mission|Programm|Gipfel|Gipfels|Gipfeltreffen|Gipfeltreffens|Staaten|Mitglied|Mitglieds|Mitglieder)$/u;
const ADJECTIVE_SHAPE = /(?:al|ell|isch|ig|lich|iv|är|ös|bar|sam|haft|ine|nal)$/u;

/** "SPD-Fraktion", "ADAC-Sprecher", "FAZ-Interview": a German body's acronym heading a compound. */
function bodyHead(s: NameScan, word: string, hyphen: number): string | undefined {
  const head = word.slice(0, hyphen);
  return s.cues.nounsCapitalised && isGermanBodyAcronym(head) ? keyOf('ORG', head) : undefined;
}

/** A known name before a hyphen and a capitalised noun is the name ("das Tesla-Werk", "Apple-Chef"). */
function compoundHead(s: NameScan, tok: Token): boolean {
  const hyphen = tok.text.indexOf('-');
  if (hyphen < 2 || !/^-\p{Lu}\p{Ll}/u.test(tok.text.slice(hyphen))) return false;
  const key =
    s.ctx.gazetteer.get(tok.text.slice(0, hyphen)) ??
    titledHead(s, tok.text, hyphen) ??
    bodyHead(s, tok.text, hyphen);
  if (!key || s.ctx.gazetteer.has(tok.text)) return false;
  s.out.push({
    type: typeOfKey(key),
    start: tok.start,
    end: tok.start + hyphen,
    key,
    confidence: 0.8,
    recognizer: 'gazetteer',
    priority: 50,
  });
  return true;
}

// German writes its articles in lower case inside a sentence: a capitalised one there opens a name
// ("in Den Haag", "die Partei Die Linke", "im Magazin Der Spiegel", "der Zeitung Die Welt").
// A French, Spanish, Italian or English article opens a foreign name the same way ("die Zeitung Le
// Monde", "bei El País", "im Guardian-Podcast The Daily"); not "Los", a German noun too.
const GERMAN_ARTICLE_CAPITALISED = /^(?:Der|Die|Das|Den|Dem|Des|Le|La|Les|El|Las|Il|The)$/u;

/** Where a name opened by a capitalised article inside a sentence starts in the run, or -1. */
function articleOpenedName(s: NameScan, toks: Token[]): number {
  if (!s.cues.nounsCapitalised) return -1;
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k] as Token;
    if (!GERMAN_ARTICLE_CAPITALISED.test(t.text) || isStopword('de', (toks[k + 1] as Token).text)) continue;
    // A particle of a family name after a given name: "Marine Le Pen", "Ignazio La Russa".
    if (k > 0 && givenName((toks[k - 1] as Token).text)) continue;
    // After a word, a number or a comma and one space: no sentence, quotation or heading opens there.
    if (!/[\p{L}\p{N},] $/u.test(s.text.slice(Math.max(0, t.start - 2), t.start))) continue;
    return toks.length - k - 1 <= 3 ? k : -1;
  }
  return -1;
}

// German quotes a work, a ship, an operation or a product by its name (den „Lohengrin“, der Tanker
// „Eventin“, die Operation „Rising Lion“); a quoted noun is a term („Brandmauer“, „Zeitenwende“).
const QUOTE_BEFORE = /[„“"«»]/u;
const QUOTE_AFTER = /[“”"»«]/u;

/** A German run of one to four capitalised words inside quotation marks, one at least no noun. */
function quotedName(s: NameScan, toks: Token[]): boolean {
  if (!s.cues.nounsCapitalised || toks.length > 4) return false;
  const start = (toks[0] as Token).start;
  const end = (toks[toks.length - 1] as Token).end;
  if (!QUOTE_BEFORE.test(s.text[start - 1] ?? '') || !QUOTE_AFTER.test(s.text[end] ?? '')) return false;
  const text = s.text.slice(start, end);
  if (
    s.ctx.gazetteer.has(text) ||
    text.length < 4 ||
    toks.some((t) => isStopword('de', t.text)) ||
    toks.every(
      (t) => CONNECTORS.has(t.text) || germanWordKind(t.text) === 'noun' || placeKey(s, t.text) !== undefined,
    )
  )
    return false;
  push(s, toks, 'NAME', keyOf('NAME', text), 0.55, 'names:quoted');
  return true;
}

function readRun(s: NameScan, run: Run): void {
  if (quotedName(s, run.tokens)) return;
  const opened = articleOpenedName(s, run.tokens);
  if (opened >= 0) {
    if (opened > 0) readStretch(s, run.tokens.slice(0, opened), runPlace(s, run.tokens.slice(0, opened)));
    const name = run.tokens.slice(opened);
    const text = spanText(s.text, name);
    push(s, name, 'NAME', keyOf('NAME', text), 0.55, 'names:article-opened');
    return;
  }
  const place = runPlace(s, run.tokens);
  const trimmed = trimRun(s, run.tokens);
  if (!trimmed) return;
  if (trimmed.trimmedStart) place.initial = false;
  if (splitAtAcronym(s, trimmed.toks, place)) return;
  readTrimmed(s, trimmed.toks, place);
}

/** A stretch of a run between two acronyms, read as a run without looking for acronyms again. */
function readStretch(s: NameScan, toks: Token[], place: RunPlace): void {
  const trimmed = trimRun(s, toks);
  if (!trimmed) return;
  if (trimmed.trimmedStart) place.initial = false;
  readTrimmed(s, trimmed.toks, place);
}

/**
 * A given name and a family name after other capitalised words start a name of their own: what
 * stands before is a title or an organisation in the genitive ("Глава Роскосмоса Дмитрий Баканов",
 * "Писатель Виктор Пелевин"). Not after another given name ("Mary Ann Smith") or a particle.
 */
function splitBeforeGivenName(seg: Segment, nounsCapitalised: boolean): Segment[] {
  if (seg.key || seg.role || seg.tokens.length < 3) return [seg];
  const t = seg.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    const prev = (t[k - 1] as Token).text;
    if (!givenName((t[k] as Token).text) || givenName(prev) || CONNECTORS.has(prev)) continue;
    const next = (t[k + 1] as Token).text;
    // The family name may follow a particle that joins only after a given name ("Mohammed bin Salman").
    if (
      !/^\p{Lu}\p{Ll}/u.test(next) &&
      !(AFTER_GIVEN_ONLY.has(next) && /^\p{Lu}/u.test(t[k + 2]?.text ?? ''))
    )
      continue;
    // One Latin word before may be an unlisted given name ("Josu Jon Imaz"); a Russian one, or a
    // German one (a noun: "Bundespräsident Frank-Walter Steinmeier"), is a title.
    if (k === 1 && !nounsCapitalised && !/^\p{Script=Cyrillic}/u.test(prev)) continue;
    return [{ tokens: t.slice(0, k) }, { tokens: t.slice(k) }];
  }
  return [seg];
}

function readTrimmed(s: NameScan, toks: Token[], place: RunPlace): void {
  if (toks.length === 1 && compoundHead(s, toks[0] as Token)) return;
  // German: a compound inside a longer run names its head too ("SPD-Politiker Lars Klingbeil",
  // "Lufthansa-Tochter Eurowings"); the compound itself is a noun, read as one below.
  if (s.cues.nounsCapitalised && toks.length > 1)
    for (const t of toks) {
      const hyphen = t.text.indexOf('-');
      if (
        hyphen > 0 &&
        !roleWord(s, t.text) &&
        (bodyHead(s, t.text, hyphen) || RELATION_TAIL.test(t.text.slice(hyphen + 1)))
      )
        compoundHead(s, t);
    }
  // A loop, not `flatMap`: most runs give one segment, and `flatMap` costs an array per segment.
  const segments: Segment[] = [];
  for (const seg of segmentRun(s.text, toks, s.ctx, (w) => roleWord(s, w), s.cues.orgSuffixes))
    segments.push(...splitBeforeGivenName(seg, s.cues.nounsCapitalised));
  let done = -1;
  segments.forEach((seg, i) => {
    if (i === done) return;
    // A title compound names whom the title is of ("BioNTech-Gründer", "Apple-Chef").
    if (seg.role) {
      if (seg.tokens.length === 1) compoundHead(s, seg.tokens[0] as Token);
      return;
    }
    if (seg.key) {
      if (brandedUnit(s, seg as Segment & { key: string }, segments[i + 1])) {
        done = i + 1;
        return;
      }
      knownSegment(s, seg as Segment & { key: string }, segments[i + 1]);
      return;
    }
    // A capitalised name right after a role word is a person ("CEO Sam Altman").
    if (segments[i - 1]?.role && seg.tokens.length >= 1) {
      const str = spanText(s.text, seg.tokens);
      if (seg.tokens.every((t) => /^\p{Lu}/u.test(t.text)) && !ACRONYM.test(str)) {
        push(s, seg.tokens, 'PERSON', keyOf('PERSON', str), 0.8, 'names:person');
        return;
      }
    }
    classify(s, seg.tokens, { ...place, initial: place.initial && i === 0 });
  });
}

/**
 * German: a known firm and a foreign word after it, which German writes no noun of, are one firm
 * ("Siemens Energy", "Siemens Healthineers", "Bosch Rexroth"): not a place, a given name, a
 * function word or a noun ("Siemens Chef", "Google Deutschland"). True when pushed.
 */
function brandedUnit(s: NameScan, seg: Segment & { key: string }, next: Segment | undefined): boolean {
  if (!s.cues.nounsCapitalised || !seg.key.startsWith('org:') || !next || next.key || next.role) return false;
  if (next.tokens.length !== 1) return false;
  const word = (next.tokens[0] as Token).text;
  if (
    !/^\p{Lu}\p{Ll}{2,}$/u.test(word) ||
    germanWordKind(word) !== 'unknown' ||
    isStopword('de', word) ||
    givenName(word) ||
    placeKey(s, word) !== undefined ||
    /^\s+\p{Lu}/u.test(after(s, next.tokens[0] as Token, 2)) ||
    NOMINALISED_SINGULAR.test(word)
  )
    return false;
  const tokens = [...seg.tokens, ...next.tokens];
  push(s, tokens, 'ORG', keyOf('ORG', spanText(s.text, tokens)), 0.75, 'names:branded-unit');
  return true;
}

/** Products owned by an organisation named just before them ("GitHub Copilot" contains GitHub). */
function ownerOrgs({ text, ctx, out }: NameScan): void {
  for (const c of [...out]) {
    if (c.type !== 'PRODUCT') continue;
    const str = text.slice(c.start, c.end);
    const sp = str.indexOf(' ');
    // A maker's name and a model number is the model alone ("einer Boeing 787"): no owner in it.
    if (sp < 0 || /\d/u.test(str[sp + 1] ?? '')) continue;
    const key = ctx.gazetteer.get(str.slice(0, sp));
    if (key?.startsWith('org:'))
      out.push({
        type: 'ORG',
        start: c.start,
        end: c.start + sp,
        key,
        confidence: 0.85,
        recognizer: 'gazetteer',
        priority: 50,
        nested: true,
      });
  }
}

const CONJUNCTION =
  /^(?:\s*,\s*|\s+(?:and|und|et|e|y|ed|o|or|oder|ou|и)\s+|\s*[、，]\s*|\s*(?:和|与|や|と|及)\s*)$/u;

/**
 * Coordinated names take the type of a person they are listed with ("Arthur Mensch, Guillaume
 * Lample et Timothée Lacroix"): a comma or a conjunction between two names. The closure is found
 * breadth-first from each person: a gap the conjunction pattern accepts holds at most four
 * characters besides white space, so only names starting or ending that close are tried.
 */
function coordinatedPersons({ text, out }: NameScan): void {
  const namesByStart = new Map<number, Candidate[]>();
  const namesByEnd = new Map<number, Candidate[]>();
  for (const c of out) {
    if (c.type !== 'NAME' || !text.slice(c.start, c.end).includes(' ')) continue;
    namesByStart.set(c.start, [...(namesByStart.get(c.start) ?? []), c]);
    namesByEnd.set(c.end, [...(namesByEnd.get(c.end) ?? []), c]);
  }
  const queue = out.filter((c) => c.type === 'PERSON');
  const toPerson = (c: Candidate) => {
    if (c.type !== 'NAME') return;
    c.type = 'PERSON';
    c.key = `person:${c.key.slice(c.key.indexOf(':') + 1)}`;
    c.recognizer = 'names:coordinated';
    queue.push(c);
  };
  for (let qi = 0; qi < queue.length && (namesByStart.size > 0 || namesByEnd.size > 0); qi++) {
    const p = queue[qi] as Candidate;
    for (let pos = p.end, other = 0; pos <= text.length && other <= 4; pos++) {
      for (const c of namesByStart.get(pos) ?? []) if (CONJUNCTION.test(text.slice(p.end, pos))) toPerson(c);
      if (pos < text.length && !SPACE.test(text[pos] as string)) other++;
    }
    for (let pos = p.start, other = 0; pos >= 0 && other <= 4; pos--) {
      for (const c of namesByEnd.get(pos) ?? []) if (CONJUNCTION.test(text.slice(pos, p.start))) toPerson(c);
      if (pos > 0 && !SPACE.test(text[pos - 1] as string)) other++;
    }
  }
}

/** Is [start, end) inside one of `full`? Sorted by start, with the running maximum of their ends. */
function insideAny(full: Candidate[]): (start: number, end: number) => boolean {
  const byStart = [...full].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const c of byStart) maxEnd.push(Math.max(c.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (start, end) => {
    const lo = firstIndex(byStart.length, (i) => (byStart[i] as Candidate).start <= start);
    return lo > 0 && (maxEnd[lo - 1] as number) >= end;
  };
}

/** Short forms inside the document: a lone surname takes the key of the full name it shortens. */
function shortForms({ text, tokens, out }: NameScan): void {
  const full = out.filter(
    (c) => (c.type === 'PERSON' || c.type === 'NAME') && text.slice(c.start, c.end).includes(' '),
  );
  const lastNames = new Map<string, Candidate>();
  for (const c of full) {
    const parts = text.slice(c.start, c.end).split(' ');
    const lastPart = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && !lastNames.has(lastPart)) lastNames.set(lastPart, c);
  }
  const taken = new Set(out.map((c) => `${c.start}`));
  const insideFull = insideAny(full);
  const firstAt = new Map<string, number>();
  out.forEach((c, i) => {
    const k = `${c.start},${c.end}`;
    if (!firstAt.has(k)) firstAt.set(k, i);
  });
  const fullTypes = new Map<string, MentionType>();
  for (const c of full) if (c.type === 'PERSON') fullTypes.set(c.key, 'PERSON');
  for (const t of tokens) {
    const f = lastNames.get(t.text);
    // A word inside any occurrence of a full name is part of it, not a short form.
    if (!f || insideFull(t.start, t.end)) continue;
    const type = fullTypes.get(f.key) ?? f.type;
    const existing = firstAt.get(`${t.start},${t.end}`) ?? -1;
    const cand: Candidate = {
      type,
      start: t.start,
      end: t.end,
      key: f.key,
      confidence: 0.75,
      recognizer: 'names:short-form',
      priority: 49,
    };
    if (existing >= 0) {
      const e = out[existing] as Candidate;
      if (e.type === 'NAME' || e.type === 'PERSON') out[existing] = cand;
    } else if (!taken.has(`${t.start}`)) out.push(cand);
  }
}

// A limited partnership whose partner is a company ("Aldi Nord GmbH & Co. KG", "Merck KGaA" aside).
const LEGAL_FORM_TAIL = /^ & Co\.? ?(?:KGaA|KG|OHG)\b/u;
const TOWN_QUALIFIER = /^ (?:am|an der|im|in der|ob der) \p{Lu}[\p{L}-]*/u;

/**
 * A firm's legal form "GmbH & Co. KG" taken whole. German towns named with their river or region ("Frankfurt am Main", "Freiburg im Breisgau",
 * "Landgericht Frankfurt am Main"): a place or a seated body whose last word and the words after it
 * are a town of the place table is extended over them, and what was found inside them dropped.
 */
function townQualifiers(s: NameScan): void {
  const { text, out } = s;
  const cut: [number, number][] = [];
  for (const c of out) {
    if (c.type !== 'PLACE' && c.type !== 'ORG') continue;
    const tail = text.slice(c.end, c.end + 30);
    const form = c.type === 'ORG' ? LEGAL_FORM_TAIL.exec(tail) : null;
    if (form && /(?:GmbH|AG|SE)$/u.test(text.slice(c.start, c.end))) {
      cut.push([c.end, c.end + form[0].length]);
      c.end += form[0].length;
      c.key = keyOf('ORG', text.slice(c.start, c.end));
      continue;
    }
    const m = TOWN_QUALIFIER.exec(tail);
    if (!m) continue;
    const last = /\p{Lu}[\p{L}-]*$/u.exec(text.slice(c.start, c.end))?.[0];
    const key = last && germanPlaceKey(last + m[0]);
    if (!key) continue;
    cut.push([c.end, c.end + m[0].length]);
    c.end += m[0].length;
    c.key = c.type === 'PLACE' ? key : keyOf('ORG', text.slice(c.start, c.end));
  }
  townsOfNouns(s, cut);
  if (!cut.length) return;
  s.out = out.filter((c) => !cut.some(([a, b]) => c.start >= a && c.end <= b));
}

// A motorway or federal road by its letter and number after an article ("auf der A7", "die B96"),
// feminine as "Autobahn" and "Bundesstraße" are: a place. An aircraft ("der A380", "die A350") has
// three digits; a grade, a paper size or a vitamin no article of these or a hyphen ("B12-Mangel").
const ROAD = /(?<![\p{L}\d])(?:der|die|Die)[ \u00a0]+(A\d{1,2}|B\d{1,3})(?![\p{L}\d-]|[.,]\d)/gu;

function roads(s: NameScan): void {
  const { text, out } = s;
  if (!/[AB]\d/u.test(text)) return;
  for (const m of text.matchAll(ROAD)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (out.some((c) => c.start < start + name.length && c.end > start)) continue;
    out.push({
      type: 'PLACE',
      start,
      end: start + name.length,
      key: keyOf('PLACE', name),
      confidence: 0.7,
      recognizer: 'names:road',
      priority: 50,
    });
  }
}

/** "die Grünen", "der Linken", "Grünen-Chefin": a party named by an adjective or a noun, no noun after it. */
function articleParties(s: NameScan): void {
  const re = s.cues.partyRe;
  if (!re) return;
  const { text, out } = s;
  for (const m of text.matchAll(re)) {
    // "Bündnis 90/Die Grünen" is the party's whole name, not read here (the lookbehind's "/").
    const groups = m.slice(1);
    const k = groups.findIndex((g) => g !== undefined);
    const name = groups[k] as string;
    const at = (m.index ?? 0) + m[0].indexOf(name);
    const next = /^ (\p{Lu}[\p{L}-]*)/u.exec(text.slice(at + name.length, at + name.length + 40))?.[1];
    if (next !== undefined && germanWordKind(next) === 'noun') continue;
    if (out.some((c) => c.start < at + name.length && c.end > at && c.start !== at)) continue;
    const same = out.find((c) => c.start === at && c.end === at + name.length);
    if (same) {
      same.type = 'ORG';
      same.key = keyOf('ORG', name);
      continue;
    }
    if (out.some((c) => c.start === at)) continue;
    out.push({
      type: 'ORG',
      start: at,
      end: at + name.length,
      key: keyOf('ORG', name),
      confidence: 0.7,
      recognizer: 'names:party',
      priority: 50,
    });
  }
}

/** "laut Bild", "wie der Spiegel berichtet": a paper named by a noun, where news cites it. */
function citedMedia(s: NameScan): void {
  const re = s.cues.citedMediaRe;
  if (!re) return;
  const { text, out } = s;
  for (const m of text.matchAll(re)) {
    const name = m.slice(1).find((g) => g !== undefined);
    if (!name) continue;
    // No cue word holds a paper's name: its first place in the match is the paper.
    const at = (m.index ?? 0) + m[0].indexOf(name);
    if (out.some((c) => c.start < at + name.length && c.end > at)) continue;
    out.push({
      type: 'ORG',
      start: at,
      end: at + name.length,
      key: keyOf('ORG', name),
      confidence: 0.7,
      recognizer: 'names:cited-media',
      priority: 50,
    });
  }
}

const TOWN_QUALIFIER_AT = new RegExp(TOWN_QUALIFIER.source.slice(1), 'uy');

/**
 * A town named with its lake, river or region whose first word alone is a noun or a function word,
 * so found by no rule before ("bei Haltern am See", "in Weil am Rhein"): the whole, when the place
 * table has it. A function word opening a sentence is one ("Weil am Rhein …" only after a preposition).
 */
function townsOfNouns(s: NameScan, cut: [number, number][]): void {
  const { text, out } = s;
  let covered = -1;
  const starts = new Set(out.map((c) => c.start));
  for (const t of s.tokens) {
    if (text.charCodeAt(t.end) !== 32 || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.end <= covered) continue;
    TOWN_QUALIFIER_AT.lastIndex = t.end;
    const m = TOWN_QUALIFIER_AT.exec(text);
    if (!m || starts.has(t.start)) continue;
    const key = germanPlaceKey(t.text + m[0]);
    if (!key || (isStopword('de', t.text) && !GERMAN_NAME_BEFORE.test(prevWord(s, t)))) continue;
    const end = t.end + m[0].length;
    out.push({
      type: 'PLACE',
      start: t.start,
      end,
      key,
      confidence: 0.8,
      recognizer: 'gazetteer',
      priority: 50,
    });
    cut.push([t.end, end]);
    covered = end;
  }
}

/** Full names found elsewhere are found in Title Case lines too. */
function titleLineNames(s: NameScan): void {
  const { text, titleRanges, out } = s;
  if (!titleRanges.length) return;
  const known = new Map<string, Candidate>();
  for (const c of out) if (!inTitle(s, c.start)) known.set(text.slice(c.start, c.end), c);
  for (const r of titleRanges) {
    const line = text.slice(r.start, r.end);
    for (const [name, c] of known) {
      for (let i = line.indexOf(name); i >= 0; i = line.indexOf(name, i + 1)) {
        const start = r.start + i;
        if (
          /[\p{L}\p{N}]/u.test(text[start - 1] ?? '') ||
          /[\p{L}\p{N}]/u.test(text[start + name.length] ?? '')
        )
          continue;
        out.push({ ...c, start, end: start + name.length, priority: c.priority - 1, nested: false });
      }
    }
  }
}

// A German body's acronym written in lower case, as agencies and papers write theirs ("die
// Nachrichtenagentur dpa", "(dpa)", "der taz", "dpa-Informationen"): where a name stands.
const LOWER_BODY = /^(\p{Ll}{3,4})(?:-\p{Lu}[\p{L}-]*)?$/u;
const MEDIA_KIND = /(?:agentur|zeitung|blatt|magazin|sender|portal|dienst)$/u;

function lowerCaseBodies(s: NameScan): void {
  for (const t of s.tokens) {
    const m = LOWER_BODY.exec(t.text);
    const word = m?.[1];
    if (!word || !isGermanBodyAcronym(word.toUpperCase()) || isStopword('de', word)) continue;
    const end = t.start + word.length;
    const prev = prevWord(s, t);
    if (
      end < t.end ||
      (s.text[t.start - 1] === '(' && s.text[end] === ')') ||
      NAME_SLOT_WORDS.has(prev.toLowerCase()) ||
      MEDIA_KIND.test(prev.toLowerCase())
    )
      push(s, [{ start: t.start, end, text: word }], 'ORG', keyOf('ORG', word), 0.6, 'names:acronym');
  }
}

// A firm named like a noun (Allianz, Henkel, Commerzbank) shows what it is somewhere in the text:
// its legal form ("Allianz SE"), the noun of its kind before it ("der Versicherer Allianz"), its
// share or its chief ("die Allianz-Aktie", "Henkel-Konzernchef"); a paper its reporting ("nach
// Spiegel-Informationen"; not "Auto-Aktien" or "Energie-Konzern", an industry's). Shown so once,
// the word is the firm or the paper wherever the text writes it capitalised, but after an
// indefinite article ("eine Allianz": the noun).
const FIRM_COMPOUND = /^(\p{Lu}\p{Ll}{2,})-(?:Aktie|Konzernchef|Konzernchefin|Informationen)$/u;
const FIRM_WITH_FORM = /^(\p{Lu}\p{Ll}{2,})(?: (?:AG|SE|GmbH|KGaA))?$/u;
const NOUN_BEFORE = /^(?:ein|eine|einer|einen|einem|eines|kein|keine|keiner|keinen|keinem|keines)$/iu;

function firmsShownOnce(s: NameScan): void {
  const firms = new Set<string>();
  for (const c of s.out) {
    if (c.type !== 'ORG' || (c.recognizer !== 'names:firm-apposition' && c.recognizer !== 'names:org-cue'))
      continue;
    const word = FIRM_WITH_FORM.exec(s.text.slice(c.start, c.end))?.[1];
    if (word && germanWordKind(word) === 'noun') firms.add(word);
  }
  for (const t of s.tokens) {
    const word = FIRM_COMPOUND.exec(t.text)?.[1];
    if (!word || germanWordKind(word) !== 'noun' || isStopword('de', word) || placeKey(s, word) !== undefined)
      continue;
    firms.add(word);
    if (!s.ctx.gazetteer.has(word))
      push(
        s,
        [{ start: t.start, end: t.start + word.length, text: word }],
        'ORG',
        keyOf('ORG', word),
        0.7,
        'names:firm-shown',
      );
  }
  if (!firms.size) return;
  const inside = insideAny(s.out);
  for (const t of s.tokens)
    if (firms.has(t.text) && !inside(t.start, t.end) && !NOUN_BEFORE.test(prevWord(s, t)))
      push(s, [t], 'ORG', keyOf('ORG', t.text), 0.65, 'names:firm-shown');
}

// A military unit is named by its kind and number ("Panzerbrigade 45", "Jagdgeschwader 74", "die
// Division 10"): one to three digits, no decimal, time or percentage.
const MILITARY_UNIT = /^\p{Lu}[\p{Ll}-]*(?:brigade|division|regiment|bataillon|geschwader|flottille|korps)$/u;
const UNIT_NUMBER = /^ \d{1,3}(?![\d%]|[.,:]\d| ?%)/u;

function militaryUnits(s: NameScan): void {
  for (const t of s.tokens) {
    if (!MILITARY_UNIT.test(t.text)) continue;
    const n = UNIT_NUMBER.exec(s.text.slice(t.end, t.end + 6));
    if (!n) continue;
    const end = t.end + n[0].length;
    s.out.push({
      type: 'ORG',
      start: t.start,
      end,
      key: keyOf('ORG', s.text.slice(t.start, end)),
      confidence: 0.65,
      recognizer: 'names:military-unit',
      priority: 50,
    });
  }
}

/** "CDU/CSU", "CDU/CSU-Fraktion": two acronyms found as organisations, joined by a slash, are one. */
function slashedAcronyms(s: NameScan): void {
  const byStart = new Map<number, Candidate>();
  for (const c of s.out)
    if (c.type === 'ORG' && ACRONYM.test(s.text.slice(c.start, c.end))) byStart.set(c.start, c);
  if (byStart.size < 2) return;
  const merged = new Set<Candidate>();
  for (const c of byStart.values()) {
    const next = s.text[c.end] === '/' ? byStart.get(c.end + 1) : undefined;
    if (!next || merged.has(c)) continue;
    c.end = next.end;
    c.key = keyOf('ORG', s.text.slice(c.start, c.end));
    merged.add(next);
  }
  if (merged.size) s.out = s.out.filter((c) => !merged.has(c));
}

// A model number after a name ("Windows 10", "Leopard 2A8", "Schalke 04"): one or two digits, a
// capital and a digit or two may follow; not a decimal, a time, a percentage, nor a count of what
// a noun after it names ("bei Zalando 30 Stellen").
const MODEL_AFTER_NAME = /^ \d{1,2}(?:\p{Lu}\d{0,2})?(?![\d\p{L}%]|[.,:]\d)(?! ?[\p{Lu}\d%])/u;

// A club's year after its town or name ("Hannover 96", "Mainz 05", "Schalke 04"): two digits, 0 or
// 9 first, with what MODEL_AFTER_NAME leaves out.
const CLUB_YEAR = /^ [09]\d(?![\d\p{L}%]|[.,:]\d)(?! ?[\p{Lu}\d%])/u;
// A work or game named after its kind takes three digits too ("das Aufbauspiel Anno 117").
const MODEL_AFTER_WORK = /^ \d{1,3}(?:\p{Lu}\d{0,2})?(?![\d\p{L}%]|[.,:]\d)(?! ?[\p{Lu}\d%])/u;
// A maker's name after an article and three digits is its model, a thing ("einer Boeing 787", "die
// Boeing 737 Max"): a firm takes no article before a count ("Bosch 500 Stellen" stays the firm).
const MAKER_MODEL = /^ \d{3}(?: (?:Max|MAX|Neo|Dreamliner))?(?![\d\p{L}%]|[.,:]\d)(?! ?[\p{Lu}\d%])/u;

/**
 * German: a name read by its words, not a place or a person, takes a model number after it as a
 * product; a town or a name takes a club's year after it as a club.
 */
function modelNumbers(s: NameScan): void {
  // Where a maker's name became its model: the start and the name's end (other readings of the name go).
  const models = new Map<number, number>();
  for (const c of s.out) {
    if (c.nested || /\s/u.test(s.text.slice(c.start, c.end))) continue;
    const year =
      c.type === 'PLACE' || c.type === 'NAME' ? CLUB_YEAR.exec(s.text.slice(c.end, c.end + 8)) : null;
    if (year) {
      c.end += year[0].length;
      c.type = 'ORG';
      c.key = keyOf('ORG', s.text.slice(c.start, c.end));
      continue;
    }
    if (c.type === 'ORG' && ANY_ARTICLE.test(wordBefore(s.text, Math.max(0, c.start - 12), c.start))) {
      const craft = MAKER_MODEL.exec(s.text.slice(c.end, c.end + 16));
      if (craft) {
        models.set(c.start, c.end);
        c.end += craft[0].length;
        c.type = 'PRODUCT';
        c.key = keyOf('PRODUCT', s.text.slice(c.start, c.end));
      }
      continue;
    }
    if ((c.type !== 'NAME' && c.type !== 'PRODUCT') || !c.recognizer.startsWith('names:')) continue;
    const m = (
      c.type === 'PRODUCT' && c.recognizer === 'names:apposition' ? MODEL_AFTER_WORK : MODEL_AFTER_NAME
    ).exec(s.text.slice(c.end, c.end + 8));
    if (!m || /\s/u.test(s.text.slice(c.start, c.end))) continue;
    c.end += m[0].length;
    c.type = 'PRODUCT';
    c.key = keyOf('PRODUCT', s.text.slice(c.start, c.end));
  }
  if (models.size) s.out = s.out.filter((c) => c.type === 'PRODUCT' || models.get(c.start) !== c.end);
}

/** Names in Latin, Cyrillic or Greek letters: runs of capitalised words, classified, then followed up. */
export function nameCandidates(ctx: NameContext): Candidate[] {
  const s = nameScan(ctx);
  for (const run of buildRuns(s.text, s.tokens, s.cues.orgHeads, s.cues.nounsCapitalised)) readRun(s, run);
  if (s.cues.nounsCapitalised) {
    lowerCaseBodies(s);
    militaryUnits(s);
    firmsShownOnce(s);
    slashedAcronyms(s);
    townQualifiers(s);
    roads(s);
    citedMedia(s);
    articleParties(s);
    modelNumbers(s);
  }
  ownerOrgs(s);
  coordinatedPersons(s);
  shortForms(s);
  titleLineNames(s);
  return s.out;
}
