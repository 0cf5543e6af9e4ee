import { type Candidate, spanCandidate } from './candidate';
import { countryNames } from './gazetteer';
import {
  hasKoreanPlaceReading,
  hasNonSinoSyllable,
  isKoreanAnalysedPlace,
  isKoreanCommonWord,
  isKoreanListedCompound,
  isKoreanListedPerson,
  isKoreanNounSyllable,
  isKoreanPlace,
  koreanFamilyNames,
} from './name-lexicon';
import type { NameContext } from './names';

// Case particles and the postpositions news writes after a name, longest first, so that 에서 is
// not read as 에 + 서.
const PARTICLES = [
  '으로부터',
  '로부터',
  '에서는',
  '에서도',
  '에서의',
  '에서',
  '에게',
  '와의',
  '과의',
  '에는',
  '에도',
  '으로',
  '까지',
  '부터',
  '처럼',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '로',
  '도',
];

// Last syllables of Sino-Korean common nouns made with a suffix (전문가 expert, 이사회 board, 조사단
// team, 정치권 political circles, 신제품 new product): a word ending so is no personal name.
export const KOREAN_NOUN_END = /[자가들회부청국당단사관소권측계층실처업제법식률율비료품물점차체형론감력학]$/u;

// Syllables that make an organisation of the words before them (소방+청, 우주항공+청, 조국혁신+당,
// 식품의약+국; 국민+의힘 is no such case): a compound of common words ending so is a body's name.
const ORGANISATION_END = /^[청처당단원국]$/u;
// The endings of a noun made a verb (발표하는, 출토된, 동결했다고, 아랫부분인): what follows a common noun.
const VERBAL = /^(?:하|했|한|할|해|되|된|됐|될|돼|시키|시켰|이다|였|이었|인$)/u;
// The last syllable of a verb's form (받았다, 확대하고, 꺼졌다며, 불리기): no name without a
// particle ends so.
const VERB_FORM_END = /[다고며면서게요죠나니기]$/u;
// A syllable closed by ㅆ (했, 았, 었, 겠, 있): the past tense or 있다 of a verb (찾았다는, 밝혔다고),
// which no name in Hangul has.
const hasDoubleSiotFinal = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if ((word.charCodeAt(i) - 0xac00) % 28 === 20) return true;
  return false;
};

// Administrative words after a place's name inside its word (텍사스주, 평택시): the place is the name.
const ADMINISTRATIVE_END = /[주시도군구]$/u;

// What may follow a Korean name inside its word besides a particle: a place's administrative word
// (조지아주, 서울시), 산 (made in: 중국산), 측 (side), 발 (from: 워싱턴발), 행 (bound for).
const AFTER_NAME_IN_WORD = /^[주시도군구산측발행]/u;

/**
 * A name from a list may stand in Korean text where it opens a word and ends it, or ends before a
 * particle or a word made with it (대전에서, 조지아주): not inside another word (대전 in 휴대전화).
 */
/** What may close a Korean name inside its word, as a regex alternation: any particle, or none. */
export const KOREAN_PARTICLE_SOURCE = `(?:${PARTICLES.join('|')})?`;

export function isKoreanWordEdge(text: string, start: number, end: number): boolean {
  if (HANGUL.test(text[start - 1] ?? '')) return false;
  if (!HANGUL.test(text[end] ?? '')) return true;
  // The word ends there, or after a particle, or after a word made with the name and a particle
  // (조지아주에서): not 국회+의장 nor 서울+시장, a title.
  const wordEnds = (at: number) =>
    !HANGUL.test(text[at] ?? '') ||
    PARTICLES.some((p) => text.startsWith(p, at) && !HANGUL.test(text[at + p.length] ?? ''));
  return wordEnds(end) || (AFTER_NAME_IN_WORD.test(text[end] as string) && wordEnds(end + 1));
}

const HANGUL = /\p{Script=Hangul}/u;

const EOJEOL = /(?<![\p{L}\p{N}])\p{Script=Hangul}{2,14}(?![\p{L}\p{N}])/gu;

/**
 * The word without the particle that closes it, and the particle ('' for none); undefined when a
 * particle closes it after one syllable only (것으로, 주에서는, 상을): no name, nor a verb's form.
 */
