import { TERM_ACRONYMS } from '../locales/_global/index';
import { type Candidate, matchCandidate } from './candidate';
import {
  isEnamdictGivenName,
  isJapaneseBarePlace,
  isJapaneseCommonKanjiWord,
  isJapaneseCommonKatakana,
  isJapaneseNameCommonWord,
  isJapanesePlaceNotWord,
  isJapanesePlaceStem,
  japaneseFamilyNames,
} from './name-lexicon';
import type { NameContext } from './names';
import { isJapaneseFamilyName, japaneseNameCuts } from './romanize';
import { alternation } from './text';

// Japanese names that a word after them marks: a municipality by its 市 or 区, an organisation by
// the acronym in brackets after it or by what a company does (を運営する), a railway or a police
// force by the Latin letters before a place (JR北海道).

const HAN = /[\p{Script=Han}々ヶ]/u;
const HAN_RUN = /[\p{Script=Han}々ヶ]+/gu;
const PLACE_WORD = /[市区町村郡県]/u;
// A stem ending with an administrative word (市町村), or one character that points or counts rather
// than names (当町 this town, 本市, 各県, 両区), or 港市 (a port city).
const NOT_A_STEM = /[市区町村郡県都府道]$|^[当本同各全旧新我両隣他港]$/u;

// What follows a municipality's word in a word of its own (市内, 区長, 県警, 町議, 市役所, 県連, 県産).
const AFTER_PLACE_WORD = /[内民長警場外心部議政庁営立街域役税債連産中下境東西南北]/u;

/**
 * The administrative word opens a common word with the kanji after it that is none of a
 * municipality's own (区分 of 市場区分; 区内, 市長 are the place's): no municipality there.
 */
function wordAcrossPlaceWord(text: string, word: number): boolean {
  const next = text[word + 1] ?? '';
  return (
    HAN.test(next) && !AFTER_PLACE_WORD.test(next) && isJapaneseCommonKanjiWord(text.slice(word, word + 2))
  );
}

/**
 * Municipalities and wards by their administrative word (渋谷区, 堺市, 石垣市): one to three kanji
 * that IPAdic has as a place, then 市, 区, 町, 村, 郡 or 県, where a kanji run starts or a place found
 * before ends (沖縄県石垣市). Above the gazetteer's shorter place inside (横浜 in 横浜市).
 */
export function japaneseMunicipalities(ctx: NameContext, text: string, out: Candidate[]): void {
  const placeEnds = new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.end));
  const families = japaneseFamilyNames();
  const found: Candidate[] = [];
  const tryAt = (at: number, end: number): number => {
    for (let n = Math.min(3, end - at - 1); n >= 1; n--) {
      if (!PLACE_WORD.test(text[at + n] as string)) continue;
      const stem = text.slice(at, at + n);
      const name = text.slice(at, at + n + 1);
      if (families.has(name) || ctx.gazetteer.has(name) || isJapanesePlaceNotWord(name)) continue;
      if (NOT_A_STEM.test(stem) || !isJapanesePlaceStem(stem)) continue;
      if (wordAcrossPlaceWord(text, at + n)) continue;
      const key = ctx.gazetteer.get(stem);
      const place = key?.startsWith('place:') ? key : `place:${name}`;
      found.push(matchCandidate({ index: at, 0: name }, 'PLACE', place, 0.6, 'names:cjk-place', 57));
      return at + n + 1;
    }
    return -1;
  };
  for (const m of text.matchAll(HAN_RUN)) {
    const end = m.index + m[0].length;
    for (let at = m.index; at < end - 1; at++) {
      if (at !== m.index && !placeEnds.has(at)) continue;
      const next = tryAt(at, end);
      // A municipality after another (石垣市 after 沖縄県) is tried where the first ends.
      if (next > 0) placeEnds.add(next);
    }
  }
  out.push(...found);
}

const BRACKETED_ACRONYM = /[（(]([A-Z][A-Z0-9&]{1,7})[）)]/gu;
// What a name before its acronym is made of: kanji, katakana, ・ and Latin capitals (NTTドコモ).
const NAME_CHAR = /[\p{Script=Han}々\p{Script=Katakana}ー・A-Z]/u;

