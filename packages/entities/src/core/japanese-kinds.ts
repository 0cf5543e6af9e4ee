import { TERM_ACRONYMS } from '../locales/_global/index';
import type { NameKinds } from '../locales/types';
import { type Candidate, matchCandidate } from './candidate';
import {
  isJapaneseBarePlace,
  isJapaneseCommonKanjiWord,
  isJapaneseCommonKatakana,
  isJapaneseNameCommonWord,
  isJapanesePlaceStem,
  isJapaneseShortOrganisation,
  japaneseProperNoun,
  japaneseShortOrganisationList,
} from './name-lexicon';
import type { NameContext } from './names';
import { isJapaneseFamilyName } from './romanize';
import { alternation } from './text';

// Japanese names by the words around them that say what they are (the locale's `nameKinds`): a kind
// right before a name (自動車大手トヨタ, 首都キーウ) or before it in corner brackets (護衛艦「いずも」), what
// only a place has after it (マンダレー近郊, ベレンで開かれた), a unit after its number (第1空挺団).

interface KindPatterns {
  /** The words each scan needs in the text, so that a text without any is not scanned. */
  needs: {
    apposition: string[];
    placeAfter: string[];
    orgAfter: string[];
    feature: string[];
    afterPlace: string[];
    body: string[];
    orgContext: string[];
  };
  /** A kind, then a katakana or Latin name right after it. */
  apposition: RegExp;
  /** The kinds that stand before a name in corner brackets, by their last code unit, longest first. */
  quoted: Map<number, string[]>;
  typeOf: Map<string, 'ORG' | 'PLACE' | 'PRODUCT'>;
  /** The kinds that may stand before their name with a particle between (中部のマンダレー). */
  withParticle: Set<string>;
  placeAfter: RegExp;
  /** A katakana word, then what follows only an organisation's name (パランティア本社). */
  orgContext: RegExp;
  /** What follows only a place, at the start of a string. */
  placeWord: RegExp;
  unit: RegExp;
  /** A katakana or Latin name, then a word that makes an organisation of it (ロイター通信). */
  orgAfter: RegExp;
  /** A place's or a family's name of kanji, then a prize's or a festival's word (京都賞, 祇園祭). */
  afterPlace: RegExp;
  /** A katakana word opening a clause, kanji and a body's word (カトリック中央協議会). */
  body: RegExp;
  /** A place of two or three kanji, then a landmark's or a landscape's word (首里城, 釧路湿原). */
  feature: RegExp;
  /** Two names, a comma, "both" and their kind (自民、公明両党); the kind's type. */
  both?: RegExp;
  bothType: Map<string, 'ORG' | 'PLACE' | 'PERSON'>;
}

const cache = new WeakMap<NameKinds, KindPatterns>();

const KATAKANA_END = /[\p{Script=Katakana}ー]$/u;
// A head that points or counts rather than names (同市駅, 各地港, 両国港), or an army's (米軍基地).
const NOT_A_PLACE_HEAD = /^[同各当両全]|軍$/u;

