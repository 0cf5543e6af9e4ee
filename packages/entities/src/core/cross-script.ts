import type { MentionType, TransliterationLink } from '../types';
import { koreanFamilyNames } from './name-lexicon';
import { matchNames, soundKey, weightedEdits, withoutAddedVowels } from './name-match';
import {
  chineseName,
  hanReading,
  type NameScript,
  pinyinSpelling,
  readsAsPinyin,
  readsAsRevisedRomanization,
  romanizations,
  scriptOf,
} from './romanize';

/** One entity-to-be, as the cross-script step sees it. */
export interface ScriptCandidate {
  id: string;
  name: string;
  type: MentionType;
  /** The language of the documents it was written in (the first, when several). */
  lang?: string;
  /** Keys of the organisations named in its documents: shared context backs a link. */
  context: ReadonlySet<string>;
}

export interface ScriptMerge {
  from: string;
  into: string;
  link: TransliterationLink;
}

/** Below this a sound match is a different name (see the pair-set table in the README). */
export const MIN_LINK_SCORE = 0.8;
/** A shared organisation or role adds this much. */
const CONTEXT_BONUS = 0.05;
/** Two targets this close are a tie: the name is not linked rather than linked to the wrong one. */
const TIE = 0.03;

interface Reading {
  cand: ScriptCandidate;
  script: NameScript;
  romanized: string[];
  han?: string;
  words: number;
  /** For the Latin key of a name in another script (华为 org:huawei), that script. */
  keyOf?: NameScript;
}

/** The same type, or an undecided name of at least two words (a lone capitalised word is too often not a name). */
function compatible(a: Reading, b: Reading): boolean {
  const ta = a.cand.type;
  const tb = b.cand.type;
  if (ta === tb) return true;
  return (ta === 'NAME' && a.words >= 2) || (tb === 'NAME' && b.words >= 2);
}
const LINKABLE: ReadonlySet<MentionType> = new Set(['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME']);

function readingOf(cand: ScriptCandidate): Reading {
  const script = scriptOf(cand.name);
  const romanized = romanizations(cand.name, cand.lang);
  return {
    cand,
    script,
    romanized,
    han: hanReading(cand.name),
    // A Japanese name in kanji has no space between its parts: its reading has (岸田文雄 "kishida fumio").
    words: Math.max(
      cand.name.split(/[\s・·•‧=＝]+/u).filter(Boolean).length,
      script === 'han' ? (romanized[0]?.split(' ').length ?? 0) : 0,
    ),
  };
}

/**
 * A name whose key is in Latin letters (华为 org:huawei, 大阪 place:osaka: the gazetteer knows it)
 * is also a target under that Latin name, the spelling the other scripts transliterate (화웨이,
 * 오사카). The reading keeps the candidate's id: a link to it is a link to the entity.
 */