/**
 * An acronym in brackets after a name (世界保健機関（WHO）, 国際原子力機関（IAEA）) is the
 * organisation's, and so is the name: from where the kanji and katakana before the bracket start,
 * when nothing found ends there already.
 */
export function japaneseBracketedAcronyms(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1] as string;
    if (!HAN.test(text[m.index - 1] ?? '') || TERM_ACRONYMS.has(acronym)) continue;
    const named = out.find((c) => c.end === m.index && c.type !== 'NAME');
    let start = m.index;
    while (start > 0 && m.index - start < 16 && NAME_CHAR.test(text[start - 1] as string)) start--;
    const type = named?.type ?? 'ORG';
    if (!named && m.index - start >= 3 && !NAME_CHAR.test(text[start - 1] ?? '')) {
      const name = text.slice(start, m.index);
      out.push(matchCandidate({ index: start, 0: name }, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 57));
    }
    const at = { index: m.index + 1, 0: acronym };
    out.push(
      matchCandidate(at, type, `${type.toLowerCase()}:${acronym.toLowerCase()}`, 0.6, 'names:acronym', 44),
    );
  }
}

/**
 * Latin capitals written against a place name a company or a body (JR北海道, JR東日本, NTT西日本):
 * the place is the region it serves, not a place of the sentence.
 */
export function japaneseAcronymPlaces(text: string, out: Candidate[]): void {
  const found: Candidate[] = [];
  for (const c of out) {
    if (c.type !== 'PLACE') continue;
    const before = /(?<![A-Za-z])[A-Z]{2,4}$/u.exec(text.slice(Math.max(0, c.start - 5), c.start));
    // A kanji after the place goes on to another name (JBS日本福祉放送).
    if (!before || HAN.test(text[c.end] ?? '')) continue;
    const name = `${before[0]}${text.slice(c.start, c.end)}`;
    const at = { index: c.start - before[0].length, 0: name };
    found.push(matchCandidate(at, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 58));
  }
  out.push(...found);
}

// What a company does or has, after its name: ユニクロを運営する, ニトリ傘下の, メルカリの株価.
const COMPANY_AFTER =
  /^(?:を(?:運営|展開|傘下|買収|子会社化)|傘下|の(?:\p{Script=Han}{2,5})?(?:子会社|親会社|株価|株主|決算|創業者|傘下|社長|会長|CEO|最高経営責任者))/u;

/**
 * A katakana word before what only a company does or has (ユニクロを運営する): an organisation when
 * IPAdic has it as no common word (not ホテルの社長); one of two letters only before its chief's name.
 */
export function isCompanyBefore(text: string, end: number, word: string): boolean {
  if (word.length === 2) return CHIEF_AFTER.test(text.slice(end, end + 30));
  const after = text.slice(end, end + 30);
  return (
    word.length >= 3 &&
    (COMPANY_AFTER.test(after) || CHIEF_AFTER.test(after)) &&
    !isJapaneseCommonKatakana(word)
  );
}

// A company's chief by name after it (メタのマーク・ザッカーバーグ最高経営責任者): a short katakana word
// that is also a common word (メタ "meta") is the company there.
const CHIEF_AFTER =
  /^の(?:\p{Script=Han}{2,5}|[\p{Script=Katakana}ー]{2,}・[\p{Script=Katakana}ー・]{2,})(?:社長|会長|CEO|最高経営責任者|創業者)/u;

// Between a name and its title: "former", "next" or "current" (菅義偉前首相, トランプ次期大統領), and
// before a head of state's or a minister's title, the country as the press shortens it (トランプ米大統領,
// 習近平中国国家主席, ヘグセス米国防長官).
const FORMER = '(?:前|元|次期|現)?';
const COUNTRY = '(?:[米英仏独中露韓伊加豪印朝台]|\\p{Script=Han}国|北朝鮮)';
const LEADER_TITLE =
  '(?:国防|財務|国務|外務|商務|経済)?(?:大統領|副大統領|首相|外相|国家主席|総書記|大臣|長官|議長|大使)';