function splitParticle(word: string): { stem: string; particle: string } | undefined {
  for (const p of PARTICLES_BY_LAST.get(word[word.length - 1] as string) ?? []) {
    if (!word.endsWith(p)) continue;
    return word.length - p.length >= 2 ? { stem: word.slice(0, -p.length), particle: p } : undefined;
  }
  return { stem: word, particle: '' };
}

// The particles by their last syllable, longest first as in PARTICLES: one lookup a word.
const PARTICLES_BY_LAST = new Map<string, string[]>();
for (const p of PARTICLES) {
  const last = p[p.length - 1] as string;
  PARTICLES_BY_LAST.set(last, [...(PARTICLES_BY_LAST.get(last) ?? []), p]);
}

/**
 * Common words one after another (주주+총회, 기준+금리, 국립+중앙+박물관), each of two syllables or
 * more, the last perhaps a noun of one (결승+골, 특검+법; not 하이+브). Bounded: a stem has at most 14 syllables.
 */
function commonCompound(word: string): boolean {
  if (isKoreanCommonWord(word)) return true;
  if (word.length >= 3 && isKoreanNounSyllable(word.slice(-1)) && isKoreanCommonWord(word.slice(0, -1)))
    return true;
  for (let i = 2; i <= word.length - 2; i++)
    if (isKoreanCommonWord(word.slice(0, i)) && commonCompound(word.slice(i))) return true;
  return false;
}

/** The first word of a compound of common words (포스+코, 대표+팀), or the whole word. */
function firstCommonWord(word: string): string {
  for (let i = 2; i < word.length; i++) {
    const rest = word.slice(i);
    const restIsCommon = rest.length === 1 ? isKoreanNounSyllable(rest) : commonCompound(rest);
    if (restIsCommon && isKoreanCommonWord(word.slice(0, i))) return word.slice(0, i);
  }
  return word;
}

/** Common words of two syllables or more one after another (상급+종합, not 더불어+민). */
function commonWordsOnly(word: string): boolean {
  if (isKoreanCommonWord(word)) return true;
  for (let i = 2; i <= word.length - 2; i++)
    if (isKoreanCommonWord(word.slice(0, i)) && commonWordsOnly(word.slice(i))) return true;
  return false;
}

/**
 * Four Sino-Korean syllables or more that are common words of two or more each (시장+금리, 구마+모토):
 * the place filter's noise (~2% of words) as often as a place, one only if the filter of place
 * readings says so too (구마모토; of 52 such compounds the place filter took, none passed both).
 */
function sinoWordsOnly(word: string): boolean {
  return word.length >= 4 && !hasNonSinoSyllable(word) && commonWordsOnly(word);
}

/** A common noun made a verb: the noun, then a verbal ending (발표+하는, 출토+된). */
function nounVerb(word: string): boolean {
  for (let i = 2; i < word.length; i++)
    if (VERBAL.test(word.slice(i)) && commonCompound(word.slice(0, i))) return true;
  return false;
}

type Reading = 'ORG' | 'PLACE' | 'PERSON' | 'PRODUCT' | undefined;

/**
 * Whether the word's common words, read from its start longest first (식품+의약품+안전+처, 선거+관리
 * +당국), end with one of two syllables or more: the last two are a word of their own, not the
 * syllables of two (안+전처).
 */
function endsWithWord(stem: string): boolean {
  let i = 0;
  let last = 0;
  while (i < stem.length) {
    let j = Math.min(stem.length, i + 6);
    while (j > i + 1 && !isKoreanCommonWord(stem.slice(i, j))) j--;
    last = j - i;
    i = j;
  }
  return last >= 2;
}

/**
 * A kind of body, not one body: Sino-Korean common words, two or more, then a common word that
 * names the kind (상급+종합+병원), where a body's name ends with a syllable of its own (산림+청) or
 * has one word before the kind (개혁+신당).
 */
function genericBody(stem: string): boolean {
  const kinds = stem.slice(0, -2);
  // Sino-Korean words all: a native word opens a party's name (더불어+민주+당), not a kind. The
  // kind is a word of its own (병원, 당국), not one the syllables make by chance (안전+처, not 안+전처).
  return kinds.length >= 4 && endsWithWord(stem) && !hasNonSinoSyllable(kinds) && commonWordsOnly(kinds);
}