/** Whether the text holds one of the words (a scan for them is then worth its cost). */
function has(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/** Words by their last code unit, longest first. */
function byLast(words: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of new Set(words)) {
    const list = out.get(w.charCodeAt(w.length - 1)) ?? [];
    list.push(w);
    out.set(w.charCodeAt(w.length - 1), list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

function patterns(kinds: NameKinds): KindPatterns {
  let p = cache.get(kinds);
  if (p) return p;
  const typeOf = new Map<string, 'ORG' | 'PLACE' | 'PRODUCT'>();
  const particles = new Map<string, string>();
  const apposed: string[] = [];
  const quoted: string[] = [];
  for (const k of kinds.before) {
    for (const w of k.words) {
      typeOf.set(w, k.type);
      quoted.push(w);
      // A kind ending in katakana runs on into a katakana name: only before brackets.
      if (!KATAKANA_END.test(w)) apposed.push(w);
      if (k.particle) particles.set(w, k.particle);
    }
    for (const w of k.quotedWords ?? []) {
      typeOf.set(w, k.type);
      quoted.push(w);
    }
  }
  const particle = alternation(new Set(particles.values()));
  const bothType = new Map<string, 'ORG' | 'PLACE' | 'PERSON'>();
  for (const k of kinds.both?.kinds ?? []) for (const w of k.words) bothType.set(w, k.type);
  const name = '[\\p{Script=Han}々]{2,4}|[\\p{Script=Katakana}ー][\\p{Script=Katakana}ー・]+';
  p = {
    needs: {
      apposition: apposed,
      placeAfter: kinds.placeAfter,
      orgContext: kinds.orgAfter,
      orgAfter: kinds.orgAfterName,
      feature: kinds.placeFeatures,
      afterPlace: kinds.afterPlaceOrFamily,
      body: kinds.bodyWords,
    },
    apposition: new RegExp(
      `(?=[${[...new Set(apposed.map((w) => w[0]))].join('')}])(${alternation(apposed)})${particle ? `(?:${particle})?` : ''}(?=[\\p{Script=Katakana}A-Za-z])`,
      'gu',
    ),
    // The name: no sentence's or clause's mark, no bracket, at most 30 characters.
    quoted: byLast(quoted),
    typeOf,
    bothType,
    withParticle: new Set(particles.keys()),
    placeAfter: new RegExp(
      `(?<![\\p{Script=Katakana}ー・A-Za-z])[\\p{Script=Katakana}ー]{2,}(?=${alternation(kinds.placeAfter)})`,
      'gu',
    ),
    orgContext: new RegExp(
      `(?<![\\p{Script=Katakana}ー・A-Za-z])[\\p{Script=Katakana}ー]{3,}(?=${alternation(kinds.orgAfter)})`,
      'gu',
    ),
    placeWord: new RegExp(`^(?:${alternation(kinds.placeAfter)})`, 'u'),
    feature: new RegExp(
      `(?<![\\p{Script=Han}々])([\\p{Script=Han}々]{2,3})(?:${alternation(kinds.placeFeatures)})(?![\\p{Script=Han}々])`,
      'gu',
    ),
    orgAfter: new RegExp(
      `(?<![\\p{Script=Katakana}ー・A-Za-z])([\\p{Script=Katakana}ー][\\p{Script=Katakana}ー・]+|[A-Z]{2,5})(?:${alternation(kinds.orgAfterName)})(?![\\p{Script=Han}々])`,
      'gu',
    ),
    afterPlace: new RegExp(
      `(?<![\\p{Script=Han}々\\p{Script=Katakana}ーA-Za-z])([\\p{Script=Han}々]{2,3})(?:${alternation(kinds.afterPlaceOrFamily)})(?![\\p{Script=Han}々])`,
      'gu',
    ),
    body: new RegExp(
      `(?<=^|[\\s。！？!?、，,「『（(はがもをにでと])[\\p{Script=Katakana}ー]{3,}[\\p{Script=Han}々]{2,8}(?:${alternation(kinds.bodyWords)})(?=[はがもをにでとの、。])`,
      'gu',
    ),
    unit: new RegExp(
      `第[0-9０-９一二三四五六七八九十]{1,3}(?:${alternation(kinds.numberedUnits)})(?![\\p{Script=Han}々])`,
      'gu',
    ),
  };
  if (kinds.both)
    p.both = new RegExp(
      `(?<![\\p{Script=Han}々\\p{Script=Katakana}ー・])(${name})、(${name})${kinds.both.mark}(${alternation(bothType.keys())})(?![\\p{Script=Han}々])`,
      'gu',
    );
  cache.set(kinds, p);
  return p;
}

// A katakana name (with ・ or ー inside), or a Latin one of a word or more (ispace, Stability AI).
const KATAKANA_NAME = /^[\p{Script=Katakana}ー][\p{Script=Katakana}ー・]*[\p{Script=Katakana}ー]/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Z0-9][A-Za-z0-9&.'-]*)*/u;
const HAN = /[\p{Script=Han}々]/u;
const LETTER = /[\p{Script=Katakana}ー・A-Za-z0-9]/u;
// After a quoted name: と and a verb of saying make it words said (「…」と述べた), not a name.
const SAID_AFTER = /^と(?:[言述話語訴強説答発明指表]|いう|の(?:声|意見|考え))/u;

/**
 * A name found without the kind (the gazetteer's, IPAdic's), or a katakana word IPAdic has, or two it
 * has written together (大手スーパー, 北部のリゾート: a kind, no name).
 */
function knownKatakana(ctx: NameContext, word: string): boolean {
  if (ctx.gazetteer.has(word) || japaneseProperNoun(word) !== undefined) return true;
  for (const part of word.split('・')) {
    if (isJapaneseCommonKatakana(part)) return true;
    for (let i = 3; i + 3 <= part.length; i++)
      if (isJapaneseCommonKatakana(part.slice(0, i)) && isJapaneseCommonKatakana(part.slice(i))) return true;
  }
  return false;
}

/**
 * Names by a kind before them, by what only a place or an organisation has after them, and units by
 * their number.
 */
export function japaneseKindNames(ctx: NameContext, text: string, out: Candidate[]): void {
  const kinds = ctx.locale?.nameKinds;
  if (!kinds) return;
  const p = patterns(kinds);
  const push = (at: number, name: string, type: Candidate['type'], recognizer: string, priority: number) =>
    out.push(
      matchCandidate(
        { index: at, 0: name },
        type,
        `${type.toLowerCase()}:${name}`,
        0.55,
        recognizer,
        priority,
      ),
    );
  for (let open = text.indexOf('「'); open >= 0; open = text.indexOf('「', open + 1)) {
    const kind = p.quoted.get(text.charCodeAt(open - 1))?.find((w) => text.endsWith(w, open));
    const close = kind ? text.indexOf('」', open) : -1;
    if (!kind || close < 0 || close - open > 31) continue;
    // The name: no sentence's or clause's mark, no bracket, at most 30 characters.
    const name = text.slice(open + 1, close);
    if (!name || /[「『』、。\n]/u.test(name) || name.trim() !== name) continue;
    if (SAID_AFTER.test(text.slice(close + 1, close + 7))) continue;
    // Above what is found inside the brackets (a place in a ship's name).
    push(open + 1, name, p.typeOf.get(kind) ?? 'PRODUCT', 'names:kind-quoted', 56);
  }
  if (has(text, p.needs.apposition))
    for (const m of text.matchAll(p.apposition)) {
      const kind = m[1] as string;
      const at = m.index + m[0].length;
      const type = p.typeOf.get(kind) ?? 'ORG';
      if (m[0].length > kind.length && !p.withParticle.has(kind)) continue;
      const rest = text.slice(at, at + 40);
      const katakana = KATAKANA_NAME.exec(rest)?.[0];
      if (katakana) {
        const next = text[at + katakana.length] ?? '';
        // The name runs on (自動車大手トヨタ自動車: the gazetteer's), or is a kind itself (大手スーパー).
        if (LETTER.test(next) || knownKatakana(ctx, katakana)) continue;
        const after = at + katakana.length;
        if (HAN.test(next) && !(type === 'PLACE' && p.placeWord.test(text.slice(after, after + 6)))) continue;
        push(at, katakana, type, 'names:kind-apposition', 44);
        continue;
      }
      // A place is no Latin word; a particle before one is no apposition.
      if (type === 'PLACE' || m[0].length > kind.length) continue;
      const latin = LATIN_NAME.exec(rest)?.[0];
      if (!latin || TERM_ACRONYMS.has(latin) || /[A-Za-z0-9]/u.test(text[m.index - 1] ?? '')) continue;
      const next = text[at + latin.length] ?? '';
      if (HAN.test(next) || LETTER.test(next)) continue;
      push(at, latin, type, 'names:kind-apposition', 44);
    }
  if (has(text, p.needs.placeAfter))
    for (const m of text.matchAll(p.placeAfter)) {
      if (knownKatakana(ctx, m[0])) continue;
      push(m.index, m[0], 'PLACE', 'names:place-context', 44);
    }
  if (has(text, p.needs.orgContext))
    for (const m of text.matchAll(p.orgContext)) {
      if (knownKatakana(ctx, m[0])) continue;
      push(m.index, m[0], 'ORG', 'names:org-context', 44);
    }
  if (p.both && kinds.both && text.includes(kinds.both.mark))
    for (const m of text.matchAll(p.both)) {
      const type = p.bothType.get(m[3] as string) ?? 'ORG';
      const second = m.index + (m[1] as string).length + 1;
      // Above an organisation word read with "both" (公明両党).
      push(m.index, m[1] as string, type, 'names:both', 57);
      push(second, m[2] as string, type, 'names:both', 57);
    }
  if (has(text, p.needs.feature))
    for (const m of text.matchAll(p.feature)) {
      const head = m[1] as string;
      if (ctx.gazetteer.has(m[0]) || isJapaneseCommonKanjiWord(head) || NOT_A_PLACE_HEAD.test(head)) continue;
      const place =
        ctx.gazetteer.get(head)?.startsWith('place:') ||
        isJapaneseBarePlace(head) ||
        isJapanesePlaceStem(head);
      if (place) push(m.index, m[0], 'PLACE', 'names:cjk-place', 56);
    }
  if (has(text, p.needs.orgAfter))
    for (const m of text.matchAll(p.orgAfter)) {
      const name = m[1] as string;
      if (TERM_ACRONYMS.has(name)) continue;
      // An organisation IPAdic has (ロイター), or a katakana word it lacks (フーシ): not a common word.
      const latin = /^[A-Z]/u.test(name);
      if (japaneseProperNoun(name) !== 'ORG' && !latin && (name.length < 3 || knownKatakana(ctx, name)))
        continue;
      push(m.index, m[0], 'ORG', 'names:cjk-org', 57);
    }
  if (has(text, p.needs.afterPlace))
    for (const m of text.matchAll(p.afterPlace)) {
      const head = m[1] as string;
      // 大賞 is a "grand prize" of whatever stands before it.
      if (head.endsWith('大') || ctx.gazetteer.has(m[0]) || isJapaneseCommonKanjiWord(head)) continue;
      const named =
        ctx.gazetteer.get(head)?.startsWith('place:') ||
        isJapanesePlaceStem(head) ||
        isJapaneseBarePlace(head) ||
        (isJapaneseFamilyName(head) && !isJapaneseNameCommonWord(head));
      if (named) push(m.index, m[0], 'ORG', 'names:cjk-org', 57);
    }
  if (has(text, p.needs.body))
    for (const m of text.matchAll(p.body)) push(m.index, m[0], 'ORG', 'names:kanji-body', 57);
  japaneseClubs(ctx, text, p.typeOf, push);
  japaneseShortOrganisations(ctx, text, push);
  if (text.includes('第'))
    for (const m of text.matchAll(p.unit)) push(m.index, m[0], 'ORG', 'names:numbered-unit', 56);
}

// Kanji (the CJK blocks and 々) and katakana letters (with ー), by code unit.
const KANJI_OR_KATAKANA = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xf900, 0xfaff],
  [0x3005, 0x3005],
  [0x30a1, 0x30fa],
  [0x30fc, 0x30fc],
] as const)
  KANJI_OR_KATAKANA.fill(1, from, to + 1);