// A secretary of a department, with no country before it too (ベッセント財務長官, ルビオ国務長官).
const SECRETARY = '(?:国防|財務|国務|商務|司法|内務|農務|労働|運輸|国土安全保障|エネルギー)長官';
// A shogi or go player's rank or count of major titles held, by its numeral (七段, 初段, 七冠, 二冠):
// no list holds them all, and nothing but a player stands before them.
const PLAYER_RANK = '(?:[初二三四五六七八九]段|[二三四五六七八]冠)(?![\\p{Script=Han}々])';

// A minister by the field of the office and 相 (経済再生相, 農林水産相, 沖縄北方担当相): no list holds them all.
const MINISTER = /^(?:前|元|次期|現)?([\p{Script=Han}々]{2,6})相(?![\p{Script=Han}々])/u;
/** A minister's title written as a field and 相 (the run of kanji before a name's end must be such). */
export const JAPANESE_MINISTER_LOOKAHEAD = '(?=[\\p{Script=Han}々]{2,6}相(?![\\p{Script=Han}々]))';

/**
 * Whether a minister's title starts at `at`: a field that opens with a common word (経済, 農林), so
 * that the given name before it (亮正 of 赤沢亮正経済再生相) is no part of it, and 相.
 */
export function isJapaneseMinisterAt(text: string, at: number): boolean {
  const m = MINISTER.exec(text.slice(at, at + 12));
  const head = (m?.[1] as string | undefined)?.slice(0, 2) ?? '';
  return head !== '' && (isJapaneseCommonKanjiWord(head) || isJapaneseNameCommonWord(head));
}

/** The titles (and what may stand before them) that end a Japanese name: a `RegExp` anchored at its start. */
export function japaneseTitleAfter(cues: string[]): RegExp {
  return new RegExp(
    `^(?:${FORMER}(?:${alternation(cues)})|${FORMER}${COUNTRY}${LEADER_TITLE}|${FORMER}${SECRETARY}|${PLAYER_RANK})`,
    'u',
  );
}

/** The same, as a lookahead after a name. */
export function japaneseTitleLookahead(cues: string[]): string {
  return `(?=${japaneseTitleAfter(cues).source.slice(1)})`;
}

// Whom a leader meets or calls: a person (首相はゼレンスキーと会談した).
const MET = /^と(?:の)?(?:電話)?(?:会談|会見|面会|握手|首脳会談)/u;

/** A katakana word before "met" or "talked with" (ゼレンスキーと会談): a person, whatever else it is. */
export function isPersonMetBefore(text: string, end: number): boolean {
  return MET.test(text.slice(end, end + 8));
}

// A bare name's run of kanji: nothing kanji on either side, a particle or a mark after it.
const BARE_KANJI_NAME =
  /(?<![\p{Script=Han}々])[\p{Script=Han}々]{3,4}(?![\p{Script=Han}々])(?=[はがのをにともや、。」ら])/gu;

// Suffixes that make a word of the kanji before them (根本的 "fundamental", 可能性, 日本人, 担当者).
const WORD_SUFFIX = /[的性化者家員人派系型式用製産等率界側内外中後前上下間長達]$/u;

/**
 * A Japanese name without a title (藤井聡太は, 大谷翔平が): a run of four kanji that the reading
 * tables cut two and two into a family and a given name, or of three after a family name of the
 * generated list (佐藤健). Common words so cut are few and rare (四方八方, 大和撫子).
 */