const titlesCache = new WeakMap<readonly string[], { set: Set<string>; longest: number }>();

/** Whether the word is longer than a title of two syllables or more that ends it (서울+시장). */
function endsWithTitle(ctx: NameContext, stem: string): boolean {
  const titles = ctx.locale?.personSuffixes;
  if (!titles) return false;
  let filed = titlesCache.get(titles);
  if (!filed) {
    const set = new Set(titles.filter((t) => t.length >= 2));
    filed = { set, longest: Math.max(0, ...[...set].map((t) => t.length)) };
    titlesCache.set(titles, filed);
  }
  for (let n = 2; n <= filed.longest && n < stem.length; n++) if (filed.set.has(stem.slice(-n))) return true;
  return false;
}

/** A family name and two syllables that mecab-ko-dic holds as a person's name (박지성, 이영표). */
function listedKoreanPerson(stem: string): boolean {
  return stem.length === 3 && koreanFamilyNames().has(stem.slice(0, 1)) && isKoreanListedPerson(stem);
}

/**
 * A word shaped as a Korean person's name (방시혁, 손정의): a family name and two syllables, all
 * Sino-Korean (not 도널드, 리오넬: foreign given names), no common word nor a place, nor a place
 * and its administrative word (서울+시).
 */
export function koreanPersonShape(ctx: NameContext, word: string): boolean {
  if (word.length !== 3 || !koreanFamilyNames().has(word.slice(0, 1)) || hasNonSinoSyllable(word))
    return false;
  if (ctx.gazetteer.has(word) || isKoreanCommonWord(word) || isKoreanPlace(word)) return false;
  const head = word.slice(0, 2);
  return !(ADMINISTRATIVE_END.test(word) && (ctx.gazetteer.has(head) || isKoreanPlace(head)));
}

/** What a word in a name's place is: a name the dictionary does not hold as a common word, or nothing. */
function readStem(ctx: NameContext, stem: string): Reading {
  if (ctx.gazetteer.has(stem) || hasDoubleSiotFinal(stem)) return undefined;
  // An agency (산림+청, 관세+청): the dictionary holds many as words, but 청 after common words of
  // two syllables or more names one body (not 요청 request, 시청 city hall).
  if (stem.endsWith('청') && stem.length >= 3 && commonWordsOnly(stem.slice(0, -1)) && !genericBody(stem))
    return 'ORG';
  if (isKoreanCommonWord(stem)) return undefined;
  if (nounVerb(stem)) return undefined;
  // A title made with its place or body (서울+시장, 국회+의장): the holder's, no name.
  if (endsWithTitle(ctx, stem)) return undefined;
  // A Korean name mecab-ko-dic holds, though its syllables make common words (박지+성, 윤여+정).
  if (listedKoreanPerson(stem)) return 'PERSON';
  const head = stem.slice(0, -1);
  if (ORGANISATION_END.test(stem.slice(-1)) && head.length >= 2 && commonCompound(head))
    return genericBody(stem) ? undefined : 'ORG';
  // A borrowed word opening a compound (블랙+핑크, 엔씨+소프트, 카카오+뱅크) makes a brand more
  // often than a word; Sino-Korean compounds are the common words (주주+총회, 결승+골), also with
  // a borrowed or native last word (대표+팀, 지지자+들), and so are those the dictionary lists (스마트폰).
  // A ship's or a rocket's name: a common word and 호 (누리+호, 세월+호), the whole no word.
  if (stem.length >= 3 && stem.endsWith('호') && commonCompound(head)) return 'PRODUCT';
  // A place of the dictionary is one, though its syllables make words too (시애+틀).
  if (
    (isKoreanPlace(stem) && (!sinoWordsOnly(stem) || hasKoreanPlaceReading(stem))) ||
    (isKoreanAnalysedPlace(stem) && !isKoreanListedCompound(stem))
  )
    return 'PLACE';
  if (commonCompound(stem) && (!hasNonSinoSyllable(firstCommonWord(stem)) || isKoreanListedCompound(stem)))
    return undefined;
  if (stem.length === 3 && koreanFamilyNames().has(stem.slice(0, 1))) return 'PERSON';
  return 'ORG';
}

interface Found {
  start: number;
  end: number;
  type: NonNullable<Reading>;
  /** No particle closes it: it may open a name of two words. */
  bare: boolean;
}