let shortOrgFirst: Uint8Array | undefined;

/**
 * An organisation of IPAdic's (花王, 京セラ, 大阪ガス) where a run of kanji and katakana is it whole, with
 * Latin capitals written before it (JA全農).
 */
function japaneseShortOrganisations(
  ctx: NameContext,
  text: string,
  push: (at: number, name: string, type: Candidate['type'], recognizer: string, priority: number) => void,
): void {
  if (!shortOrgFirst) {
    shortOrgFirst = new Uint8Array(0x10000);
    for (const w of japaneseShortOrganisationList()) if (w) shortOrgFirst[w.charCodeAt(0)] = 1;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (KANJI_OR_KATAKANA[text.charCodeAt(i)] === 0) continue;
    const at = i;
    while (i < n && KANJI_OR_KATAKANA[text.charCodeAt(i)] === 1) i++;
    if (i - at < 2 || i - at > 4 || shortOrgFirst[text.charCodeAt(at)] === 0) continue;
    const word = text.slice(at, i);
    if (ctx.gazetteer.has(word) || !isJapaneseShortOrganisation(word)) continue;
    const latin = LATIN_BEFORE.exec(text.slice(Math.max(0, at - 7), at))?.[0] ?? '';
    push(at - latin.length, `${latin}${word}`, 'ORG', 'names:lexicon', 56);
  }
}
const LATIN_BEFORE = /(?<![A-Za-z])[A-Z]{2,6}$/u;