export function japaneseBareNames(ctx: NameContext, text: string, out: Candidate[]): void {
  const families = japaneseFamilyNames();
  for (const m of text.matchAll(BARE_KANJI_NAME)) {
    const name = m[0];
    if (ctx.gazetteer.has(name) || WORD_SUFFIX.test(name) || isJapaneseCommonKanjiWord(name)) continue;
    // Three kanji: a family name of faker's list or of IPAdic's table, then one (錦織圭, 阿久悠).
    if (name.length === 3 && !families.has(name.slice(0, 2)) && !isJapaneseFamilyName(name.slice(0, 2)))
      continue;
    // Cut two and two by IPAdic's name tables, or by its family names and ENAMDICT's given names of
    // two kanji (大谷 + 翔平), which IPAdic's lack.
    const cut =
      japaneseNameCuts(name).includes(2) ||
      (name.length === 4 && isJapaneseFamilyName(name.slice(0, 2)) && isEnamdictGivenName(name.slice(2)));
    if (!cut) continue;
    // 行方 + 不明 ("missing"): a given name that is only ever a common word makes no name.
    if (name.length === 4 && isJapaneseCommonKanjiWord(name.slice(2))) continue;
    out.push(matchCandidate(m, 'PERSON', `person:${name}`, 0.5, 'names:kanji', 42));
  }
}

// A place's run of kanji: nothing kanji on either side, a particle of place or a mark after it.
const BARE_KANJI_PLACE =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{2,3}(?![\p{Script=Han}々ヶ])(?=で|に|へ|から|の|を|と|や|、)/gu;
// Era names and dates, which IPAdic also has as places (昭和, 十六日).
const ERA_OR_DATE = /^(?:明治|大正|昭和|平成|令和)$|[日月年]$/u;

/**
 * A Japanese place that no administrative word marks (新宿で, 府中の, 真珠湾を): a run of two or three
 * kanji that IPAdic has as a place and no common word or person.
 */
export function japaneseBarePlaces(ctx: NameContext, text: string, out: Candidate[]): void {
  for (const m of text.matchAll(BARE_KANJI_PLACE)) {
    if (ctx.gazetteer.has(m[0]) || ERA_OR_DATE.test(m[0]) || !isJapaneseBarePlace(m[0])) continue;
    out.push(matchCandidate(m, 'PLACE', `place:${m[0]}`, 0.5, 'names:cjk-place', 42));
  }
}

// Kanji opening a clause before what only a company does or has (無印良品を展開する, 日本郵政の…社長):
// three to six kanji, not after a kanji. Ending with a generic word, they name a kind, not a firm
// (日本法人の社長, 新規事業を展開).
const KANJI_AT_CLAUSE_OPEN = /(?<=^|[\s。！？!?、，,「『（(])[\p{Script=Han}々]{3,6}(?=を|の|傘下)/gu;
const KANJI_AFTER_PARTICLE = /(?<=[はがもをに])[\p{Script=Han}々]{3,6}(?=との)/gu;
// What firms do with one another: a tie-up, a merger (との業務提携, との経営統合, との協業).
const PARTNER_AFTER = /^との(?:業務|資本)?(?:提携|協業|経営統合|合併)/u;
const GENERIC_FIRM_END =
  /(?:法人|会社|企業|事業|部門|政府|当局|工場|店舗|本社|支社|団体|組合|業界|業者|店|陣|側|者|社|省|庁|局|部)$/u;

/**
 * A firm written in kanji no list holds, by what follows it, when IPAdic has the whole as no common
 * word: an organisation.
 */
export function japaneseKanjiCompanies(ctx: NameContext, text: string, out: Candidate[]): void {
  for (const m of text.matchAll(KANJI_AT_CLAUSE_OPEN)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 14);
    if (!COMPANY_AFTER.test(after) && !PARTNER_AFTER.test(after)) continue;
    if (GENERIC_FIRM_END.test(m[0]) || ctx.gazetteer.has(m[0]) || isJapaneseCommonKanjiWord(m[0])) continue;
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.5, 'names:kanji-company', 56));
  }
  // A firm's partner in a tie-up, after a particle too (ヤマト運輸は日本郵便との協業を).
  for (const m of text.matchAll(KANJI_AFTER_PARTICLE)) {
    const end = m.index + m[0].length;
    if (!PARTNER_AFTER.test(text.slice(end, end + 14))) continue;
    if (GENERIC_FIRM_END.test(m[0]) || ctx.gazetteer.has(m[0]) || isJapaneseCommonKanjiWord(m[0])) continue;
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.5, 'names:kanji-company', 56));
  }
}

