import { type Candidate, spanCandidate } from './candidate';
import {
  hasKoreanPlaceReading,
  isKoreanCommonWord,
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

// Syllables that make an organisation of the words before them (소방+청, 우주항공+청, 조국혁신+당,
// 국민+의힘 is no such case): a compound of common words ending so is a body's name, not a word.
const ORGANISATION_END = /^[청처당단원]$/u;
// The endings of a noun made a verb (발표하는, 출토된, 동결했다고): what follows a common noun.
const VERBAL = /^(?:하|했|한|할|해|되|된|됐|될|돼|시키|시켰|이다|였|이었)/u;
// The last syllable of a verb's form (받았다, 확대하고, 꺼졌다며, 불리기): no name without a
// particle ends so.
const VERB_FORM_END = /[다고며면서게요죠나니기]$/u;
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
  if (/\p{Script=Hangul}/u.test(text[start - 1] ?? '')) return false;
  if (!/\p{Script=Hangul}/u.test(text[end] ?? '')) return true;
  return AFTER_NAME_IN_WORD.test(text[end] as string) || PARTICLES.some((p) => text.startsWith(p, end));
}

const EOJEOL = /(?<![\p{L}\p{N}])\p{Script=Hangul}{2,14}(?![\p{L}\p{N}])/gu;

/**
 * The word without the particle that closes it, and the particle ('' for none); undefined when a
 * particle closes it after one syllable only (것으로, 주에서는, 상을): no name, nor a verb's form.
 */
function splitParticle(word: string): { stem: string; particle: string } | undefined {
  for (const p of PARTICLES) {
    if (!word.endsWith(p)) continue;
    return word.length - p.length >= 2 ? { stem: word.slice(0, -p.length), particle: p } : undefined;
  }
  return { stem: word, particle: '' };
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

/** A common noun made a verb: the noun, then a verbal ending (발표+하는, 출토+된). */
function nounVerb(word: string): boolean {
  for (let i = 2; i < word.length; i++)
    if (VERBAL.test(word.slice(i)) && commonCompound(word.slice(0, i))) return true;
  return false;
}

type Reading = 'ORG' | 'PLACE' | 'PERSON' | undefined;

/** What a word in a name's place is: a name the dictionary does not hold as a common word, or nothing. */
function readStem(ctx: NameContext, stem: string): Reading {
  if (ctx.gazetteer.has(stem) || isKoreanCommonWord(stem)) return undefined;
  if (nounVerb(stem)) return undefined;
  const head = stem.slice(0, -1);
  if (ORGANISATION_END.test(stem.slice(-1)) && head.length >= 2 && commonCompound(head)) return 'ORG';
  if (commonCompound(stem)) return undefined;
  if (isKoreanPlace(stem)) return 'PLACE';
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
function readWord(ctx: NameContext, word: string, start: number): Found | undefined {
  const split = splitParticle(word);
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
  if (bare && type !== 'PLACE' && (stem.length < 3 || isKoreanCommonWord(stem.slice(0, -1))))
    return undefined;
  return { start, end: start + stem.length, type, bare };
}

/**
 * Korean names that no title or list marks (쿠팡은, 셀트리온은, 토트넘에서, 애틀랜타 브레이브스와):
 * a word of Hangul closed by a particle, or standing before another word, that mecab-ko-dic does
 * not read as a common word, nor as common words run together, nor as a noun made a verb. Two such
 * words in a row, the first without a particle, are one name.
 */
export function koreanUnmarkedNames(ctx: NameContext, out: Candidate[]): void {
  if (ctx.locale?.lang !== 'ko') return;
  const { text } = ctx;
  let pending: Found | undefined;
  // Where the last word that is a place and nothing more ended (인천, 경북): a word after it that
  // can be read as a place and ends with a particle is one (인천 송도에, 경북 의성에서).
  let placeEnd = -1;
  for (const m of text.matchAll(EOJEOL)) {
    let found = readWord(ctx, m[0], m.index);
    const split = splitParticle(m[0]);
    if (split?.particle && !found && placeEnd === m.index - 1 && hasKoreanPlaceReading(split.stem))
      found = { start: m.index, end: m.index + split.stem.length, type: 'PLACE', bare: false };
    const listed = ctx.gazetteer.get(m[0])?.startsWith('place:') === true;
    placeEnd = listed || (found?.type === 'PLACE' && found.bare) ? m.index + m[0].length : -1;
    if (pending && found && text.slice(pending.end, found.start) === ' ') {
      emit(text, { ...found, start: pending.start, type: 'ORG' }, out);
      pending = undefined;
      continue;
    }
    if (pending) emit(text, pending, out);
    pending = undefined;
    if (!found) continue;
    // A word with no particle is a name only before another word of Hangul.
    if (!found.bare) emit(text, found, out);
    else if (/^ \p{Script=Hangul}/u.test(text.slice(found.end, found.end + 2))) pending = found;
  }
  if (pending) emit(text, pending, out);
}

function emit(text: string, name: Found, out: Candidate[]): void {
  const key = `${name.type.toLowerCase()}:${text.slice(name.start, name.end)}`;
  out.push(spanCandidate(name.start, name.end, name.type, key, 0.5, 'names:ko-lexicon', 43));
}