// A club or a firm named by its town and a katakana word (鹿島アントラーズ, ヴィッセル神戸), before a
// particle or a mark.
const TOWN_FIRST =
  /(?<![\p{Script=Han}々])([\p{Script=Han}々]{2,3})([\p{Script=Katakana}ー]{3,})(?=[はがのをにでともや、。」])/gu;
const TOWN_LAST =
  /(?<![\p{Script=Katakana}ー・])([\p{Script=Katakana}ー]{3,})([\p{Script=Han}々]{2,3})(?=[はがのをにでともや、。」])/gu;

/**
 * A town (a place the gazetteer or IPAdic has, no common word) written against a katakana word that
 * IPAdic lacks or has as an organisation: a club's or a firm's name (鹿島アントラーズ, ヴィッセル神戸,
 * ガンバ大阪; not 大阪メトロ, a common word, nor 東京ディズニーランド, a place of IPAdic's).
 */
function japaneseClubs(
  ctx: NameContext,
  text: string,
  kinds: Map<string, unknown>,
  push: (at: number, name: string, type: Candidate['type'], recognizer: string, priority: number) => void,
): void {
  const town = (w: string) =>
    ctx.gazetteer.get(w)?.startsWith('place:') ||
    ((isJapaneseBarePlace(w) || isJapanesePlaceStem(w)) && !isJapaneseCommonKanjiWord(w));
  // A kind is no town (南部ミコライウ is a place in the south).
  for (const m of text.matchAll(TOWN_FIRST))
    if (!kinds.has(m[1] as string) && town(m[1] as string) && clubWord(ctx, m[2] as string))
      push(m.index, m[0], 'ORG', 'names:cjk-org', 57);
  for (const m of text.matchAll(TOWN_LAST))
    if (ctx.gazetteer.get(m[2] as string)?.startsWith('place:') && clubWord(ctx, m[1] as string))
      push(m.index, m[0], 'ORG', 'names:cjk-org', 57);
}

/** A katakana word that IPAdic has as an organisation (ガンバ, セレッソ) or lacks: no common word, no place. */
function clubWord(ctx: NameContext, word: string): boolean {
  return japaneseProperNoun(word) === 'ORG' || !knownKatakana(ctx, word);
}