// A long run of kanji ending with a body's word (連合, 協会, 機構, 連盟, 財団, 学会, 協議会), between a
// particle or a clause's opening and a particle: six kanji or more say which body (世界平和統一家庭連合,
// 日本放送協会), where a shorter one, or one pointing back, names a kind (同協会).
const LONG_BODY =
  /(?<=^|[\s。！？!?、，,「『（(はがもをにでと])(?![各同本当両他][\p{Script=Han}々])[\p{Script=Han}々]{4,12}(?:連合会?|協会|機構|連盟|財団|学会|協議会)(?=[はがもをにでとの、。])/gu;

/** A body named by a long run of kanji and its word, no list holding it: an organisation. */
export function japaneseLongBodies(ctx: NameContext, text: string, out: Candidate[]): void {
  for (const m of text.matchAll(LONG_BODY)) {
    // A union of a kind of bodies (経済団体連合, 労働組合連合) is no body's name.
    const head = m[0].replace(/(?:連合会?|協会|機構|連盟|財団|学会|協議会)$/u, '');
    if (ctx.gazetteer.has(m[0]) || GENERIC_FIRM_END.test(head)) continue;
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.5, 'names:kanji-body', 57));
  }
}

const HAN_ONLY = /^[\p{Script=Han}々]+$/u;
const KATAKANA_LETTER = /[\p{Script=Katakana}ー・]/u;

/**
 * A family name alone after the full name in the same text (渡辺優樹容疑者 … 渡辺容疑者は, 赤沢亮正氏 …
 * 赤沢氏), and the last name of a foreign person after the full one (ジョー・バイデン … バイデンは): the
 * person, keyed as the full name. Where no kanji runs on (or a title follows) and nothing was
 * found.
 */
export function japaneseFamilyShortForms(
  ctx: NameContext,
  text: string,
  suffixes: string[],
  out: Candidate[],
): void {
  const short = new Map<string, Candidate>();
  for (const c of out) {
    if (c.type !== 'PERSON') continue;
    const name = text.slice(c.start, c.end);
    const dot = name.lastIndexOf('・');
    if (dot > 0) {
      // A last name of three or more that is no common word (ファイル of ポッドキャスト・ファイル).
      const last = name.slice(dot + 1);
      if (last.length >= 3 && !isJapaneseCommonKatakana(last) && !short.has(last)) short.set(last, c);
      continue;
    }
    if (name.length < 3 || name.length > 5 || !HAN_ONLY.test(name)) continue;
    // A family name of one kanji (菅) is too short to find alone.
    const cut =
      japaneseNameCuts(name).find((n) => n >= 2) ?? (isJapaneseFamilyName(name.slice(0, 2)) ? 2 : 0);
    if (cut >= 2 && !short.has(name.slice(0, cut))) short.set(name.slice(0, cut), c);
  }
  if (!short.size) return;
  // What was found, by offset: 1 under a person, a place or anything typed, 2 under a name of no type.
  const cover = new Uint8Array(text.length);
  const untyped = new Set<string>();
  for (const c of out) {
    const mark = c.type === 'NAME' ? 2 : 1;
    if (mark === 2) untyped.add(`${c.start},${c.end}`);
    for (let k = c.start; k < c.end; k++) if (cover[k] !== 1) cover[k] = mark;
  }
  // The words by their first code unit, longest first: one pass over the text finds them all.
  const byFirst = new Map<number, string[]>();
  const first = new Uint8Array(0x10000);
  for (const word of short.keys()) {
    const list = byFirst.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    byFirst.set(word.charCodeAt(0), list);
    first[word.charCodeAt(0)] = 1;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (first[text.charCodeAt(i)] === 0) continue;
    const word = byFirst.get(text.charCodeAt(i))?.find((w) => text.startsWith(w, i));
    if (!word) continue;
    const full = short.get(word) as Candidate;
    const at = i;
    const end = at + word.length;
    i = end - 1;
    if (ctx.gazetteer.has(word)) continue;
    // Only where nothing was found but a name of no type there: a person or a place found there keeps
    // its own reading and key.
    let taken = false;
    for (let k = at; k < end && !taken; k++)
      taken = cover[k] === 1 || (cover[k] === 2 && !untyped.has(`${at},${end}`));
    if (taken) continue;
    const before = text[at - 1] ?? '';
    const after = text[end] ?? '';
    if (HAN_ONLY.test(word)) {
      if (HAN.test(before)) continue;
      if (HAN.test(after) && !suffixes.some((s) => text.startsWith(s, end))) continue;
    } else if (KATAKANA_LETTER.test(before) || KATAKANA_LETTER.test(after)) continue;
    found.push(matchCandidate({ index: at, 0: word }, 'PERSON', full.key, 0.6, 'names:short-form', 44));
  }
  out.push(...found);
}