/** The name a word of Hangul at `start` holds (without its particle), or undefined. */
function readWord(
  ctx: NameContext,
  split: ReturnType<typeof splitParticle>,
  start: number,
): Found | undefined {
  if (!split) return undefined;
  const { stem, particle } = split;
  const bare = particle === '';
  if (bare && VERB_FORM_END.test(stem)) return undefined;
  // 평택시, 텍사스주: the place before the administrative word (주, a state, after any name).
  const head = stem.slice(0, -1);
  if (
    ADMINISTRATIVE_END.test(stem) &&
    head.length >= 2 &&
    (isKoreanPlace(head) || (stem.endsWith('주') && !commonCompound(head)))
  )
    return { start, end: start + stem.length - 1, type: 'PLACE', bare: false };
  const type = readStem(ctx, stem);
  if (!type) return undefined;
  // Without a particle, a verb's form (새로운, 출토된) is a common word less its last syllable.
  if (
    bare &&
    type !== 'PLACE' &&
    (stem.length < 3 || isKoreanCommonWord(stem.slice(0, -1))) &&
    !(type === 'PERSON' && listedKoreanPerson(stem))
  )
    return undefined;
  return { start, end: start + stem.length, type, bare };
}

/** What a word without a particle before another word may open: a name of two words. */
interface Opening {
  start: number;
  end: number;
  /** A place the gazetteer lists or the dictionary types (파리, 애틀랜타): a club's first word. */
  place: boolean;
  /** A country (독일 뮌헨, 미국 조지아): before a place, two places, not a club. */
  country: boolean;
  /** A word the dictionary holds as no common word (오타니, 리오넬, 일론): a given name's place. */
  unknown: boolean;
  /** A borrowed common word (인터, 레알): a club's first word before a place. */
  borrowed: boolean;
  /** The name the word is alone, if it is one (emitted unless a second word joins it). */
  found?: Found;
  /** A body's name (개혁신당, 국토교통부): before a person's name, its member's. */
  body: boolean;
  /** Right after a word with no particle: no given name stands there. */
  afterName?: boolean;
  /** Shaped as a Korean person's name (방시혁, 정청래): no name of two words opens with it. */
  koreanName: boolean;
}

let KOREAN_COUNTRIES: Record<string, string> | undefined;

/** A body's name by its last syllable or organisation word (개혁신당, 국토교통부). */
function bodyWord(ctx: NameContext, stem: string): boolean {
  return (
    ORGANISATION_END.test(stem.slice(-1)) || (ctx.locale?.orgSuffixes ?? []).some((w) => stem.endsWith(w))
  );
}

/** A word without a particle that may open a name of two words, or undefined. */
function opening(
  ctx: NameContext,
  stem: string,
  start: number,
  found: Found | undefined,
): Opening | undefined {
  const end = start + stem.length;
  const listed = ctx.gazetteer.get(stem);
  const place = listed?.startsWith('place:') === true || (found?.type === 'PLACE' && found.end === end);
  if (listed && !place) return undefined;
  // Cheapest tests first: most words are common words, one lookup, of Sino-Korean syllables.
  const common = isKoreanCommonWord(stem);
  const borrowed = common && hasNonSinoSyllable(stem) && firstCommonWord(stem) === stem;
  const unknown =
    !common &&
    !listed &&
    !hasDoubleSiotFinal(stem) &&
    !CLAUSE_ENDING.test(stem) &&
    !nounVerb(stem) &&
    (!commonCompound(stem) || hasNonSinoSyllable(firstCommonWord(stem)));
  if (!place && !unknown && !borrowed && !found) return undefined;
  KOREAN_COUNTRIES ??= countryNames('ko');
  const country = place && KOREAN_COUNTRIES[stem] !== undefined;
  const body = bodyWord(ctx, stem);
  const koreanName = (unknown || found?.type === 'PERSON') && koreanPersonShape(ctx, stem);
  return { start, end, place, country, unknown, borrowed, found, body, koreanName };
}

// The endings that join a clause to the next (발표했고, 말하며, 밝히면서, 한다고), and the ordinal
// suffix (두 번째): no name ends so.
const CLAUSE_ENDING = /(?:다|고|며|면서|째)$/u;