function latinKeyReading(r: Reading): Reading[] {
  const name = r.cand.id.slice(r.cand.id.indexOf(':') + 1);
  if (r.script === 'latin' || !/^[a-z][a-z .'-]*$/.test(name)) return [];
  const cand = { ...r.cand, name: name.replace(/(^|[ -])[a-z]/g, (c) => c.toUpperCase()) };
  return [{ cand, script: 'latin', romanized: [name], words: name.split(' ').length, keyOf: r.script }];
}

/** A Korean name in Hangul: one word of two to four syllables, the first a family name (김정은). */
const koreanName = (name: string): boolean =>
  /^\p{Script=Hangul}{2,4}$/u.test(name) && koreanFamilyNames().has(name.slice(0, 1));

/** The vowels of a romanised name without glides or length: "gim-jeong-eun" → "iou". */
const plainVowels = (romanized: string, korean = true): string =>
  (korean ? koreanVowels(romanized.replace(/ae/g, 'e')) : romanized.replace(/[^aeiou]+/g, ''))
    .replace(/[wy ]/g, '')
    .replace(/(.)\1+/g, '$1');

/** `part`'s letters appear in `whole` in the same order. */
function inOrder(part: string, whole: string): boolean {
  let i = 0;
  for (const c of whole) if (c === part[i]) i++;
  return i === part.length;
}

/**
 * Pinyin as Hangul writes Chinese (the Korean rules for Chinese names), in the letters of Revised
 * Romanization: ü (u after j, q, x, y) is 위 "wi" (马云 마윈 "ma-win"), x and sh are ㅅ "s", q, c and
 * ch are ㅊ "ch", zh and z are ㅈ "j", ua and uo are 와 "wa" and 워 "wo", an i before a vowel is a
 * y (小米 "xiao-mi" 샤오미 "sya-o-mi", 华为 "hua-wei" 화웨이 "hwa-we-i").
 */
const asHangulWrites = (pinyin: string): string =>
  pinyin
    .replace(/(^|[-\s])([jqxy])u/g, '$1$2wi')
    .replace(/(^|[-\s])(?:x|sh)/g, '$1s')
    .replace(/(^|[-\s])(?:q|c(?!h))/g, '$1ch')
    .replace(/(^|[-\s])z(?:h)?/g, '$1j')
    .replace(/u(?=[ao])/g, 'w')
    .replace(/i(?=[aeo])/g, 'y');

/** The vowels of a romanised Korean name, McCune-Reischauer's o and u for eo and eu: "gyeong-ju" → "yo u". */
const koreanVowels = (romanized: string): string =>
  romanized
    .toLowerCase()
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/[^aeiouwy]+/g, ' ')
    .trim();

/** The best sound match of `from` against `to`'s name, or its last word for a lone surname (トランプ, Trump). */
function soundMatch(
  from: Reading,
  to: Reading,
): { score: number; evidence: string; romanized: string } | undefined {
  if (from.han && to.han && from.han === to.han)
    return {
      score: 1,
      evidence: `the same characters (${from.han})`,
      romanized: from.romanized[0] ?? from.han,
    };
  const latin = to.script === 'latin';
  // Chinese names are written in Latin letters as pinyin: a pinyin-like Latin name must be spelled
  // exactly (李强 Li Qiang, not 李克强), a foreign one is matched by sound (特朗普 Trump).
  // Not a Japanese name in kanji: its Latin spelling is its Japanese reading (高市早苗 Sanae Takaichi).
  const japanese = /^ja\b/.test(from.cand.lang ?? '');
  const pinyin = from.script === 'han' && !japanese ? pinyinSpelling(from.cand.name) : undefined;
  if (latin && pinyin && readsAsPinyin(to.cand.name)) {
    const same = pinyin === to.cand.name.toLowerCase().replace(/[^a-z]/g, '');
    return { score: same ? 1 : 0, evidence: `the same pinyin (${pinyin})`, romanized: pinyin };
  }
  // Korean places are written in Latin letters by Revised Romanization: one that reads as it must
  // have the vowels of the Hangul name (Gwangju 광주 is not Gyeongju 경주, Daegu is not 대전).
  if (
    latin &&
    from.script === 'hangul' &&
    from.cand.type === 'PLACE' &&
    readsAsRevisedRomanization(to.cand.name) &&
    !from.romanized.some((r) => koreanVowels(r) === koreanVowels(to.cand.name))
  )
    return { score: 0, evidence: `other vowels than "${to.cand.name}"`, romanized: from.romanized[0] ?? '' };
  // Katakana writes a Korean name syllable by syllable and keeps its vowels, adding a u after a
  // closing consonant (キム "kimu" 김): the Hangul vowels come in order among the kana's (キム・ジョンウン
  // is 김정은, not 김정남), glides and length aside.
  const [kana, hangul] = from.script === 'kana' ? [from, to] : [to, from];
  if (
    kana.script === 'kana' &&
    hangul.script === 'hangul' &&
    koreanName(hangul.cand.name) &&
    !kana.romanized.some((k) => hangul.romanized.some((h) => inOrder(plainVowels(h), plainVowels(k, false))))
  )
    return { score: 0, evidence: 'other vowels', romanized: from.romanized[0] ?? '' };
  const targets = to.romanized.map((r) => withoutAddedVowels(r, to.script));
  if (from.words === 1 && to.words > 1 && (to.cand.type === 'PERSON' || to.cand.type === 'NAME'))
    targets.push(...to.romanized.map((r) => r.split(' ').pop() as string));
  const syllableH = from.script === 'hangul' || to.script === 'hangul';
  // A Chinese person's name in Hangul writes each character as one syllable or more (雷军 레이쥔
  // "lei-jun"): character by character then, not the whole name's sound (雷佳音 is not 레이쥔).
  const bySyllable =
    syllableH && [from, to].some((x) => x.cand.type === 'PERSON' && chineseName(x.cand.name));
  // A Chinese person or company against Hangul: its pinyin (of the Han name, or of the Latin key
  // the gazetteer gave it, 华为 huawei) as Korean writes Chinese.
  const hangulPinyin = (x: Reading) =>
    syllableH &&
    x.cand.type !== 'PLACE' &&
    (x.script === 'han' || (x.keyOf === 'han' && readsAsPinyin(x.cand.name)));
  let best: { score: number; evidence: string; romanized: string } | undefined;
  for (const target of targets) {
    for (const r of from.romanized) {
      const mine = hangulPinyin(from) ? asHangulWrites(r) : r;
      const theirs = hangulPinyin(to) ? asHangulWrites(target) : target;
      const m = matchNames(theirs, withoutAddedVowels(mine, from.script), latin, {
        syllableH,
        bySyllable,
        rSyllable: from.script === 'kana' || from.script === 'hangul',
      });
      if (!best || m.score > best.score)
        best = {
          score: m.score,
          evidence: `sounds like "${target}" (${m.keys[0]} ~ ${m.keys[1]})`,
          romanized: r,
        };
    }
  }
  return sameSkeletons(from, to, dottedForeignName(from, to, best));
}

/**
 * A foreign name written with a dot (唐纳德·特朗普, ティム・クック) transliterates a given name and a
 * family name one by one, and a given name loses more on the way (唐纳德 "tang-na-de" for Donald)
 * than a family name does. Part by part then: the family names match (≥ 0.8), and the given names
 * begin with the same sound and are not far apart (≥ 0.55); a relative with another given name
 * (Ivanka, Melania) fails on the given name.
 */
function dottedForeignName(
  from: Reading,
  to: Reading,
  best: { score: number; evidence: string; romanized: string } | undefined,
): { score: number; evidence: string; romanized: string } | undefined {
  if (!/[・·]/u.test(from.cand.name) || from.words !== 2 || to.words !== 2) return best;
  if (best && best.score >= MIN_LINK_SCORE) return best;
  const toParts =
    to.script === 'latin' ? [to.cand.name.split(/\s+/u)] : to.romanized.map((r) => r.split(' '));
  let found = best;
  for (const r of from.romanized) {
    const parts = withoutAddedVowels(r, from.script).split(' ');
    if (parts.length !== 2) continue;
    for (const target of toParts) {
      if (target.length !== 2) continue;
      const latin = to.script === 'latin';
      const t = latin ? target : target.map((x) => withoutAddedVowels(x, to.script));
      const family = matchNames(t[1] as string, parts[1] as string, latin).score;
      const given = matchNames(t[0] as string, parts[0] as string, latin).score;
      const sameStart = soundKey(t[0] as string, latin)[0] === soundKey(parts[0] as string)[0];
      if (family < 0.8 || given < 0.55 || !sameStart) continue;
      const score = Math.min(0.9, (family + given) / 2 + 0.1);
      if (!found || score > found.score)
        found = {
          score,
          evidence: `family name sounds like "${t[1]}", given name begins alike`,
          romanized: r,
        };
    }
  }
  return found;
}

/** Below this share of consonant classes kept, part by part, two names are not the same skeleton. */
const SKELETON_AGREEMENT = 0.87;
/**
 * Chinese transliterates syllable by syllable, pinyin's palatals standing for k, t or z (基 ki, 普京
 * Putin, 贝索斯 Bezos): a name in Han needs this much, and every part beginning with the same class.
 */
const HAN_SKELETON_AGREEMENT = 0.83;

/**
 * A name of two parts or more transliterated part by part (乔·拜登 "qiao bai-deng", Джо Байден,
 * テイラー・スウィフト) keeps the consonant classes of every part, while its letters drift far
 * (q for j, ai for i, eng for en): every part's skeleton agreeing with the other name's part
 * (weighted edits, `SKELETON_AGREEMENT`) links it, whatever the letters. A relative or namesake
 * with another given name (Jill, Hunter Biden; Kimbal Musk) fails on that part.
 */
function sameSkeletons(
  from: Reading,
  to: Reading,
  best: { score: number; evidence: string; romanized: string } | undefined,
): { score: number; evidence: string; romanized: string } | undefined {
  if (best && best.score >= MIN_LINK_SCORE) return best;
  const latin = to.script === 'latin';
  const hangul = from.script === 'hangul' || to.script === 'hangul';
  const han = from.script === 'han' || to.script === 'han';
  const targets = latin ? [to.cand.name] : to.romanized.map((r) => withoutAddedVowels(r, to.script));
  let found = best;
  for (const r of from.romanized) {
    const mine = withoutAddedVowels(r, from.script).split(' ');
    for (const target of targets) {
      const theirs = target.split(/\s+/u);
      if (mine.length < 2 || theirs.length !== mine.length) continue;
      for (const order of [theirs, [...theirs].reverse()]) {
        let weakest = 1;
        let edits = 0;
        let length = 0;
        let sameStarts = true;
        mine.forEach((part, i) => {
          const a = soundKey(part, false, hangul);
          // A Latin r English leaves silent, or sounded (尔 er, ル ru write it): the closer of both.
          const [e, b] = [false, true]
            .map((sounded) => soundKey(order[i] as string, latin, hangul, sounded))
            .map((key) => [weightedEdits(a, key), key] as const)
            .sort((x, y) => x[0] - y[0])[0] as readonly [number, string];
          sameStarts &&= a[0] === b[0];
          const n = Math.max(a.length, b.length);
          weakest = Math.min(weakest, n ? 1 - e / n : 0);
          edits += e;
          length += n;
        });
        if (length < 4) continue;
        const agreement = Math.min(weakest, 1 - edits / length);
        const score = 0.75 + 0.1 * agreement;
        const agrees =
          agreement >= SKELETON_AGREEMENT || (han && sameStarts && agreement >= HAN_SKELETON_AGREEMENT);
        if (agrees && (!found || score > found.score))
          found = {
            score,
            evidence: `every part keeps the consonants of "${order.join(' ')}"`,
            romanized: r,
          };
      }
    }
  }
  return found;
}

/** The sound match of two names as the linker scores them (for tests and the pair-set report). */
export function scoreNames(
  a: { name: string; lang?: string; type: MentionType },
  b: { name: string; lang?: string; type: MentionType },
): { score: number; evidence: string; romanized: string } | undefined {
  const context = new Set<string>();
  const ra = readingOf({ id: `a:${a.name}`, name: a.name, type: a.type, lang: a.lang, context });
  const rb = readingOf({ id: `b:${b.name}`, name: b.name, type: b.type, lang: b.lang, context });
  return ra.script === 'latin' ? soundMatch(rb, ra) : soundMatch(ra, rb);
}

/**
 * Names written in another script than their entity's (ドナルド・トランプ, 트럼프, 特朗普, Трамп for
 * Donald Trump): each non-Latin name goes to the one candidate of another script whose romanised
 * name sounds alike (score ≥ `MIN_LINK_SCORE`, a shared organisation or role adding a little),
 * Latin names first. Ties are left apart. Candidates come sorted, most documents first.
 */
export function crossScriptMerges(candidates: ScriptCandidate[]): ScriptMerge[] {
  const readings = candidates.filter((c) => LINKABLE.has(c.type)).map(readingOf);
  const targets = [...readings, ...readings.flatMap(latinKeyReading)];
  const merges: ScriptMerge[] = [];
  const merged = new Set<string>();
  for (const from of readings) {
    if (from.script === 'latin' || from.script === 'other') continue;
    // A key in Latin letters (org:microsoft for 微软) already says which entity the name is.
    if (/\p{Script=Latin}/u.test(from.cand.id.slice(from.cand.id.indexOf(':') + 1))) continue;
    if (!from.romanized.length) continue;
    const scored: { to: Reading; score: number; evidence: string[]; romanized: string }[] = [];
    for (const to of targets) {
      if (to.cand.id === from.cand.id || merged.has(to.cand.id)) continue;
      // Within one script only Han against Han (習近平 in Japanese, 习近平 in Chinese).
      if (to.script === from.script && !(from.han && to.han)) continue;
      if (!compatible(from, to)) continue;
      const m = soundMatch(from, to);
      if (!m) continue;
      const shared = [...from.cand.context].filter((k) => to.cand.context.has(k) && k !== to.cand.id);
      const bonus = shared.length ? CONTEXT_BONUS : 0;
      const evidence = [m.evidence, ...shared.slice(0, 3).map((k) => `both documents name ${k}`)];
      // A Latin target is worth a little more: it is the spelling the other scripts transliterate.
      scored.push({ to, score: Math.min(1, m.score + bonus), evidence, romanized: m.romanized });
    }
    // A Latin name is the spelling the others transliterate: the best Latin match wins when there is
    // one, and other scripts compete only among themselves (ドナルド・トランプ and 唐纳德·特朗普 both go
    // to Donald Trump rather than to each other).
    const pick = (list: typeof scored) => {
      list.sort((a, b) => b.score - a.score || (a.to.cand.id < b.to.cand.id ? -1 : 1));
      const [best, second] = list;
      if (!best || best.score < MIN_LINK_SCORE) return undefined;
      // Two different candidates this close: not linked rather than linked to the wrong one.
      if (second && second.score >= best.score - TIE) return undefined;
      return best;
    };
    const best =
      pick(scored.filter((x) => x.to.script === 'latin')) ??
      pick(scored.filter((x) => x.to.script !== 'latin'));
    if (!best) continue;
    merged.add(from.cand.id);
    merges.push({
      from: from.cand.id,
      into: best.to.cand.id,
      link: {
        romanized: best.romanized,
        score: Math.round(best.score * 1000) / 1000,
        evidence: best.evidence,
      },
    });
  }
  return merges;
}