// A short name in brackets after an organisation's name (自由民主党（自民党）); a seat or a place there
// is no short name (トヨタ自動車（愛知県）, 同社（東京）).
const BRACKETED_SHORT = /[（(]([\p{Script=Han}々\p{Script=Katakana}ー]{2,6})[）)]/gu;
const ADMINISTRATIVE_END = /[都道府県市区町村郡州]$/u;

/** The short name in brackets after an organisation's: the organisation, keyed as the full name. */
export function japaneseBracketedShortNames(text: string, out: Candidate[]): void {
  if (!text.includes('（') && !text.includes('(')) return;
  const found: Candidate[] = [];
  let orgsByEnd: Map<number, Candidate> | undefined;
  for (const m of text.matchAll(BRACKETED_SHORT)) {
    if (!orgsByEnd) {
      orgsByEnd = new Map();
      for (const c of out) if (c.type === 'ORG' && !orgsByEnd.has(c.end)) orgsByEnd.set(c.end, c);
    }
    const named = orgsByEnd.get(m.index);
    const short = m[1] as string;
    if (!named || ADMINISTRATIVE_END.test(short) || isJapaneseCommonKanjiWord(short)) continue;
    const start = m.index + 1;
    if (out.some((c) => c.type === 'PLACE' && c.start < start + short.length && c.end > start)) continue;
    found.push(matchCandidate({ index: start, 0: short }, 'ORG', named.key, 0.6, 'names:cjk-org', 56));
  }
  out.push(...found);
}

// A person's age in brackets after the name, as the press writes it (佐藤健太（32）, マリア・ロペス（45）).
const NAME_BEFORE_AGE =
  /(?<![\p{Script=Han}々\p{Script=Katakana}ー・])(?:[\p{Script=Han}々]{3,5}|[\p{Script=Katakana}ー][\p{Script=Katakana}ー・]{2,})(?=[（(][0-9０-９]{1,3}[）)])/gu;

/**
 * A name before an age in brackets: kanji that the name tables cut into a family and a given name
 * (IPAdic's, or IPAdic's family and ENAMDICT's given name of two kanji), or katakana that is no common
 * word: a person.
 */
export function japaneseNamesBeforeAge(ctx: NameContext, text: string, out: Candidate[]): void {
  if (!/[（(][0-9０-９]/u.test(text)) return;
  for (const m of text.matchAll(NAME_BEFORE_AGE)) {
    const name = m[0];
    if (ctx.gazetteer.has(name)) continue;
    const kanji = HAN.test(name[0] as string);
    const person = kanji
      ? japaneseNameCuts(name).length > 0 ||
        (name.length === 4 && isJapaneseFamilyName(name.slice(0, 2)) && isEnamdictGivenName(name.slice(2)))
      : !name.split('・').some((part) => isJapaneseCommonKatakana(part));
    const recognizer = kanji ? 'names:kanji' : 'names:katakana';
    if (person) out.push(matchCandidate(m, 'PERSON', `person:${name}`, 0.6, recognizer, 45));
  }
}