/**
 * A foreign surname or a club's second word after an opening word (일론 머스크는, 리오넬 메시는,
 * 파리 생제르맹에서): a name the dictionary lacks, or one borrowed common word (머스크, 메시),
 * not a Sino-Korean one (엠폭스 확산에). PERSON or ORG, or undefined when the two are no name.
 */
function secondWord(
  ctx: NameContext,
  open: Opening,
  stem: string,
  found: Found | undefined,
  listedPlace: boolean,
): Reading {
  const place = listedPlace || found?.type === 'PLACE';
  if (open.place) {
    // A city and a word no list holds: a club (애틀랜타 브레이브스), not two places (인천 송도); a
    // country and a name: the country's body or place (미국 식품의약국, 독일 뮌헨), two names.
    if (open.country || !found) return undefined;
    return found.type !== 'PLACE' || hasNonSinoSyllable(stem) ? 'ORG' : undefined;
  }
  if (open.borrowed && !open.found) return place ? 'ORG' : undefined;
  if ((!open.unknown && !open.found) || open.afterName) return undefined;
  // A name, then a country: the person and the country of their title (라이칭더 대만 총통).
  if (place && KOREAN_COUNTRIES?.[stem] !== undefined) return undefined;
  if (place) return 'ORG';
  // A Korean person's name, then a body's name, or a borrowed one after a name read as a person's:
  // the person and their body (정청래 더불어민주당 대표, 방시혁 하이브 의장; a Japanese name's
  // Sino-Korean syllables stay one name: 기시다 후미오, 오타니 쇼헤이).
  if (
    open.koreanName &&
    found &&
    found.type !== 'PERSON' &&
    (bodyWord(ctx, stem) || (open.found?.type === 'PERSON' && hasNonSinoSyllable(stem)))
  )
    return undefined;
  // A name found alone takes a name after it (서울대 연구팀 is no name; 넷플릭스 드라마 neither),
  // not a Korean person's (개혁신당 이준석 의원: the party, then its member).
  if (open.found) {
    if (!found) return undefined;
    if (found.type !== 'PERSON') return 'ORG';
    return open.body ? undefined : 'PERSON';
  }
  if (found) return 'PERSON';
  // One borrowed common word (머스크, 메시), or a word no dictionary holds though its syllables
  // make words (카를+로스 알카+라스).
  if (isKoreanCommonWord(stem))
    return hasNonSinoSyllable(stem) && firstCommonWord(stem) === stem ? 'PERSON' : undefined;
  const lexical = !hasDoubleSiotFinal(stem) && !nounVerb(stem) && hasNonSinoSyllable(firstCommonWord(stem));
  return lexical ? 'PERSON' : undefined;
}

const SPACE = 0x20;
const DIGIT_OR_CAPITAL = /^[\dA-Z]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;
const MODEL = /^ (?:[A-Z]{1,3})?\d{1,4}(?:[A-Za-z+]{1,4})?(?![\d.,:%])/u;

// A club's Latin letters after a place (로스앤젤레스 FC로) or before a name (LA 다저스와).
const LATIN_AFTER = /^ ([A-Z]{2,3})(?![A-Za-z\d])/u;
const LATIN_BEFORE = /(?<![\p{L}\d])([A-Z]{2,3}) $/u;

/**
 * Korean names that no title or list marks (쿠팡은, 셀트리온은, 토트넘에서, 애틀랜타 브레이브스와):
 * a word of Hangul closed by a particle, or standing before another word, that mecab-ko-dic does
 * not read as a common word, nor as common words run together, nor as a noun made a verb. Two
 * words in a row, the first without a particle, are one name when the first opens names (a place,
 * a word no dictionary holds) and the second closes them (a name, a borrowed word).
 */
export function koreanUnmarkedNames(ctx: NameContext, out: Candidate[]): void {
  if (ctx.locale?.lang !== 'ko') return;
  const { text } = ctx;
  let open: Opening | undefined;
  // Where the last word that is a place and nothing more ended (인천, 경북): a word after it that
  // can be read as a place and ends with a particle is one (인천 송도에, 경북 의성에서).
  let placeEnd = -1;
  // Where the word before ended, if it was a word of Hangul, and whether a particle closed it.
  let previousEnd = -1;
  let previousParticle = false;
  for (const m of text.matchAll(EOJEOL)) {
    const split = splitParticle(m[0]);
    const previousClosed = previousEnd === m.index - 1 && previousParticle;
    previousEnd = m.index + m[0].length;
    previousParticle = split?.particle !== '';
    let found = readWord(ctx, split, m.index);
    if (split?.particle && !found && placeEnd === m.index - 1 && hasKoreanPlaceReading(split.stem))
      found = { start: m.index, end: m.index + split.stem.length, type: 'PLACE', bare: false };
    const listed = ctx.gazetteer.get(m[0])?.startsWith('place:') === true;
    placeEnd = listed || (found?.type === 'PLACE' && found.bare) ? m.index + m[0].length : -1;
    const stem = split?.stem ?? m[0];
    const listedPlace = stem === m[0] ? listed : ctx.gazetteer.get(stem)?.startsWith('place:') === true;
    if (open && open.end === m.index - 1 && text.charCodeAt(open.end) === SPACE && split) {
      const type = secondWord(ctx, open, stem, found, listedPlace);
      // A Korean name with no particle before its body (정청래 더불어민주당 대표), though its first
      // syllables make a word (정청): the person's.
      if (!type && !open.found && open.koreanName && found && found.type !== 'PERSON' && bodyWord(ctx, stem))
        emit(text, { start: open.start, end: open.end, type: 'PERSON', bare: true }, out);
      if (type) {
        const joined = { start: open.start, end: m.index + stem.length, type, bare: false };
        emit(text, joined, out, open.place || listedPlace ? 57 : 46);
        open = undefined;
        continue;
      }
    }
    if (open?.found) emit(text, open.found, out);
    open = undefined;
    if (split && split.particle === '') {
      const end = m.index + m[0].length;
      // A product and its model (갤럭시 S25, 아이오닉 5는): a name, then a number (not 시즌 2).
      const latinOrDigit = text.charCodeAt(end) === SPACE && DIGIT_OR_CAPITAL.test(text[end + 1] ?? '');
      const model = latinOrDigit ? MODEL.exec(text.slice(end, end + 12)) : null;
      if (model && (found || !isKoreanCommonWord(stem)) && !listedPlace) {
        const close = end + (model[0] as string).length;
        if (!HANGUL.test(text[close] ?? '') || isKoreanWordEdge(text, close - 1, close)) {
          emit(text, { start: m.index, end: close, type: 'PRODUCT', bare: false }, out, 57);
          continue;
        }
      }
      const latin = latinOrDigit ? LATIN_AFTER.exec(text.slice(end, end + 5)) : null;
      if (latin && (listedPlace || found?.type === 'PLACE')) {
        emit(
          text,
          { start: m.index, end: end + 1 + (latin[1] as string).length, type: 'ORG', bare: false },
          out,
          57,
        );
        continue;
      }
    }
    const latinBefore = DIGIT_OR_CAPITAL.test(text[m.index - 2] ?? '')
      ? LATIN_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index))
      : null;
    if (latinBefore && found && found.type !== 'PLACE') {
      const start = m.index - 1 - (latinBefore[1] as string).length;
      emit(text, { ...found, start, type: 'ORG' }, out, 57);
      continue;
    }
    if (!found && !split) continue;
    // A word with no particle is a name, or opens one, only before another word of Hangul.
    const next = m.index + m[0].length;
    const beforeWord = text.charCodeAt(next) === SPACE && HANGUL.test(text[next + 1] ?? '');
    if (found && !found.bare) emit(text, found, out);
    else if (split?.particle === '' && beforeWord) {
      open = opening(ctx, stem, m.index, found);
      // After a word with no particle (스페이스X 스타십 슈퍼헤비가), names are strung together:
      // a given name and a surname stand where a clause or a phrase begins.
      if (open && text.charCodeAt(m.index - 1) === SPACE && LETTER_OR_DIGIT.test(text[m.index - 2] ?? ''))
        open.afterName = !previousClosed;
    }
  }
  if (open?.found) emit(text, open.found, out);
}

function emit(text: string, name: Found, out: Candidate[], priority = 43): void {
  const key = `${name.type.toLowerCase()}:${text.slice(name.start, name.end)}`;
  out.push(spanCandidate(name.start, name.end, name.type, key, 0.5, 'names:ko-lexicon', priority));
}
