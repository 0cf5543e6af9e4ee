import { calendarWords } from '@corpus/core';
import { TERM_ACRONYMS } from '../locales/_global/index';
import { type Candidate, matchCandidate } from './candidate';
import {
  type ChineseName,
  chineseNamesByFirstCharacters,
  chinesePlacesByFirstCharacter,
  foldTraditional,
  isChineseFamilyName,
  isChineseWordLikeName,
  isFrequentChineseWord,
  wordAcrossName,
} from './chinese-lexicon';
import { japaneseKindNames } from './japanese-kinds';
import {
  isCompanyBefore,
  isJapaneseMinisterAt,
  isPersonMetBefore,
  JAPANESE_MINISTER_LOOKAHEAD,
  japaneseAcronymPlaces,
  japaneseBareNames,
  japaneseBarePlaces,
  japaneseBracketedAcronyms,
  japaneseBracketedShortNames,
  japaneseFamilyShortForms,
  japaneseKanjiCompanies,
  japaneseLongBodies,
  japaneseMunicipalities,
  japaneseNamesBeforeAge,
  japaneseTitleAfter,
  japaneseTitleLookahead,
} from './japanese-names';
import {
  isKoreanWordEdge,
  KOREAN_NOUN_END,
  KOREAN_PARTICLE_SOURCE,
  koreanPersonShape,
  koreanUnmarkedNames,
} from './korean-names';
import {
  chineseOrganisationLengths,
  hasNonSinoSyllable,
  isChineseOrganisation,
  isEnamdictGivenName,
  isJapaneseBarePlace,
  isJapaneseCommonKanjiWord,
  isJapaneseCommonKatakana,
  isJapaneseNameCommonWord,
  isJapaneseOrgOrName,
  isJapanesePlaceStem,
  isJapaneseProperGeneral,
  isKoreanCommonWord,
  japaneseFamilyNames,
  japaneseOrganisationLengths,
  japaneseProperNoun,
  koreanFamilyNames,
} from './name-lexicon';
import { type NameContext, typeOfKey } from './names';
import { chineseName, isJapaneseFamilyName, japaneseNameReadings } from './romanize';
import { alternation } from './text';
import { longestMatches, startsWithOneOf, type WordsByFirst, wordsByFirst } from './word-index';

const cjkNamesCache = new WeakMap<Map<string, string>, WordsByFirst>();

/**
 * The gazetteer's CJK names filed by their first UTF-16 code unit, longest first; cached per
 * (shared) gazetteer. Read at each place of the text, they find what one alternation of them all
 * found (the longest name starting there), without V8 trying the alternation at every place.
 */
function cjkGazetteerNames(gazetteer: Map<string, string>): WordsByFirst {
  let filed = cjkNamesCache.get(gazetteer);
  if (filed === undefined) {
    const names = [...gazetteer.keys()].filter((k) =>
      /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(k),
    );
    filed = wordsByFirst(names, true);
    cjkNamesCache.set(gazetteer, filed);
  }
  return filed;
}

// An ampersand joins the parts of a company's name (セブン＆アイ・ホールディングス).
const KATAKANA_NAME = /[\p{Script=Katakana}ー・]{2,}(?:[＆&][\p{Script=Katakana}ー・]+)*/gu;
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;
const HAN_DOTTED_NAME = /[\p{Script=Han}]{1,5}[·•][\p{Script=Han}]{1,8}/gu;

/** One text being read for CJK names, and what is found so far. */
interface CjkScan {
  ctx: NameContext;
  text: string;
  suffixes: string[];
  out: Candidate[];
}

/**
 * The organisation a place opens (中国篮球协会, 日本経済新聞社): up to four characters, then an
 * organisation word of the locale written in Han, as patterns anchored at the place's end (or
 * undefined). Japanese marks where a name ends: the longest that no kanji goes on from is read
 * first (日本経済新聞社, not 日本経済新聞), then the shortest.
 */
const hanOrgWordCache = new WeakMap<object, RegExp[] | undefined>();

function hanOrgWords(ctx: NameContext): RegExp[] | undefined {
  const locale = ctx.locale;
  if (!locale) return undefined;
  // Built once per locale: the patterns hold no state (no g or y flag).
  if (!hanOrgWordCache.has(locale)) hanOrgWordCache.set(locale, buildHanOrgWords(ctx));
  return hanOrgWordCache.get(locale);
}

function buildHanOrgWords(ctx: NameContext): RegExp[] | undefined {
  const words = (ctx.locale?.orgSuffixes ?? []).filter(
    (w) => (/^\p{Script=Han}{2,}$/u.test(w) || ONE_CHARACTER_ORG_WORDS.has(w)) && !GENERIC_ORG_WORDS.has(w),
  );
  if (!words.length) return undefined;
  // In Chinese the administrative word after the place is no part of the four (四川省 +
  // 文物考古 + 研究院).
  const admin = ctx.locale?.lang === 'zh' ? '(?:[省市县州区](?=\\p{Script=Han}{2}))?' : '';
  const shortest = new RegExp(`^(${admin}\\p{Script=Han}{0,4}?)(?:${alternation(words)})`, 'u');
  if (ctx.locale?.lang !== 'ja') return [shortest];
  return [
    new RegExp(`^(\\p{Script=Han}{0,4})(?:${alternation(words)})(?![\\p{Script=Han}々])`, 'u'),
    shortest,
  ];
}

function orgAfterPlace(patterns: RegExp[] | undefined, text: string, end: number): RegExpExecArray | null {
  const after = text.slice(end, end + 12);
  for (const re of patterns ?? []) {
    const m = re.exec(after);
    if (m) return m;
  }
  return null;
}

// What follows a trade that names an industry or a market, not a body (汽车业, 航空界, 汽车行业, 汽车市场).
const ZH_INDUSTRY_AFTER = /^(?:[业界]|行业|产业|领域|市场|板块|企业)/u;

/** Whether a place of the gazetteer or of CC-CEDICT, two characters or more, opens `head` (济州 of 济州). */
function placeOpening(ctx: NameContext, head: string): boolean {
  if (head.length < 2) return false;
  for (let n = head.length; n >= 2; n--)
    if (ctx.gazetteer.get(head.slice(0, n))?.startsWith('place:')) return true;
  const names = chineseNamesByFirstCharacters(ctx.gazetteer).index.get(
    head.charCodeAt(0) * 0x10000 + head.charCodeAt(1),
  );
  return names?.some((p) => p.type === 'PLACE' && head.startsWith(p.name)) === true;
}

/** An organisation word right at `at`, with nothing before it (管理局 of 航空管理局), or null. */
function secondOrgWord(patterns: RegExp[] | undefined, text: string, at: number): RegExpExecArray | null {
  const m = orgAfterPlace(patterns, text, at);
  return m && m[1] === '' ? m : null;
}

function gazetteerNames({ ctx, text, out }: CjkScan): void {
  const filed = cjkGazetteerNames(ctx.gazetteer);
  if (filed.byFirst.size === 0) return;
  const orgWords = hanOrgWords(ctx);
  for (const m of longestMatches(text, filed)) {
    const key = ctx.gazetteer.get(m[0]) ?? '';
    const end = m.index + m[0].length;
    // A katakana name inside a longer katakana word is part of that word (クチン in ワクチン).
    if (
      KATAKANA_EDGE.test(m[0]) &&
      (KATAKANA_CHAR.test(text[m.index - 1] ?? '') || KATAKANA_CHAR.test(text[end] ?? ''))
    )
      continue;
    // …and so is one that a dot joins to katakana words, when they open with no place (スタンレー in
    // モルガン・スタンレー; not コモロ in マダガスカル・コモロ).
    if (ctx.locale?.lang === 'ja' && KATAKANA_EDGE.test(m[0]) && dottedWithNonPlace(ctx, text, m.index, end))
      continue;
    if (HANGUL_START.test(m[0]) && !isKoreanWordEdge(text, m.index, end)) continue;
    // A place that opens an organisation's name is part of it (中国篮球协会, 中国国际航空): up to
    // four characters, then an organisation word of the locale.
    let org = key.startsWith('place:') ? orgAfterPlace(orgWords, text, end) : null;
    // After 在 ("at") with words between it and the organisation word, the place is where something
    // happens (小米在北京建设汽车工厂), not the opening of a name (在北京大学).
    if (org && text[m.index - 1] === '在' && (org[1] as string).length >= 2) org = null;
    // A longer organisation the dictionaries know starts there (美国国家航空航天局, not 美国 + 国家航空).
    if (org && knownOrganisationAt(ctx, text, m.index) > m[0].length + org[0].length) org = null;
    // Words joined by a function character are no name (中国的汽车, 日本与航空).
    if (org && ZH_JOINED.test(org[1] as string) && ctx.locale?.lang === 'zh') org = null;
    // A place that opens the organisation's own name names it; the country before it says where it
    // is (韩国 + 济州航空, 美国 + 纽约大学).
    if (org && ctx.locale?.lang === 'zh' && placeOpening(ctx, org[1] as string)) org = null;
    // A trade before 业 or 界 is the place's industry (美国汽车业, 日本航空界).
    if (
      org &&
      ctx.locale?.lang === 'zh' &&
      ZH_INDUSTRY_AFTER.test(text.slice(end + org[0].length, end + org[0].length + 2))
    )
      org = null;
    if (org && /\p{Script=Han}/u.test(m[0])) {
      // A group or company word after the organisation word is the rest of its name (上海汽车集团),
      // and so is a second organisation word right after the first (美国联邦航空 + 管理局).
      const tail =
        ctx.locale?.lang === 'zh'
          ? (ZH_GROUP_TAIL.exec(text.slice(end + org[0].length)) ??
              secondOrgWord(orgWords, text, end + org[0].length) ?? [''])[0]
          : '';
      const name = `${m[0]}${org[0]}${tail}`;
      out.push(matchCandidate({ index: m.index, 0: name }, 'ORG', `org:${name}`, 0.7, 'names:cjk-org', 57));
      continue;
    }
    const company = key.startsWith('place:')
      ? companyOfPlace(ctx, text, m.index, end)
      : key.startsWith('org:')
        ? tradeOfCompany(ctx, text, end)
        : 0;
    if (company > 0) {
      const name = text.slice(m.index, end + company);
      out.push(matchCandidate({ index: m.index, 0: name }, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 57));
      continue;
    }
    const feature = key.startsWith('place:') ? featureOfPlace(ctx, text, end) : 0;
    if (feature > 0) {
      const name = text.slice(m.index, end + feature);
      out.push(
        matchCandidate({ index: m.index, 0: name }, 'PLACE', `place:${name}`, 0.6, 'names:cjk-place', 57),
      );
      continue;
    }
    // A city's or a province's government names the place (北京市政府: 北京), above a body of the
    // dictionaries that holds it, as for the places of China's divisions (唐山市政府).
    if (
      ctx.locale?.lang === 'zh' &&
      key.startsWith('place:') &&
      /^[市县区省]$/u.test(text[end] ?? '') &&
      ZH_LOCAL_BODY.test(text.slice(end + 1, end + 3))
    ) {
      out.push(matchCandidate(m, 'PLACE', key, 0.85, 'gazetteer', 57));
      continue;
    }
    // A place before an administrative word is the prefecture, province or city as a body
    // (東京都, 大阪府, 广东省), unless a compound goes on (東京都内, 神奈川県警); in Japanese, a
    // word after it is no compound (横浜市在住, 沖縄県石垣市).
    const ja = ctx.locale?.lang === 'ja';
    const compound = ja ? JA_AFTER_ADMINISTRATIVE : /[\p{Script=Han}]/u;
    // A place in katakana takes only 州 (カリフォルニア州; モスクワ府主教 is a title).
    const administrative = ja && KATAKANA_EDGE.test(m[0]) ? /^州$/u : ADMINISTRATIVE;
    if (
      key.startsWith('place:') &&
      administrative.test(text[end] ?? '') &&
      !compound.test(text[end + 1] ?? '')
    ) {
      const body = `${m[0]}${text[end]}`;
      out.push(matchCandidate({ index: m.index, 0: body }, 'PLACE', `${key}`, 0.85, 'names:cjk-place', 56));
      continue;
    }
    out.push(matchCandidate(m, typeOfKey(key), key, 0.9, 'gazetteer', 55));
  }
}

const DOTTED_KATAKANA = /^[\p{Script=Katakana}ー]+$/u;

/**
 * Whether the katakana word at `start`–`end` is one of a run joined by dots that is no place's: its
 * first part is none (モルガン・スタンレー; not フランス・ロマン派, マダガスカル・コモロ).
 */
function dottedWithNonPlace(ctx: NameContext, text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '・' && text[end] !== '・') return false;
  let a = start;
  let b = end;
  while (a > 0 && start - a < 40 && /[\p{Script=Katakana}ー・]/u.test(text[a - 1] as string)) a--;
  while (b < text.length && b - end < 40 && /[\p{Script=Katakana}ー・]/u.test(text[b] as string)) b++;
  const parts = text.slice(a, b).split('・').filter(Boolean);
  const place = (p: string) => ctx.gazetteer.get(p)?.startsWith('place:') === true;
  return (
    parts.length > 1 && !place(parts[0] as string) && parts.some((p) => DOTTED_KATAKANA.test(p) && !place(p))
  );
}

// What the words before an organisation word do not hold (首款电动汽车, 一所大学, 他买了汽车): a
// measure word of goods, a number or demonstrative with its measure word, a pronoun, a particle.
const ZH_NOT_IN_ORG_HEAD =
  /[款辆了是被把我你他她它们]|[一二三四五六七八九十两几每某首该这那多][台架艘所家个座间支]/u;
// A function character: words joined by one are two (中国的汽车 is no company).
const ZH_JOINED = /[的在与和及了是由向对据被将从为把]/u;
// What follows a company's trade word as part of its name (上海汽车集团, 中国石油化工股份有限公司).
const ZH_GROUP_TAIL = /^(?:集团|股份有限公司|有限公司|股份|控股|公司)/u;
// What a company does or has right after its name: a function character, a business verb, its
// shares or its officers (中国石油与…, 东京电力开始…, 山东黄金在…, 贵州茅台股价…).
const ZH_COMPANY_ACTS =
  /^(?:[与和在将已于向被从对]|开始|宣布|发布|表示|称|股价|董事长|总裁|总经理|旗下|签署|推出|计划|收购|获得|首席|CEO|运营|一架|一艘|航班)/u;

// What only a company has right after its name: its shares, its value, its officers.
const ZH_COMPANY_OWNS = /^(?:股价|股票|股份|市值|董事长|总裁|总经理|旗下|创始人|首席执行官)/u;

/**
 * A place named by a bigger one and its kind (印度洋, 巴黎圣母院, 上海博物馆): the locale's words of
 * such kinds after a place. Returns the kind's length, or 0.
 */
function featureOfPlace(ctx: NameContext, text: string, end: number): number {
  const kinds = ctx.locale?.placeFeatures;
  if (!kinds || !/\p{Script=Han}/u.test(text[end - 1] ?? '')) return 0;
  const kind = kinds.find((k) => text.startsWith(k, end));
  // An international airport named by its city and a district or a name no list has (成都天府国际机场).
  if (!kind) return (AIRPORT_IN_CITY.exec(text.slice(end, end + 8)) ?? [''])[0].length;
  // A kind of one character is no kind where it makes a word with what follows (站稳, 站在, 岛礁, 岛国).
  if (kind.length === 1 && ONE_CHARACTER_FEATURE_WORD.test(text.slice(end, end + 2))) return 0;
  return kind.length;
}
// …two to four characters of no count, pointer or function word before 国际机场.
const AIRPORT_IN_CITY =
  /^[^\P{Script=Han}的在与和及了是由向对据被将从为把到于该这那其本此各个座一两几多全每首新]{2,4}国际机场/u;
const ONE_CHARACTER_FEATURE_WORD =
  /^(?:站[稳在台长点出起立住着了上到队务位]|岛[礁屿国链民]|湾[区]|港[口股元币澳人岛区铁务湾城资企片剧台商])/u;

/**
 * A company named by a place and its trade (中国石油, 山东黄金, 东京电力, 宁德时代), where the place
 * opens a clause and the company acts right after the trade word; another trade and a group word
 * may follow (中国石油化工集团). Returns the length after the place, or 0.
 */
function companyOfPlace(ctx: NameContext, text: string, at: number, end: number, afterPlace = false): number {
  const trades = ctx.locale?.companyTrades;
  if (!trades || !/^\p{Script=Han}/u.test(text[at] ?? '')) return 0;
  // …or follows the country it is in (韩国济州航空).
  if (at > 0 && !afterPlace && !WORD_BEFORE.test(text[at - 1] as string)) return 0;
  // Two characters of a brand before its shares or its officers (贵州茅台股价, 山西汾酒董事长).
  const brand = text.slice(end, end + 2);
  if (
    /^\p{Script=Han}{2}$/u.test(brand) &&
    !ZH_JOINED.test(brand) &&
    ZH_COMPANY_OWNS.test(text.slice(end + 2, end + 7))
  )
    return 2;
  const n = afterTrades(text, end, trades);
  if (n === end) return 0;
  return ZH_COMPANY_ACTS.test(text.slice(n, n + 4)) ? n - end : 0;
}

/**
 * Where up to two trade words after `end` end, with the group word that may follow them ("电子",
 * "汽车集团"); `end` itself when no trade word follows.
 */
function afterTrades(text: string, end: number, trades: readonly string[]): number {
  let n = end;
  for (let k = 0; k < 2; k++) {
    const trade = trades.find((t) => text.startsWith(t, n));
    if (!trade) break;
    n += trade.length;
  }
  if (n === end) return end;
  return n + (ZH_GROUP_TAIL.exec(text.slice(n, n + 8)) ?? [''])[0].length;
}

/**
 * A company of the gazetteer before its trade and what a company does (三星 + 电子公布, 丰田 +
 * 汽车宣布): the trade is part of its name. Returns the trade's length (and a group word's), or 0.
 */
function tradeOfCompany(ctx: NameContext, text: string, end: number): number {
  const trades = ctx.locale?.companyTrades;
  if (!trades || ctx.locale?.lang !== 'zh') return 0;
  const n = afterTrades(text, end, trades);
  if (n === end) return 0;
  return ZH_COMPANY_ACTS.test(text.slice(n, n + 4)) || /^(?:公布|[的，。、；])/u.test(text.slice(n, n + 2))
    ? n - end
    : 0;
}

/** The length of the longest organisation of the Chinese dictionaries starting at `at`, or 0. */
function knownOrganisationAt(ctx: NameContext, text: string, at: number): number {
  if (ctx.locale?.lang !== 'zh') return 0;
  const mask = chineseOrganisationLengths().get(text.charCodeAt(at)) ?? 0;
  for (let n = Math.min(10, text.length - at); n >= 3; n--)
    if ((mask & (1 << n)) !== 0 && isChineseOrganisation(text.slice(at, at + n))) return n;
  return 0;
}

const ADMINISTRATIVE = /^[都道府県省市州]$/u;
// Kanji that make one word with 都, 県 or 市 before them (都内, 県民, 市長, 県警, 市場, 府警).
const JA_AFTER_ADMINISTRATIVE = /[内民長警場外心部議政庁営立街域]/u;
const KATAKANA_EDGE = /^[\p{Script=Katakana}ー]|[\p{Script=Katakana}ー]$/u;
const KATAKANA_CHAR = /^[\p{Script=Katakana}ー]$/u;
const HANGUL_START = /^\p{Script=Hangul}/u;

/**
 * China's prefectures and counties that the gazetteer lacks (宿迁, 泸定县, 高雄), wherever one starts
 * in a Han run: a lookup by first character, longest first. Below every other name, so that a place
 * inside an organisation's or a person's name (常州大学, 蔡崇信) stays inside it.
 */
function chinesePlaces({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  const { index, firsts, seconds } = chinesePlacesByFirstCharacter(ctx.gazetteer);
  const placeEnds = new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.end));
  // A county after a place, unless the lexicon has a place starting there (泸定县 of 四川泸定县).
  for (const end of placeEnds)
    if (
      !index
        .get(text.charCodeAt(end) * 0x10000 + text.charCodeAt(end + 1))
        ?.some((p) => text.startsWith(p.name, end))
    )
      countyAfterPlace(text, end, out, chineseNamesByFirstCharacters(ctx.gazetteer).index);
  for (let i = 0; i < text.length; i++) {
    const first = text.charCodeAt(i);
    if (firsts[first] === 0) continue;
    const second = text.charCodeAt(i + 1);
    if (seconds[second] === 0) continue;
    const places = index.get(first * 0x10000 + second);
    if (!places) continue;
    // A name without its 市 or 县 inside a word is often part of another name (台山 in 五台山): it
    // starts a clause, follows a function or motion character, or follows a place (江西赣州).
    const edge =
      i === 0 || WORD_BEFORE.test(text[i - 1] as string) || /[到往赴至自于]/u.test(text[i - 1] as string);
    const place = places.find(
      (p) =>
        text.startsWith(p.name, i) && (!p.bare || edge || placeEnds.has(i) || stretchOf(text, i, p.name)),
    );
    if (!place) continue;
    const company = companyOfPlace(ctx, text, i, i + place.name.length);
    const feature = company > 0 ? 0 : featureOfPlace(ctx, text, i + place.name.length);
    if (company + feature > 0) {
      const name = text.slice(i, i + place.name.length + company + feature);
      const type = company > 0 ? 'ORG' : 'PLACE';
      const key = `${type.toLowerCase()}:${name}`;
      out.push(
        matchCandidate(
          { index: i, 0: name },
          type,
          key,
          0.6,
          `names:cjk-${company > 0 ? 'org' : 'place'}`,
          57,
        ),
      );
    }
    // A city's or county's government or party committee (唐山市政府, 泸定县委) names the place
    // without its 市 or 县: the administrative word belongs to the body.
    const bodyAfter =
      /^[市县区]$/u.test(place.name.slice(-1)) && ZH_LOCAL_BODY.test(text.slice(i + place.name.length));
    const name = bodyAfter ? place.name.slice(0, -1) : place.name;
    out.push(matchCandidate({ index: i, 0: name }, 'PLACE', place.key, 0.75, 'names:cjk-place', 43));
    i += place.name.length - 1;
  }
}

// A river's or a road's word before a place and 段 "stretch" after it: the stretch of the river or
// road at the place (漓江桂林段, 黄河郑州段, 沪昆高速贵州段).
const ROUTE_BEFORE_STRETCH = /(?:[江河湖]|高速|高铁|铁路|公路|国道)$/u;

function stretchOf(text: string, at: number, place: string): boolean {
  return text[at + place.length] === '段' && ROUTE_BEFORE_STRETCH.test(text.slice(Math.max(0, at - 2), at));
}

// What a city's or county's government bodies are called after its 市, 县 or 区 (市政府, 县委, 区人大).
// A city's congress standing committee is a body of its own name (深圳市人大常委会).
const ZH_LOCAL_BODY = /^(?:政府|委|人大(?!常委会)|政协)/u;
// A county, district or city that no list has, after the province or city it lies in (甘肃积石山县,
// 四川泸定县): two to four characters and its administrative word, then no character that makes a
// word with it (县城 is a county's town, yet the county is named; 市场 "market" is no city).
const ZH_COUNTY_AFTER =
  /^[^\P{Script=Han}的在与和及了是由向对据被将从为把到于该这那其本此各个一两几多全每省市县区]{2,4}?(?:自治县|县)(?![份级])/u;

/**
 * Pushes a county named right after a place found (甘肃积石山县), where jieba has no word across it;
 * the short form of an autonomous county takes the key of its full name (门源县 of 门源回族自治县).
 */
function countyAfterPlace(
  text: string,
  at: number,
  out: Candidate[],
  names: Map<number, ChineseName[]>,
): void {
  const m = ZH_COUNTY_AFTER.exec(text.slice(at, at + 9));
  if (!m) return;
  const name = m[0];
  if (wordAcrossName(text, at, at + name.length)) return;
  const head = name.slice(0, -1);
  const full = names
    .get(name.charCodeAt(0) * 0x10000 + name.charCodeAt(1))
    ?.find((p) => p.type === 'PLACE' && p.name.startsWith(head) && p.name.endsWith('自治县'));
  out.push(
    matchCandidate({ index: at, 0: name }, 'PLACE', full?.key ?? `place:${name}`, 0.6, 'names:cjk-place', 45),
  );
}

/**
 * CC-CEDICT's proper names (普京, 辉瑞, 抖音, 喀山, 爱丽舍宫): the people, companies, products and
 * foreign places that no cue beside them may announce, wherever one starts, longest first. Below the
 * names that cues find, as China's places are. Han text has no spaces, so a name is not one where a
 * common word crosses its edge (许多哈 holds no 多哈), nor where a name in transliteration characters
 * has more of them beside it (多利 in 维多利亚).
 */
/**
 * A person of three characters or more that opens a clause: a word across its end is read after it
 * (袁隆平生前: 平生 "all one's life" is no reason to drop him), where nothing before it joins it.
 */
function personOpeningClause(text: string, at: number, name: ChineseName): boolean {
  return (
    name.type === 'PERSON' &&
    name.name.length >= 3 &&
    (at === 0 || CLAUSE_OPEN_ZH.test(text[at - 1] as string)) &&
    !wordAcrossName(text, at, at + 1)
  );
}

/** Whether a shorter name of the gazetteer stands inside `name` (马德里 in 皇家马德里). */
function gazetteerInside(ctx: NameContext, name: string): boolean {
  for (let a = 0; a < name.length - 1; a++)
    for (let b = a + 2; b <= name.length; b++)
      if (b - a < name.length && ctx.gazetteer.has(name.slice(a, b))) return true;
  return false;
}

function chineseDictionaryNames({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  const { index, firsts, seconds } = chineseNamesByFirstCharacters(ctx.gazetteer);
  const chars = ctx.locale.transliterationChars ?? '';
  let orgWords: RegExp[] | undefined;
  const inLongerTransliteration = (name: string, at: number) =>
    [...name].every((c) => chars.includes(c)) &&
    (chars.includes(text[at - 1] ?? '.') || chars.includes(text[at + name.length] ?? '.'));
  for (let i = 0; i < text.length; i++) {
    const first = text.charCodeAt(i);
    if (firsts[first] === 0) continue;
    const second = text.charCodeAt(i + 1);
    if (seconds[second] === 0) continue;
    const name = index
      .get(first * 0x10000 + second)
      ?.find(
        (n) =>
          text.startsWith(n.name, i) &&
          (!wordAcrossName(text, i, i + n.name.length) || personOpeningClause(text, i, n)) &&
          !inLongerTransliteration(n.name, i),
      );
    if (!name) continue;
    // A place before a company opens its name (中国恒大), as before an organisation word; the key stays
    // the company's, so 恒大 alone is the same one.
    const place = name.type === 'ORG' ? out.find((c) => c.type === 'PLACE' && c.end === i) : undefined;
    // …unless a place opens the company's own name: the country before it says where it is (南非 +
    // 非洲人国民大会), and the name stands above a body of jieba's across both.
    const placeOpens = place !== undefined && placeOpening(ctx, name.name);
    if (place && !placeOpens) {
      const whole = { index: place.start, 0: text.slice(place.start, i + name.name.length) };
      out.push(matchCandidate(whole, 'ORG', name.key, 0.6, 'names:cedict', 57));
    }
    const afterPlace = name.type === 'PLACE' && out.some((c) => c.type === 'PLACE' && c.end === i);
    let company = name.type === 'PLACE' ? companyOfPlace(ctx, text, i, i + name.name.length, afterPlace) : 0;
    // A body named by the place alone and its word, as after a place of the gazetteer (阿拉斯加航空,
    // 喀山大学); not an industry (航空业).
    if (name.type === 'PLACE' && company === 0) {
      orgWords ??= hanOrgWords(ctx) ?? [];
      const body = secondOrgWord(orgWords, text, i + name.name.length);
      if (body && !ZH_INDUSTRY_AFTER.test(text.slice(i + name.name.length + body[0].length)))
        company = body[0].length;
    }
    if (company > 0) {
      const whole = text.slice(i, i + name.name.length + company);
      out.push(matchCandidate({ index: i, 0: whole }, 'ORG', `org:${whole}`, 0.6, 'names:cjk-org', 57));
    }
    // A bare name is a place before the word of a place's kind too (圣彼得广场).
    const feature =
      (name.type === 'PLACE' || name.type === 'NAME') && company === 0
        ? featureOfPlace(ctx, text, i + name.name.length)
        : 0;
    if (feature > 0) {
      const whole = text.slice(i, i + name.name.length + feature);
      out.push(matchCandidate({ index: i, 0: whole }, 'PLACE', `place:${whole}`, 0.6, 'names:cjk-place', 57));
    }
    // Three characters or more name one thing, above a shorter name that a cue finds inside (德莱恩
    // of 冯德莱恩); two often start a longer word, below it. Four or more name one thing above a name
    // of the gazetteer inside them (马德里 of 皇家马德里, 中国 of 中国商飞), not above a longer one.
    const priority = placeOpens
      ? 57
      : name.name.length >= 4 && gazetteerInside(ctx, name.name)
        ? 56
        : name.name.length >= 3
          ? 45
          : 43;
    out.push(matchCandidate({ index: i, 0: name.name }, name.type, name.key, 0.6, 'names:cedict', priority));
    i += name.name.length - 1;
  }
}

// A site or an old town no list has after the place it lies in (广汉三星堆遗址, 丽江束河古镇): two to
// four characters and its word, no function, count or pointer character among them; a scenic area's
// name before its word (新疆喀纳斯景区: 喀纳斯).
const ZH_SITE_AFTER =
  /^([^\P{Script=Han}的在与和及了是由向对据被将从为把到于该这那其本此各个一两几多全每省市县区新]{2,4}?)(遗址|古城|古镇|风景区|景区)/u;
// A foreign place inside the place before it, in transliteration characters (喀拉拉邦瓦亚纳德发生…),
// before what happens there or where it is; or a port by its town (比雷埃夫斯港).
const ZH_PLACE_INSIDE_CUE = /^(?:发生|地区|一带|附近|境内|郊区|周边|[市州县省])/u;

/** Sites and smaller places after a place found (广汉 + 三星堆遗址), above a name inside them (三星). */
function sitesAfterPlaces({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  const chars = ctx.locale.transliterationChars ?? '';
  const ends = new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.end));
  const starts = new Set(out.map((c) => c.start));
  const placeStarts = new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.start));
  for (const end of ends) {
    // The place right after it is the one the site lies in (陕西西安 + 半坡遗址).
    if (placeStarts.has(end)) continue;
    const m = ZH_SITE_AFTER.exec(text.slice(end, end + 8));
    if (m) {
      const scenic = (m[2] as string).endsWith('景区');
      const name = scenic ? (m[1] as string) : m[0];
      if (!scenic || !starts.has(end))
        out.push(
          matchCandidate({ index: end, 0: name }, 'PLACE', `place:${name}`, 0.55, 'names:cjk-place', 57),
        );
      continue;
    }
    let e = end;
    while (e < text.length && e - end < 6 && chars.includes(text[e] as string)) e++;
    if (e - end < 3 || starts.has(end) || !ZH_PLACE_INSIDE_CUE.test(text.slice(e, e + 2))) continue;
    const name = text.slice(end, e);
    if (isChineseWordLikeName(name) || wordAcrossName(text, end, e)) continue;
    out.push(matchCandidate({ index: end, 0: name }, 'PLACE', `place:${name}`, 0.5, 'names:cjk-place', 44));
  }
}

// A port by its town in transliteration characters (比雷埃夫斯港, 汉班托塔港): 港 ends the word
// (not 港口, 港股, 港元…), where a clause opens or a function word or a motion stands before.
const ZH_PORT = /港(?![口股元币澳人岛区铁务湾城资企片剧台])/gu;

function portsByTown({ ctx, text, out }: CjkScan): void {
  const chars = ctx.locale?.transliterationChars;
  if (ctx.locale?.lang !== 'zh' || !chars || !text.includes('港')) return;
  let placeEnds: Set<number> | undefined;
  for (const m of text.matchAll(ZH_PORT)) {
    if (!chars.includes(text[m.index - 1] ?? '.')) continue;
    placeEnds ??= new Set(out.filter((c) => c.type === 'PLACE').map((c) => c.end));
    let a = m.index;
    // …back to a clause's edge, a function word, a motion or the country it is in (斯里兰卡汉班托塔港).
    while (a > 0 && m.index - a < 6 && !placeEnds.has(a) && chars.includes(text[a - 1] as string)) a--;
    if (m.index - a < 3) continue;
    if (
      a > 0 &&
      !WORD_BEFORE.test(text[a - 1] as string) &&
      !/[到往赴至抵入达]/u.test(text[a - 1] as string) &&
      !placeEnds.has(a)
    )
      continue;
    const name = text.slice(a, m.index + 1);
    // A port the dictionaries know keeps its key (维多利亚港).
    if (out.some((c) => c.start === a && c.end >= m.index + 1)) continue;
    out.push(matchCandidate({ index: a, 0: name }, 'PLACE', `place:${name}`, 0.55, 'names:cjk-place', 56));
  }
}

// A company named after its parent and before its officer or what it says (优衣库母公司迅销社长…):
// two to four characters with no function character.
const ZH_AFTER_PARENT =
  /(?<=母公司|子公司|控股股东)[^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各]{2,4}?(?=董事长|社长|会长|总裁|首席执行官|宣布|表示|发布|公布)/gu;
// A brand under a company, between 旗下的 and what it does (安踏体育旗下的始祖鸟在上海开设…): two to
// four characters, not a generic word (旗下的品牌在, 旗下的子公司宣布).
const ZH_UNDER_COMPANY =
  /(?<=旗下的)[^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各多个家款]{2,4}?(?=在|宣布|推出|发布|开设|表示)/gu;
const ZH_GENERIC_UNIT = /品牌|公司|企业|产品|平台|门店|工厂|业务|基金|酒店|银行|机构|部门|网站|应用|游戏/u;

function companiesOfCompanies({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh' || !/母公司|子公司|控股股东|旗下的/u.test(text)) return;
  for (const re of [ZH_AFTER_PARENT, ZH_UNDER_COMPANY])
    for (const m of text.matchAll(re)) {
      if (ZH_GENERIC_UNIT.test(m[0]) || isFrequentChineseWord(m[0].slice(0, 2))) continue;
      out.push(matchCandidate(m, 'ORG', ctx.gazetteer.get(m[0]) ?? `org:${m[0]}`, 0.5, 'names:cjk-org', 44));
    }
}

// A country's national venues, named by 国家 and their kind (国家体育场, 国家大剧院, 国家图书馆),
// where 国家 opens a word: not 国家 of another word (各国国家博物馆 is each country's).
const ZH_NATIONAL_VENUE =
  /(?:(?<![\p{Script=Han}])|(?<=[在到于的与和及从是]))国家(?:体育场|体育馆|大剧院|博物馆|图书馆|美术馆|游泳中心|会议中心|植物园|自然博物馆)/gu;

// An international airport named by two to four characters no list has, after where one is or goes
// (在务安国际机场, 飞抵大兴国际机场); none that a count, a pointer or a function word opens.
const ZH_AIRPORT_AFTER_MOTION =
  /(?<=[在从到往抵至于飞降])[^\P{Script=Han}的在与和及了是由向对据被将从为把到于该这那其本此各个座一两几多全每首新往抵至飞降]{2,4}国际机场/gu;

// A storm's name in quotation marks after its kind (台风“桦加沙”, 飓风“米尔顿”): a name, above a
// place inside it (加沙).
const ZH_STORM = /(?:台风|超强台风|强台风|飓风|热带风暴|强热带风暴|气旋)[“"「]([^”"」\n，。]{1,8})[”"」]/gu;

function stormNames({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh' || !/台风|飓风|风暴|气旋/u.test(text)) return;
  for (const m of text.matchAll(ZH_STORM)) {
    const name = m[1] as string;
    const at = { index: m.index + m[0].length - name.length - 1, 0: name };
    out.push(matchCandidate(at, 'NAME', `name:${name}`, 0.6, 'names:cjk-storm', 58));
  }
}

function nationalVenues({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang === 'zh' && text.includes('国际机场'))
    for (const m of text.matchAll(ZH_AIRPORT_AFTER_MOTION))
      out.push(matchCandidate(m, 'PLACE', `place:${m[0]}`, 0.55, 'names:cjk-place', 44));
  if (ctx.locale?.lang !== 'zh' || !text.includes('国家')) return;
  for (const m of text.matchAll(ZH_NATIONAL_VENUE))
    out.push(matchCandidate(m, 'PLACE', `place:${m[0]}`, 0.55, 'names:cjk-place', 56));
}

/**
 * 小 "junior" or 老 "senior" before a foreign person found (小马科斯, 老布什) is part of the name,
 * where it opens a word (not 从小, 大小: frequent words of jieba's).
 */
function juniorAndSenior({ ctx, text, out }: CjkScan): void {
  const chars = ctx.locale?.transliterationChars;
  if (ctx.locale?.lang !== 'zh' || !chars || !/[小老]/u.test(text)) return;
  for (const c of [...out]) {
    if (c.type !== 'PERSON' && c.type !== 'NAME') continue;
    const at = c.start - 1;
    if (!/[小老]/u.test(text[at] ?? '') || c.end - c.start < 2) continue;
    const name = text.slice(c.start, c.end);
    if (![...name].every((x) => chars.includes(x) || x === '·')) continue;
    if (
      at > 0 &&
      /\p{Script=Han}/u.test(text[at - 1] as string) &&
      isFrequentChineseWord(text.slice(at - 1, at + 1))
    )
      continue;
    const whole = text.slice(at, c.end);
    out.push({ ...c, start: at, key: `person:${whole}`, type: 'PERSON', priority: Math.max(c.priority, 56) });
  }
}

/** Katakana runs: an organisation before an organisation word, a person with ・ or an honorific. */
function katakanaNames({ ctx, text, suffixes, out }: CjkScan): void {
  const orgSuffixes = (ctx.locale?.orgSuffixes ?? []).filter((s) => !/^[\p{Script=Latin}]/u.test(s));
  // "Former" or a country may stand before a Japanese title (トランプ前大統領, トランプ米大統領).
  const titleAfter = ctx.locale?.lang === 'ja' && suffixes.length ? japaneseTitleAfter(suffixes) : undefined;
  for (const m of text.matchAll(KATAKANA_NAME)) {
    // Trimmed by index: an end-anchored /・+$/ is quadratic on a long run of dots.
    let a = 0;
    let b = m[0].length;
    while (a < b && m[0][a] === '・') a++;
    while (b > a && m[0][b - 1] === '・') b--;
    const word = m[0].slice(a, b);
    if (word.length < 2) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // A katakana organisation word after kanji is the end of their name (日本郵政グループ).
    const head = orgSuffixes.includes(word) && a === 0 ? hanHead(ctx, text, m.index) : '';
    if (head) {
      const at = { index: m.index - head.length, 0: `${head}${word}` };
      // Above a place and an organisation word inside the kanji (東京電力 of 東京電力ホールディングス).
      out.push(matchCandidate(at, 'ORG', `org:${at[0]}`, 0.7, 'names:cjk-org', 57));
      continue;
    }
    // An organisation word in katakana is inside the run: ソフトバンクグループ, …ホールディングス.
    const inside = orgSuffixes.find(
      (s) => KATAKANA_WORD.test(s) && word.endsWith(s) && word.length > s.length + 1,
    );
    if (inside) {
      out.push(
        matchCandidate({ index: m.index + a, 0: word }, 'ORG', `org:${word}`, 0.7, 'names:cjk-org', 56),
      );
      continue;
    }
    // A stadium or an arena in katakana is one word (ドジャースタジアム), a palace by its 宮 or 宮殿
    // (エリゼ宮, バッキンガム宮殿): a place.
    let venue = ctx.locale?.lang === 'ja' && a === 0 && b === m[0].length ? katakanaVenue(word, rest) : 0;
    // A district is a place's (ガザ地区; not ビジネス地区).
    if (venue > 0 && rest.startsWith('地区') && !ctx.gazetteer.get(word)?.startsWith('place:')) venue = 0;
    if (venue > 0) {
      const at = { index: m.index, 0: text.slice(m.index, m.index + venue) };
      out.push(matchCandidate(at, 'PLACE', `place:${at[0]}`, 0.6, 'names:cjk-place', 56));
      continue;
    }
    // A state or a city abroad by its word (ニューサウスウェールズ州, ハルキウ市), when no list has it.
    if (titleAfter && a === 0 && b === m[0].length && /^[州市]/u.test(rest) && !ctx.gazetteer.has(word)) {
      // Keyed by the name alone, as a listed place before its word is (カリフォルニア州, カリフォルニア).
      const at = { index: m.index, 0: `${word}${rest[0]}` };
      out.push(matchCandidate(at, 'PLACE', `place:${word}`, 0.6, 'names:cjk-place', 56));
      continue;
    }
    const orgSuffix = orgSuffixes.find((s) => rest.startsWith(s));
    if (orgSuffix) {
      const place = ctx.gazetteer.get(word);
      // A place before the katakana opens the name too (日本サッカー協会), not a country before a
      // university abroad (米国ハーバード大学).
      const head = hanHead(ctx, text, m.index, !/大学|大學/.test(orgSuffix));
      const key =
        place?.startsWith('place:') && /大学|大學/.test(orgSuffix)
          ? `org:university of ${place.slice(6)}`
          : `org:${head}${word}${orgSuffix}`;
      out.push(
        matchCandidate(
          { index: m.index - head.length, 0: `${head}${m[0]}` },
          'ORG',
          key,
          0.75,
          'names:cjk-org',
          56,
          {
            length: head.length + m[0].length + orgSuffix.length,
          },
        ),
      );
      continue;
    }
    // An office, a workshop or a trading house after a katakana word IPAdic lacks is a firm
    // (ジャニーズ事務所); after a common word it is a kind (デザイン事務所).
    const office = ctx.locale?.lang === 'ja' && a === 0 ? KATAKANA_FIRM_WORD.exec(rest) : null;
    if (office && !ctx.gazetteer.has(word) && !commonKatakana(word)) {
      const at = { index: m.index, 0: `${m[0]}${office[0]}` };
      out.push(matchCandidate(at, 'ORG', `org:${at[0]}`, 0.6, 'names:cjk-org', 56));
      continue;
    }
    // A city before a dot and a katakana word names a team or a paper (ロサンゼルス・ドジャース,
    // ニューヨーク・タイムズ), not a person.
    // The word after the dot is no place (マダガスカル・コモロ is two), and no kanji goes on from it
    // (フランス・ロマン派).
    const dot = word.lastIndexOf('・');
    if (
      titleAfter &&
      dot > 0 &&
      word.length - dot > 3 &&
      ctx.gazetteer.get(word.slice(0, dot))?.startsWith('place:') &&
      !ctx.gazetteer.has(word.slice(dot + 1)) &&
      !HAN_CHAR.test(text[m.index + b] ?? '') &&
      !titleAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
    ) {
      out.push(
        matchCandidate({ index: m.index + a, 0: word }, 'ORG', `org:${word}`, 0.6, 'names:katakana', 56),
      );
      continue;
    }
    // A product with its model number (ウィンドウズ11, ボーイング787型機), though IPAdic has the word
    // as a proper noun or an organisation.
    const model = a === 0 && b === m[0].length ? japaneseModel(ctx, text, m.index, word) : 0;
    if (model > 0) {
      const at = { index: m.index, 0: text.slice(m.index, m.index + model) };
      out.push(matchCandidate(at, 'PRODUCT', `product:${at[0]}`, 0.55, 'names:katakana-product', 44));
      continue;
    }
    // A proper noun IPAdic types as no person, organisation or place (ホワイトハウス, ツール・ド・フランス),
    // not before kanji that make it a kind of thing (エルニーニョ現象).
    if (
      titleAfter &&
      a === 0 &&
      b === m[0].length &&
      word.length >= 5 &&
      !HAN_CHAR.test(text[m.index + word.length] ?? '') &&
      isJapaneseProperGeneral(word)
    ) {
      out.push(matchCandidate(m, 'NAME', `name:${word}`, 0.5, 'names:ipadic', 56));
      continue;
    }
    const titled = titleAfter
      ? titleAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      : suffixes.some((s) => rest.startsWith(s));
    const met =
      titleAfter !== undefined && word.length >= 3 && isPersonMetBefore(text, m.index + m[0].length);
    if (titled || met || word.includes('・')) {
      // A family name in kanji before a given name in katakana (玉城デニー知事) opens the name.
      const family = titled && a === 0 ? familyBeforeKatakana(text, m.index) : '';
      const at = family ? { index: m.index - family.length, 0: `${family}${m[0]}` } : m;
      out.push(matchCandidate(at, 'PERSON', `person:${family}${word}`, 0.7, 'names:katakana', 45));
      continue;
    }
    const product = a === 0 && b === m[0].length ? japaneseProduct(ctx, text, m.index, word) : 0;
    if (product > 0) {
      out.push(
        matchCandidate(
          m,
          'PRODUCT',
          `product:${text.slice(m.index, m.index + product)}`,
          0.55,
          'names:katakana-product',
          44,
          { length: product },
        ),
      );
      continue;
    }
    // A whole katakana word that IPAdic knows as an organisation or a place only (ソニー, ワシントン),
    // or one before what a company does (ユニクロを運営する).
    const whole = a === 0 && b === m[0].length && ctx.locale?.lang === 'ja' && !ctx.gazetteer.has(word);
    const proper = whole ? japaneseProperNoun(word) : undefined;
    // Kanji written against an organisation open its name (阪神タイガース, 日本マクドナルド).
    // Latin capitals too (LINEヤフー, NTTドコモ).
    const orgHead = proper === 'ORG' ? hanHead(ctx, text, m.index) || latinHead(ctx, text, m.index) : '';
    if (orgHead) {
      const at = { index: m.index - orgHead.length, 0: `${orgHead}${word}` };
      out.push(matchCandidate(at, 'ORG', `org:${at[0]}`, 0.6, 'names:ipadic', 44));
    } else if (proper)
      out.push(matchCandidate(m, proper, `${proper.toLowerCase()}:${word}`, 0.6, 'names:ipadic', 44));
    else if (whole && isCompanyBefore(text, m.index + m[0].length, word))
      out.push(matchCandidate(m, 'ORG', `org:${word}`, 0.55, 'names:katakana-company', 44));
    else if (a === 0 && b === m[0].length && unknownTopic(ctx, text, m.index, word))
      out.push(matchCandidate(m, 'NAME', `name:${word}`, 0.5, 'names:katakana-topic', 43));
  }
}

/** A family name of IPAdic's of two or three kanji that a run of kanji ending at `at` is whole, or ''. */
function familyBeforeKatakana(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 4 && HAN_CHAR.test(text[i - 1] as string)) i--;
  if (HAN_CHAR.test(text[i - 1] ?? '') || at - i < 2 || at - i > 3) return '';
  const family = text.slice(i, at);
  return isJapaneseFamilyName(family) && !isJapaneseNameCommonWord(family) ? family : '';
}

// Words that end a venue's name written in katakana (ドジャースタジアム), and a palace's after it.
const KATAKANA_FIRM_WORD = /^(?:事務所|商会|工房|興業)(?![\p{Script=Han}々])/u;
const KATAKANA_VENUE_END = /(?:スタジアム|アリーナ)$/u;
const PALACE = /^(?:宮殿|宮|美術館|博物館|大聖堂|地区)(?![\p{Script=Han}々])/u;

/**
 * The length of a venue named in katakana (ドジャースタジアム, エリゼ宮, バッキンガム宮殿, ルーブル美術館,
 * ガザ地区), or 0.
 */
function katakanaVenue(word: string, rest: string): number {
  const end = KATAKANA_VENUE_END.exec(word);
  if (end && word.length - end[0].length >= 3 && !word.includes('・')) return word.length;
  const palace = word.length >= 2 ? PALACE.exec(rest) : null;
  if (!palace || (word.length < 3 && palace[0] !== '地区')) return 0;
  return word.length + palace[0].length;
}

// A model number against a katakana word, before a particle or the clause's end (スイッチ2の).
const MODEL_NUMBER = /^[0-9０-９]{1,2}(?=[のをがはともや、。」]|$)/u;
// …or before へ, に or で, or of up to four digits before 型 (ボーイング787型機), when the word is no
// common one (not フェイズ2に, ステージ3で).
const MODEL_NUMBER_MORE = /^[0-9０-９]{1,2}(?=[へにで])|^[0-9０-９]{1,4}(?=型)/u;

/**
 * The length of a katakana word and its model number (ウィンドウズ11, ボーイング787), or 0; a common
 * word's only before a particle of a subject, an object or a possession (スイッチ2の).
 */
function japaneseModel(ctx: NameContext, text: string, at: number, word: string): number {
  // A digit, half or full width, after the word.
  const digit = text.charCodeAt(at + word.length);
  if (!((digit >= 0x30 && digit <= 0x39) || (digit >= 0xff10 && digit <= 0xff19))) return 0;
  if (ctx.locale?.lang !== 'ja' || word.length < 3 || word.includes('・') || ctx.gazetteer.has(word))
    return 0;
  const after = text.slice(at + word.length, at + word.length + 5);
  const model = MODEL_NUMBER.exec(after) ?? (commonKatakana(word) ? null : MODEL_NUMBER_MORE.exec(after));
  return model ? word.length + model[0].length : 0;
}

/**
 * A product in katakana: a word with its model number (プレイステーション5), or a word IPAdic has as no
 * common word after 新型 ("new model": 新型ウォークマン). Returns the product's length, or 0.
 */
function japaneseProduct(ctx: NameContext, text: string, at: number, word: string): number {
  if (ctx.locale?.lang !== 'ja' || word.length < 3 || word.includes('・') || ctx.gazetteer.has(word))
    return 0;
  const model = MODEL_NUMBER.exec(text.slice(at + word.length, at + word.length + 3));
  if (model) return word.length + model[0].length;
  return text.slice(Math.max(0, at - 2), at) === '新型' && !commonKatakana(word) ? word.length : 0;
}

/** A katakana word IPAdic has, or two it has written together (コロナ + ウイルス). */
function commonKatakana(word: string): boolean {
  if (isJapaneseCommonKatakana(word)) return true;
  for (let i = 3; i + 3 <= word.length; i++)
    if (isJapaneseCommonKatakana(word.slice(0, i)) && isJapaneseCommonKatakana(word.slice(i))) return true;
  return false;
}

// Where a sentence or clause opens: the text's start, a sentence's end, a comma, a quotation mark.
const CLAUSE_OPEN = /^(?:|[\s。！？!?、，,「『（(]|[\s\S]*\n)$/u;
// A katakana topic after と or や (…とファミリーマートは), and a katakana word opening a clause before
// them (ローソンと…).
const JOINED_TOPIC_AFTER = /^[\p{Script=Katakana}ー]{3,}[はが]/u;
const HAN_CHAR = /[\p{Script=Han}々]/u;
const KATAKANA_LETTER = /[\p{Script=Katakana}ー]/u;

/** Whether a katakana word of three or more opening a clause, then と or や, ends at `at`. */
function joinedTopicBefore(text: string, at: number): boolean {
  if (text[at - 1] !== 'と' && text[at - 1] !== 'や') return false;
  let i = at - 1;
  while (i > 0 && at - 1 - i < 30 && KATAKANA_LETTER.test(text[i - 1] as string)) i--;
  return at - 1 - i >= 3 && CLAUSE_OPEN.test(text.slice(Math.max(0, i - 1), i));
}

/**
 * A katakana word that opens a sentence as its topic or subject (ユニクロは, メルカリが) and that IPAdic
 * has as no common word (it has イベントは, ワクチンが): a brand or a foreign name no list holds.
 */
function unknownTopic(ctx: NameContext, text: string, at: number, word: string): boolean {
  if (ctx.locale?.lang !== 'ja' || word.length < 3 || word.includes('・')) return false;
  const end = at + word.length;
  const next = text[end];
  // Two names joined as one topic (ローソンとファミリーマートは): the first before と or や and a
  // katakana topic, the second after a katakana word that opens the clause.
  const joined = (next === 'と' || next === 'や') && JOINED_TOPIC_AFTER.test(text.slice(end + 1, end + 40));
  if (next !== 'は' && next !== 'が' && !joined) return false;
  const open = CLAUSE_OPEN.test(text.slice(Math.max(0, at - 1), at)) || joinedTopicBefore(text, at);
  if (!open || ctx.gazetteer.has(word)) return false;
  // An organisation IPAdic also has as a name or an adjective (シャープは) is the organisation here.
  return !commonKatakana(word) || isJapaneseOrgOrName(word);
}

/**
 * Kanji written against a katakana organisation open its name (牧野フライス製作所, 日本マクドナルド社):
 * up to four, after anything that is not kanji, unless they name a place the gazetteer knows (and
 * `placeToo` is false).
 */
function hanHead(ctx: NameContext, text: string, at: number, placeToo = false): string {
  if (ctx.locale?.lang !== 'ja') return '';
  let i = at;
  while (i > 0 && at - i < 5 && /[\p{Script=Han}々]/u.test(text[i - 1] as string)) i--;
  const head = text.slice(i, at);
  if (head.length < 2 || head.length > 4) return '';
  if (!placeToo && ctx.gazetteer.get(head)?.startsWith('place:')) return '';
  return head;
}

// A word in Latin capitals against what follows it, nothing Latin before it (LINE, NTT).
const LATIN_HEAD = /(?<![A-Za-z])[A-Z]{2,6}$/u;

/** Latin capitals written against a katakana organisation, which open its name (LINEヤフー). */
function latinHead(ctx: NameContext, text: string, at: number): string {
  if (ctx.locale?.lang !== 'ja') return '';
  const head = LATIN_HEAD.exec(text.slice(Math.max(0, at - 8), at))?.[0] ?? '';
  return head && !TERM_ACRONYMS.has(head) && !/[A-Za-z]/.test(text[at - head.length - 1] ?? '') ? head : '';
}

const HAN_RUN = /[\p{Script=Han}々]{3,}/gu;

/**
 * Organisations in Han characters that a dictionary knows: Japanese from IPAdic (自民党総裁選, 新華社),
 * Chinese from jieba (国务院总理, 中国移动发布). Han runs have no word boundary inside, so only where a
 * run begins (in Chinese also after a function character: 与中国石油) is tried, longest first.
 */
function lexiconHanOrganisations({ ctx, text, out }: CjkScan): void {
  const lang = ctx.locale?.lang;
  const known =
    lang === 'ja'
      ? (w: string) => japaneseProperNoun(w) === 'ORG'
      : lang === 'zh'
        ? isChineseOrganisation
        : undefined;
  if (!known) return;
  // Only the lengths that a listed word starting with the run's character has are sliced and asked.
  const lengths = lang === 'ja' ? japaneseOrganisationLengths() : chineseOrganisationLengths();
  const longest = lang === 'ja' ? 8 : 10;
  // `from` is where the name starts: before `at` when a word opens it (陸上 of 陸上自衛隊).
  const tryAt = (at: number, end: number, from = at): boolean => {
    const mask = lengths.get(text.charCodeAt(at));
    if (mask === undefined) return false;
    for (let n = Math.min(longest, end - at); n >= 3; n--) {
      // No listed word of this length or shorter starts here.
      if ((mask & ((2 << n) - 1)) === 0) return false;
      const word = text.slice(at, at + n);
      // The gazetteer's name is found as it is (京都大学), not the shorter one inside it (京都大).
      if (ctx.gazetteer.has(word)) return false;
      if ((mask & (1 << n)) === 0 || !known(word)) continue;
      // A country and 联邦 "federal" (德国联邦, 美国联邦) are no body: the body follows (德国联邦议院,
      // 美国联邦法院), and the country is read as the place.
      if (lang === 'zh' && federalOfPlace(ctx, word)) continue;
      const name = text.slice(from, at + n);
      // Above a gazetteer place inside it (中国 in 中国移动).
      out.push(matchCandidate({ index: from, 0: name }, 'ORG', `org:${name}`, 0.55, 'names:lexicon', 56));
      return true;
    }
    return false;
  };
  for (const m of text.matchAll(HAN_RUN)) {
    const end = m.index + m[0].length;
    if (tryAt(m.index, end)) continue;
    if (lang === 'ja' && m[0].length >= 5 && commonWordOpensOrganisation(ctx, m[0]))
      tryAt(m.index + 2, end, m.index);
    if (lang === 'zh')
      for (let i = m.index + 1; i < end - 2; i++) if (ZH_FUNCTION.has(text.charCodeAt(i - 1))) tryAt(i, end);
  }
}
/** A place of the gazetteer and 联邦 after it, that jieba tags as an organisation (德国联邦, 瑞士联邦). */
function federalOfPlace(ctx: NameContext, word: string): boolean {
  return word.endsWith('联邦') && ctx.gazetteer.get(word.slice(0, -2))?.startsWith('place:') === true;
}
// Two kanji that point, count or date rather than name (今回, 同日, 各国, 昨年, 両国, 前回).
const NOT_AN_ORG_OPENING = /[今昨同本当各全両前元新旧翌毎他日月年回時週期]/u;

/**
 * Two kanji that IPAdic has as a common word or a place the gazetteer lacks, written against an
 * organisation it has, open the organisation's name (陸上 + 自衛隊, 海上 + 自衛隊), unless they point,
 * count or date (今回自衛隊が, 同日自衛隊は); a known place before it stays a place (中国 + 外務省).
 */
function commonWordOpensOrganisation(ctx: NameContext, run: string): boolean {
  const head = run.slice(0, 2);
  if (NOT_AN_ORG_OPENING.test(head) || ctx.gazetteer.has(head)) return false;
  return isJapaneseCommonKanjiWord(head) || isJapaneseBarePlace(head) || isJapanesePlaceStem(head);
}
const ZH_FUNCTION = new Set([...'的在与和了是由向对据被将从为把'].map((c) => c.charCodeAt(0)));

/** A Japanese family name of the list, then one to three kanji of a given name (大谷翔平, 菅義偉). */
function familyFirst(name: string): boolean {
  const families = japaneseFamilyNames();
  for (let n = 1; n <= 3; n++) {
    const given = name.length - n;
    if (given >= 1 && given <= 3 && families.has(name.slice(0, n))) return true;
  }
  return false;
}

/**
 * Japanese names in kanji before an honorific or title ("岸田文雄首相", "孫正義氏"): a run of two to
 * five kanji that the name-reading table cuts into a family and a given name.
 */
function kanjiNames({ ctx, text, suffixes, out }: CjkScan): void {
  const cues =
    ctx.locale?.lang === 'ja' ? suffixes.filter((x) => !/\p{Script=Latin}/u.test(x) || x === 'CEO') : [];
  if (!cues.length) return;
  // "Former" or a country may stand between the name and the title: 菅義偉前首相, 習近平中国国家主席.
  const titleAfter = japaneseTitleAfter(cues);
  const re = new RegExp(
    `(?<![\\p{Script=Han}々])[\\p{Script=Han}々]{2,5}(?:${japaneseTitleLookahead(cues)}|${JAPANESE_MINISTER_LOOKAHEAD})`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const name = kanjiNameBeforeTitle(ctx, text, m.index, m[0], titleAfter);
    if (!name) continue;
    // A family name that is also a place (宮崎駿監督, 石川佳純選手): the person before the title wins.
    const placeFamily = [2, 3].some(
      (n) => n < name.length && ctx.gazetteer.get(name.slice(0, n))?.startsWith('place:'),
    );
    const priority = placeFamily ? 56 : 45;
    out.push(
      matchCandidate({ index: m.index, 0: name }, 'PERSON', `person:${name}`, 0.6, 'names:kanji', priority),
    );
  }
}

/**
 * The name that a run of kanji before a title starts with: the shortest that leaves "former" or a
 * country before the title (菅義偉 of 菅義偉前, 習近平 of 習近平中国), else the run; one the reading
 * table cuts into a family and a given name, or a Chinese or Korean name in kanji (習近平, 孫正義).
 */
function kanjiNameBeforeTitle(
  ctx: NameContext,
  text: string,
  at: number,
  run: string,
  titleAfter: RegExp,
): string | undefined {
  const ja = ctx.locale?.lang === 'ja';
  // A name the Japanese tables read only in part, taken when no name they read whole ends at a title.
  let partly: string | undefined;
  for (let n = 2; n <= run.length; n++) {
    const name = run.slice(0, n);
    const cued = titleAfter.test(text.slice(at + n, at + n + 12));
    if (!cued && !(ja && isJapaneseMinisterAt(text, at + n))) continue;
    if (ctx.gazetteer.has(name)) continue;
    // Two kanji that IPAdic has as a common word and never as a name (世界選手権), or that count the
    // holders of the office (初代大統領, 歴代首相): no name.
    if (n === 2 && ja && (isJapaneseCommonKanjiWord(name) || name.endsWith('代'))) continue;
    if (japaneseNameReadings(name).some((r) => r.includes(' ')) || familyFirst(name) || chineseName(name))
      return name;
    if (!ja || partly) continue;
    const family = isJapaneseFamilyName(name.slice(0, 2)) && !isJapaneseNameCommonWord(name.slice(0, 2));
    // IPAdic's family name and ENAMDICT's given name of two kanji (赤沢 + 亮正), which IPAdic lacks, or a
    // given name no table holds when the two kanji are no common word (赤沢亮正経済再生相); a family name
    // alone before a title (赤沢氏, 石破首相) when it is no common word.
    if (
      (n === 4 &&
        family &&
        (isEnamdictGivenName(name.slice(2)) ||
          (!isJapaneseCommonKanjiWord(name.slice(2)) && !isJapaneseCommonKanjiWord(name)))) ||
      (n <= 3 && isJapaneseFamilyName(name) && !isJapaneseNameCommonWord(name))
    )
      partly = name;
  }
  return partly;
}

/**
 * "반기문 전 유엔 사무총장": between 전 (former) and the title stands the organisation of the title,
 * and the name is the word before 전. True when both were found.
 */
function formerTitleOf(ctx: NameContext, text: string, at: number, org: string, out: Candidate[]): boolean {
  const before = /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4}) $/u.exec(
    text.slice(Math.max(0, at - 6), at),
  );
  if (!before || HANGUL_PARTICLE_END.test(before[1] as string)) return false;
  const name = before[1] as string;
  out.push(
    matchCandidate(
      { index: at - name.length - 1, 0: name },
      'PERSON',
      `person:${name}`,
      0.6,
      'names:hangul',
      45,
    ),
  );
  const orgKey = ctx.gazetteer.get(org) ?? `org:${org}`;
  out.push(matchCandidate({ index: at + 2, 0: org }, typeOfKey(orgKey), orgKey, 0.55, 'names:hangul', 44));
  return true;
}

/** A Korean body's name before a member's name and title (개혁신당 이준석 의원): no given name. */
function bodyName(ctx: NameContext, word: string): boolean {
  if (ctx.locale?.lang !== 'ko' || word.length < 3) return false;
  return /[청처당단원부회]$/u.test(word) || (ctx.locale.orgSuffixes ?? []).some((w) => word.endsWith(w));
}

/**
 * A Korean verb's modifying form before a name (만든 황동혁 감독, 새로운): a common word ending with
 * ㄴ or ㄹ, or with 는 or 던, is no foreign given name (마크 뤼터 keeps 마크).
 */
function modifierBeforeName(ctx: NameContext, word: string): boolean {
  if (ctx.locale?.lang !== 'ko' || word.length < 2) return false;
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  const modifier = /[는던]$/u.test(word) || (last >= 0 && [4, 8].includes(last % 28));
  return modifier && isKoreanCommonWord(word);
}

// Korean particles and endings that close a word: a word ending with one is no foreign given name
// ("파리에서 윤석열 대통령" is 윤석열 in Paris).
const HANGUL_PARTICLE_END = /(?:은|는|을|를|의|에|에서|에게|와|과|도|로|으로|고|며|만)$/u;

/**
 * Hangul names before a title or honorific ("이재용 회장", "김민지 씨", "한동훈 전 대표"; the title
 * a word of its own, closed by a particle at most: not 대표팀, 후보지), with a
 * foreign given name before the surname when it is not a known word or a word with a particle
 * ("도널드 트럼프 대통령", "조 바이든 대통령", not "미국 트럼프 대통령"). A word written against the
 * title is part of it, not of the name ("김정은 국무위원장", "오세훈 서울시장").
 */
function hangulNames({ ctx, text, suffixes, out }: CjkScan): void {
  const cues = suffixes.filter((x) => /\p{Script=Hangul}|^[A-Z]{2,4}$/u.test(x));
  if (!cues.length) return;
  // A middle dot may stand between a foreign name's parts (도널드·트럼프).
  const re = new RegExp(
    `(?=\\p{Script=Hangul})(?<![\\p{Script=Hangul}])(?:([\\p{Script=Hangul}]{1,5})([ ·・]))?([\\p{Script=Hangul}]{1,4})(\\s?)(?=(?:전\\s)?(?:${alternation(cues)})${KOREAN_PARTICLE}(?!\\p{Script=Hangul}))`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    let first = m[1];
    const dotted = m[2] !== undefined && m[2] !== ' ';
    let last = m[3] as string;
    let index = m.index;
    if (first === '전' && formerTitleOf(ctx, text, m.index, last, out)) continue;
    if (
      first !== undefined &&
      !dotted &&
      (last === '전' || (m[4] === '' && /^\p{Script=Hangul}{2,}$/u.test(last)))
    ) {
      // The last word belongs to the title: the name is the word before it.
      last = first;
      first = undefined;
    } else if (
      first !== undefined &&
      !dotted &&
      ctx.locale?.lang === 'ko' &&
      hasNonSinoSyllable(last) &&
      koreanPersonShape(ctx, first)
    ) {
      // A Korean name, then the body of the title, a borrowed word (방시혁 하이브 의장): the name is
      // the first word (a Japanese name's Sino-Korean syllables are one name: 기시다 후미오).
      last = first;
      first = undefined;
    } else if (
      first !== undefined &&
      !dotted &&
      (ctx.gazetteer.has(first) ||
        HANGUL_PARTICLE_END.test(first) ||
        modifierBeforeName(ctx, first) ||
        bodyName(ctx, first))
    ) {
      index += first.length + 1;
      first = undefined;
    }
    if (first === undefined && last.length < 2) continue;
    // A common word against the title is part of it (사무+총장, 부+회장), not a name.
    if (first === undefined && m[4] === '' && isKoreanCommonWord(last)) continue;
    const name = first === undefined ? last : `${first}${m[2]}${last}`;
    if (ctx.gazetteer.has(name)) continue;
    // One key with or without the dot: the same person.
    const key = `person:${first === undefined ? last : `${first} ${last}`}`;
    out.push(matchCandidate({ index, 0: name }, 'PERSON', key, 0.6, 'names:hangul', 45));
  }
}

const KOREAN_SUBJECT = /(?<![\p{Script=Hangul}\p{L}\d])(\p{Script=Hangul}{3})(?:은|는|이|가|의)(?=\s)/gu;

/**
 * A Korean personal name opening a sentence or clause without a title ("손흥민은 결승골을 넣었다"):
 * three syllables, the first a family name of the generated list, then a particle; not a common
 * noun that ends with a noun-making syllable.
 */
function koreanSubjects({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ko') return;
  const families = koreanFamilyNames();
  for (const m of text.matchAll(KOREAN_SUBJECT)) {
    const name = m[1] as string;
    if (!families.has(name.slice(0, 1)) || KOREAN_NOUN_END.test(name) || ctx.gazetteer.has(name)) continue;
    // Where a clause begins: the text's start, after a sentence's end, a comma or a quotation mark.
    if (!/(?:^|[.!?。,，"“”'‘’「」]\s*|\n)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push(
      matchCandidate({ index: m.index, 0: name }, 'PERSON', `person:${name}`, 0.55, 'names:hangul', 44),
    );
  }
}

/**
 * A Korean name after a title or an occupation and before its particle ("배우 송강호는", "가수
 * 아이유는", "회장 이재용은"): two to four syllables, not a common noun made with a suffix.
 */
function koreanNamesAfterTitles({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ko') return;
  const titles = (ctx.locale.personTitles ?? []).filter((w) => /^\p{Script=Hangul}+$/u.test(w));
  if (!titles.length) return;
  const re = new RegExp(
    `(?<![\\p{Script=Hangul}])(?:${alternation(titles)}) (\\p{Script=Hangul}{2,4}?)(?=(?:은|는|이|가|의|을|를|와|과|도)(?:\\s|[.,]))`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const name = m[1] as string;
    if (KOREAN_NOUN_END.test(name) || ctx.gazetteer.has(name)) continue;
    const at = { index: m.index + m[0].length - name.length, 0: name };
    out.push(matchCandidate(at, 'PERSON', `person:${name}`, 0.55, 'names:hangul', 44));
  }
}

/**
 * "샘 올트먼 오픈AI 최고경영자", "조 바이든 미국 대통령", "유인촌 문화체육관광부 장관": between a
 * name and its title stands the organisation or country of the title, a name the gazetteer knows,
 * one written partly in Latin letters or one ending with an organisation word. The name is the two
 * words before it, or the one word of a Korean name.
 */
function koreanNamesBeforeOrgTitles({ ctx, text, suffixes, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ko') return;
  const cues = suffixes.filter((x) => /^\p{Script=Hangul}+$/u.test(x));
  if (!cues.length) return;
  const re = new RegExp(
    `(?<![\\p{Script=Hangul}])(?:(\\p{Script=Hangul}{1,4}) )?(\\p{Script=Hangul}{2,5}) ([\\p{Script=Hangul}A-Za-z]{2,12}) (?:${alternation(cues)})`,
    'gu',
  );
  // A body's name ends with an organisation word of the locale (문화체육관광부, 금융위원회).
  const bodies = (ctx.locale?.orgSuffixes ?? []).filter((w) => w.length >= 2);
  for (const m of text.matchAll(re)) {
    const first = m[1];
    const last = m[2] as string;
    const org = m[3] as string;
    const known =
      ctx.gazetteer.get(org)?.match(/^(?:org|place):/u) ||
      /[A-Za-z]/u.test(org) ||
      bodies.some((w) => org.endsWith(w));
    if (!known || HANGUL_PARTICLE_END.test(last) || ctx.gazetteer.has(last)) continue;
    if (first !== undefined && !HANGUL_PARTICLE_END.test(first) && !ctx.gazetteer.has(first)) {
      const name = `${first} ${last}`;
      out.push(
        matchCandidate({ index: m.index, 0: name }, 'PERSON', `person:${name}`, 0.6, 'names:hangul', 46),
      );
      continue;
    }
    // One word: a Korean name, a family name and two syllables (유인촌 문화체육관광부 장관), or
    // before a country a word no dictionary holds as a common word (라이칭더 대만 총통; not 현지).
    const korean = last.length === 3 && koreanFamilyNames().has(last.slice(0, 1));
    const beforeCountry = ctx.gazetteer.get(org)?.startsWith('place:') === true && !/[다고며요]$/u.test(last);
    if (!(korean || beforeCountry) || isKoreanCommonWord(last)) continue;
    const at = { index: m.index + (first === undefined ? 0 : first.length + 1), 0: last };
    out.push(matchCandidate(at, 'PERSON', `person:${last}`, 0.6, 'names:hangul', 46));
  }
}

// A company written half in Latin letters, half in Hangul (LG에너지솔루션, 하이퍼클로바X), before a
// particle or a space.
const MIXED_KOREAN_NAME =
  /(?<![\p{L}\d])(?:([A-Z]{2,4})\p{Script=Hangul}{2,8}?|\p{Script=Hangul}{2,8}[A-Z]{1,4}\d?)(?=(?:은|는|이|가|을|를|의|에|와|과|도|로)?(?:\s|$|[.,]))/gu;

function mixedKoreanNames({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ko') return;
  for (const m of text.matchAll(MIXED_KOREAN_NAME)) {
    if (ctx.gazetteer.has(m[0]) || (m[1] && TERM_ACRONYMS.has(m[1]))) continue;
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.6, 'names:cjk-org', 57));
  }
}

/**
 * Organisations in Han or Hangul ending with an organisation word of the locale (日本銀行, 金融庁,
 * 中国人民银行, 한국은행, 금융감독원, SK그룹): two to six characters before the word (four in Chinese,
 * where nothing after the word marks its end), starting after anything that is not of the script
 * (or, in Chinese, after a function character).
 */
// Organisation words too generic to end a name in running text (的公用事业公司 "a utility company",
// 非営利研究機関 "a non-profit research body", 親会社 "parent company"); one-character words other
// than those of government bodies (省 ministry, 庁 agency, 党 party, 局 bureau) likewise.
const GENERIC_ORG_WORDS = new Set(['公司', '研究機関', '研究机构']);
const ONE_CHARACTER_ORG_WORDS = new Set(['省', '庁', '党', '局', '社']);
// 社 (company) ends a name, not a word made with it: 会社, 本社, 同社, 各社, 神社, 入社…
const NOT_BEFORE_SHA = /[会支本商各同自他入出神弊貴当御親子]社$/u;

// A particle may close a Korean organisation's name ("한국은행은", "삼성전자는", "금융감독원의").
const KOREAN_PARTICLE = KOREAN_PARTICLE_SOURCE;

/**
 * After 在 ("at"), a place with two characters or more between it and the organisation word is
 * where something happens (小米在北京建设汽车工厂), not the opening of a name (在北京大学).
 */
function placeBeforeVerb(ctx: NameContext, text: string, at: number, head: number): boolean {
  if (text[at - 1] !== '在') return false;
  return [2, 3].some(
    (n) => head - n >= 2 && ctx.gazetteer.get(text.slice(at, at + n))?.startsWith('place:') === true,
  );
}

// The longest name before an organisation word: four in Chinese, where nothing marks a name's start
// inside a run; eight in Japanese (宇宙航空研究開発機構).
const ORG_HEAD_LENGTH: Record<string, number> = { zh: 6, ja: 8, ko: 6 };

function cjkOrganisations({ ctx, text, out }: CjkScan): void {
  const lang = ctx.locale?.lang;
  const words = (ctx.locale?.orgSuffixes ?? []).filter(
    (s) =>
      /^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(s) &&
      !GENERIC_ORG_WORDS.has(s) &&
      (s.length > 1 || ONE_CHARACTER_ORG_WORDS.has(s)),
  );
  if (!words.length || !(lang === 'ja' || lang === 'zh' || lang === 'ko')) return;
  const script = lang === 'ko' ? '\\p{Script=Hangul}' : '\\p{Script=Han}々';
  const after = lang === 'zh' ? '|(?<=[的在与和了是由向对据被将从为把])' : '';
  const re = new RegExp(
    `(?:(?<![${script}A-Za-z])${after})(?:[A-Z]{1,4}|[${script}]{1,6}[A-Z]{2,4}|[${script}]{2,${ORG_HEAD_LENGTH[lang]}})(${alternation(words)})${lang === 'zh' ? '' : lang === 'ko' ? `(?=${KOREAN_PARTICLE}(?![${script}]))` : `(?![${script}])`}`,
    'gu',
  );
  for (const found of text.matchAll(re)) {
    const m = lang === 'zh' ? placeOpeningOrganisation(ctx, chineseOrganisationStart(text, found)) : found;
    if (!m || ctx.gazetteer.has(m[0]) || m[0].includes('的') || NOT_BEFORE_SHA.test(m[0])) continue;
    // A measure word of goods counts what follows (首款电动汽车, 一辆汽车): a kind, no name.
    // A pronoun or a particle of a clause is no part of a name either (他买了汽车).
    if (lang === 'zh' && ZH_NOT_IN_ORG_HEAD.test(m[0].slice(0, -(m[1] as string).length))) continue;
    // A generic word before a kind of body (当地医院, 公立大学, 业余电台) names no one.
    if (lang === 'zh' && (ZH_GENERIC_ORG_HEAD.test(m[0]) || ZH_GENERIC_IN_ORG_HEAD.test(m[0]))) continue;
    // …nor a trade before 业 or 界, its industry, or its market (阿拉斯加航空业, 新能源汽车行业).
    if (lang === 'zh' && ZH_INDUSTRY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      continue;
    if (placeBeforeVerb(ctx, text, m.index, m[0].length - (m[1] as string).length)) continue;
    if (lang === 'ko' && wordAroundOrgWord(m[0], (m[1] as string).length)) continue;
    // Above the gazetteer's place inside it (日本 in 日本銀行), as for a katakana organisation.
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.6, 'names:cjk-org', 56));
  }
}

/**
 * A country before a place that opens the organisation's name is where it is (韩国 + 济州航空): the
 * name starts after the country.
 */
function placeOpeningOrganisation(
  ctx: NameContext,
  m: { index: number; 0: string; 1: string } | undefined,
): { index: number; 0: string; 1: string } | undefined {
  if (!m) return m;
  const head = m[0].length - m[1].length;
  for (let n = Math.min(4, head - 2); n >= 2; n--)
    if (ctx.gazetteer.get(m[0].slice(0, n))?.startsWith('place:') && placeOpening(ctx, m[0].slice(n, head)))
      return { index: m.index + n, 0: m[0].slice(n), 1: m[1] };
  return m;
}

/**
 * A Korean common word of three syllables that ends the name, its organisation word of two and the
 * syllable before it (완제+의약품): the organisation word is part of that word, and the name is none.
 */
function wordAroundOrgWord(name: string, word: number): boolean {
  return word === 2 && name.length > 3 && isKoreanCommonWord(name.slice(-3));
}

// What a Chinese organisation's name of more than four characters before its word does not hold:
// a function or motion character, a demonstrative (安排到西北大学, 该部位于北京大学).
const NOT_IN_LONG_ORG_ZH = /[的在与和了是由向对据被将从为把到于该这那其本此各]/gu;

// The function characters that no name of four characters or fewer before its word holds (not 与,
// 和 or 于, which a few hold: 和记, 于都; nor 本 or 其: 本田).
const NOT_IN_SHORT_ORG_ZH = /[的在了是由向对据被将从为把到并给]/gu;

// Where a clause opens (the text's start, a line's, a Chinese punctuation mark) or a function
// character stands before a name (据, 与, 被…).
const CLAUSE_OPEN_ZH = /^(?:|[\n。！？!?，,、；;：:「『（(“的在与和了是由向对据被将从为把])$/u;

/**
 * A Chinese organisation's name with five or six characters before its word (国家卫生健康委员会)
 * opens a clause or follows a function character, and starts after the last character that no such name holds, if one is there;
 * elsewhere (Tworek 离职反映大实验室) it is none (undefined).
 */
function chineseOrganisationStart(
  text: string,
  m: RegExpExecArray,
): { index: number; 0: string; 1: string } | undefined {
  const head = m[0].length - (m[1] as string).length;
  let cut = 0;
  if (head > 4) for (const c of m[0].slice(0, head).matchAll(NOT_IN_LONG_ORG_ZH)) cut = c.index + 1;
  // A shorter head starts after a function character too (由大南汽车, 并将协会), and is none if
  // fewer than two characters are left.
  else for (const c of m[0].slice(0, head).matchAll(NOT_IN_SHORT_ORG_ZH)) cut = c.index + 1;
  if (head - cut < 2) return undefined;
  if (head - cut > 4 && !CLAUSE_OPEN_ZH.test(text.slice(Math.max(0, m.index - 1), m.index))) return undefined;
  return { index: m.index + cut, 0: m[0].slice(cut), 1: m[1] as string };
}

// Words that open no body's name before its kind: where it is, how big or what sort it is.
const ZH_GENERIC_ORG_HEAD =
  /^(?:当地|本地|附近|各地|全国|国内|海外|境外|公立|私立|民营|定点|三甲|大型|小型|综合|专科|省级|市级|县级|社区|乡镇|基层|部分|其他|多数|所有|主要|知名|著名|业余|非政府|恐怖|民间|慈善|公益|犯罪|极端|武装|地方|军事|政治|宗教|区域|地区|有关|相关|上级|下级)/u;

// …and words that stand in no body's name at all (送往当地医院).
const ZH_GENERIC_IN_ORG_HEAD = /当地|本地|附近|各地|定点|三甲|公立|私立|民营/u;

// Chinese words after an organisation's name: its founder, chairman or chief executive, or what
// it owns (旗下 "under it"): "京东创始人刘强东", "拼多多旗下的Temu".
const AFTER_ORG_ZH = [
  '旗下',
  '创始人',
  '董事长',
  '首席执行官',
  '股价',
  '市值',
  '财报',
  '营收',
  '净利润',
  '总裁',
  '董事会',
];
const ROLE_AFTER_ORG_ZH = new RegExp(alternation(AFTER_ORG_ZH), 'g');
// …nor a period or a whole before a company's results (第三季度财报, 全球市值).
const DEMONSTRATIVE_OR_GENERIC =
  /^[该这那其本此各全第][\p{Script=Han}]|公司$|集团$|企业$|季度|年度|半年|[年月期]$|^(?:公布|发布|宣布|披露|发表|公告|交出|晒出)/u;

/** A Chinese organisation opening a clause before a word that only follows an organisation. */
function chineseOrgsBeforeRoles({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  const re = new RegExp(
    `(?:(?<![\\p{Script=Han}])|(?<=[的在与和了是由向对据被将从为把]))[\\p{Script=Han}]{2,6}?(?=${alternation(AFTER_ORG_ZH)})`,
    'gu',
  );
  // A match ends where one of the words starts, at most six characters (twelve code units) on.
  for (const m of matchesNear(text, re, ROLE_AFTER_ORG_ZH, 12)) {
    // …nor a count or a particle (多了一家营收…).
    if (ctx.gazetteer.has(m[0]) || DEMONSTRATIVE_OR_GENERIC.test(m[0]) || ZH_NOT_IN_ORG_HEAD.test(m[0]))
      continue;
    out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.55, 'names:cjk-org', 44));
  }
}

// A ministry named by its field of four characters (应急管理部, 自然资源部), or two fields joined by
// 和 (工业和信息化部), where a clause opens and before what a ministry does or who speaks for it;
// not a region (中国西南部), a headquarters or a department of a firm (总部, 财务部: below).
const ZH_FIELD = '[^\\P{Script=Han}的在与和了是由向对据被将从为把]';
const ZH_MINISTRY_ACTS =
  '(?=部长|副部长|新闻发言人|发言人|启动|约谈|通报|印发|发出|派出|部署|召开|公布|发布|表示|宣布|指出|称|要求|批准|联合|会同|日前|近日|正式|的数据|数据显示|官员|官网|网站|负责人|有关负责人|近期|消息)';
const ZH_MINISTRY = new RegExp(
  `(?:(?<![\\p{Script=Han}])|(?<=[的在与了是由向对据被将从为把]))((?:${ZH_FIELD}{2,4}和${ZH_FIELD}{2,4}|${ZH_FIELD}{4,6})部)${ZH_MINISTRY_ACTS}`,
  'gu',
);
// Only a 部 before what a ministry does starts a search.
const ZH_MINISTRY_MARK = new RegExp(`部${ZH_MINISTRY_ACTS}`, 'gu');
// A field that ends in a part or a side (中国西南部, 集团总部), or a firm's department (公司财务部).
// …nor a club, an editorial office, a command or a headquarters of an operation (俱乐部, 编辑部,
// 司令部, 指挥部).
const ZH_NO_MINISTRY = /[东南西北中内外全总本干局支分乐辑令挥]$|公司|集团|企业/u;

/** Ministries that no list has, by their form: a field of four characters and 部. */
// A commission or an administration of two fields joined by 和 where a clause opens (国家发展和改革委员会,
// 国家卫生和计划生育委员会): the whole, above the part after 和 that the organisation word finds.
const ZH_JOINED_BODY = new RegExp(
  `(?:(?<![\\p{Script=Han}])|(?<=[的在与了是由向对据被将从为把]))${ZH_FIELD}{2,4}和${ZH_FIELD}{2,4}(?:委员会|总局|管理局)`,
  'gu',
);

function chineseMinistries({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  if (text.includes('和'))
    for (const m of matchesNear(text, ZH_JOINED_BODY, /委员会|总局|管理局/gu, 9)) {
      const [first, second] = m[0].split('和') as [string, string];
      // Two names joined (中国和欧洲委员会) are no one body.
      if (ZH_NO_MINISTRY.test(second) || ctx.gazetteer.has(m[0]) || ctx.gazetteer.has(first)) continue;
      out.push(matchCandidate(m, 'ORG', `org:${m[0]}`, 0.55, 'names:cjk-org', 57));
    }
  if (!text.includes('部')) return;
  // A match starts at most ten characters before its 部.
  for (const m of matchesNear(text, ZH_MINISTRY, ZH_MINISTRY_MARK, 10)) {
    const name = m[1] as string;
    if (ZH_NO_MINISTRY.test(name.slice(0, -1)) || ctx.gazetteer.has(name)) continue;
    out.push(matchCandidate(m, 'ORG', `org:${name}`, 0.55, 'names:cjk-org', 56));
  }
}

// A kind of device or vehicle, then the name of its model (手机Mate 70, 旗舰手机小米15, 电动车海豹).
const ZH_MODEL = new RegExp(
  '(新款|首款|旗舰|最新款?|新一代)?(?:折叠屏|智能)?(?:手机|电动汽车|电动车|汽车|车型|轿车|平板电脑|平板|笔记本电脑|手表|耳机|芯片|处理器|机型)' +
    // Latin with an optional number (Mate 70, SU7, Galaxy S25 Ultra), Han with a number (小米15),
    // or Han alone, read only after 新款/首款 and before what a model does (海豹开始交付).
    '(?:([A-Za-z][A-Za-z0-9]*(?: ?[A-Za-z]?[0-9]{1,3})?(?: (?:Pro|Max|Ultra|Plus|Mini))?)|' +
    '(\\p{Script=Han}{1,3}[0-9]{1,3}(?: ?(?:Pro|Max|Ultra|Plus))?)|(\\p{Script=Han}{2,3}?))' +
    '(?![0-9A-Za-z.%])',
  'gu',
);
const ZH_MODEL_KIND = /手机|电动汽车|电动车|汽车|车型|轿车|平板|笔记本电脑|手表|耳机|芯片|处理器|机型/gu;
// After a model of Han characters alone: what it does, or the clause's end.
const ZH_MODEL_ACTS = /^(?:开始|正式|将|于|在|上市|发布|亮相|交付|售价|已|的售价|[，,。、；;])/u;
// After a Han model with a number: no unit or measure word (汽车3辆 counts cars).
const ZH_AFTER_NUMBER = /^[万亿千百年月日号辆台部个元款倍岁名人次]/u;

/** Models of devices and vehicles after the word of their kind (手机Mate 70, 旗舰手机小米15). */
function chineseModels({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  // A match starts at most six characters (新一代折叠屏) before the word of its kind.
  for (const m of matchesNear(text, ZH_MODEL, ZH_MODEL_KIND, 6)) {
    const name = (m[2] ?? m[3] ?? m[4]) as string;
    const end = m.index + m[0].length;
    if (m[3] !== undefined && ZH_AFTER_NUMBER.test(text.slice(end, end + 1))) continue;
    if (m[4] !== undefined && (m[1] === undefined || !ZH_MODEL_ACTS.test(text.slice(end, end + 3)))) continue;
    if (m[4] !== undefined && (ZH_JOINED.test(name) || ctx.gazetteer.get(name)?.startsWith('place:')))
      continue;
    const at = { index: end - name.length, 0: name };
    out.push(matchCandidate(at, 'PRODUCT', `product:${name.toLowerCase()}`, 0.55, 'names:cjk-product', 57));
  }
}

// A product named after what launches it and before its version (推出了文心一言的新版本): four to
// eight characters, no function character or pronoun, not a generic thing (管理办法, 操作系统).
const ZH_PRODUCT_VERSION =
  /(?<=(?:推出|发布|上线|更新|升级)了?)[^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各我你他她它新]{4,8}(?=的(?:新|最新|全新|升级|首个)?版本)/gu;
const ZH_GENERIC_THING =
  /(?:办法|规定|政策|标准|指南|软件|系统|应用|平台|程序|产品|手册|条例|法规|计划|方案|服务|游戏|模型)$/u;

function chineseProductVersions({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh' || !text.includes('版本')) return;
  for (const m of text.matchAll(ZH_PRODUCT_VERSION)) {
    if (ZH_GENERIC_THING.test(m[0])) continue;
    out.push(matchCandidate(m, 'PRODUCT', `product:${m[0].toLowerCase()}`, 0.55, 'names:cjk-product', 57));
  }
}

// Words for a town before its name (南部城市加济安泰普, 港口城市敖德萨).
const ZH_TOWN_WORD = /(?:城市|首都|首府|小镇|港口|港城)/gu;

/**
 * A foreign town after the word for a town: a run of transliteration characters, one other
 * character allowed inside it (济 of 加济安泰普), three to eight in all.
 */
function townsAfterTownWords({ ctx, text, out }: CjkScan): void {
  const chars = ctx.locale?.transliterationChars;
  if (ctx.locale?.lang !== 'zh' || !chars) return;
  for (const m of text.matchAll(ZH_TOWN_WORD)) {
    const start = m.index + m[0].length;
    let end = start;
    let other = 0;
    while (end < text.length && end - start < 8) {
      const c = text[end] as string;
      if (chars.includes(c)) end++;
      else if (other === 0 && end > start && chars.includes(text[end + 1] ?? '.')) {
        other++;
        end++;
      } else break;
    }
    if (end - start < 3) continue;
    const name = text.slice(start, end);
    if (isChineseWordLikeName(name) || wordAcrossName(text, start, end)) continue;
    // A name known over the whole run keeps its key (首都阿布扎比); a shorter one inside it gives way
    // (马里 of 马里乌波尔).
    if (out.some((c) => c.start === start && c.end >= end)) continue;
    out.push(matchCandidate({ index: start, 0: name }, 'PLACE', `place:${name}`, 0.5, 'names:cjk-place', 56));
  }
}

// What a club's name adds to its town's (迈阿密国际, 曼彻斯特联, 格拉斯哥流浪者) before 队 "team".
const ZH_CLUB = /(?:国际|联合|联|城|竞技|流浪者)(?=队)/gu;

/**
 * A club named by a town in transliteration and a club word, before 队 (迈阿密国际队): the longest
 * run of three to six characters before the club word that starts after a clause edge, a function
 * character or 随/对/胜/战, all transliteration characters but one (密 of 迈阿密).
 */
function chineseClubs({ ctx, text, out }: CjkScan): void {
  const chars = ctx.locale?.transliterationChars;
  if (ctx.locale?.lang !== 'zh' || !chars || !text.includes('队')) return;
  for (const m of text.matchAll(ZH_CLUB)) {
    for (let start = Math.max(0, m.index - 6); start <= m.index - 3; start++) {
      const before = text[start - 1] ?? '';
      if (before && !WORD_BEFORE.test(before) && !/[随对胜战]/u.test(before)) continue;
      const town = text.slice(start, m.index);
      if (!/^\p{Script=Han}+$/u.test(town) || ZH_JOINED.test(town)) continue;
      if ([...town].filter((c) => !chars.includes(c)).length > 1) continue;
      const name = town + m[0];
      out.push(matchCandidate({ index: start, 0: name }, 'ORG', `org:${name}`, 0.55, 'names:cjk-org', 57));
      break;
    }
  }
}

/** Transliterated names without a dot ("阿尔特曼表示", "CEO 奥尔特曼"): transliteration characters next to a cue. */
function hanTransliterations({ ctx, text, out }: CjkScan, trailing: string[]): void {
  const chars = ctx.locale?.transliterationChars;
  if (!chars || !trailing.length) return;
  const titles = (ctx.locale?.personTitles ?? []).filter((w) => /^[\p{Script=Han}A-Z]+$/u.test(w));
  // The lookahead first: V8 passes over other characters without trying the lookbehind at each.
  const re = new RegExp(`(?=[${chars}])(?<![${chars}])[${chars}]{2,8}`, 'gu');
  const titleBefore = titles.length ? new RegExp(`(?:${alternation(titles)})\\s*$`, 'u') : undefined;
  const cues = wordsByFirst(trailing);
  const beforeCue = (at: number) => titleBefore?.test(text.slice(Math.max(0, at - 8), at)) === true;
  for (let m of text.matchAll(re)) {
    // The last character starts a frequent word with the next (斯洛特 of 斯洛特赛后, 米莱 of 米莱赛前):
    // the name ends before it, and is one only after a title or before a cue.
    const after = m.index + m[0].length;
    const cut =
      m[0].length >= 3 &&
      after < text.length &&
      !CLAUSE_END.has(text.charCodeAt(after)) &&
      isFrequentChineseWord(text.slice(after - 1, after + 1));
    if (cut) m = Object.assign([m[0].slice(0, -1)], { index: m.index }) as unknown as RegExpExecArray;
    const end = m.index + m[0].length;
    // Two characters only after a title and before the clause ends or a verb (德国总理默茨。, 州长纽森到场):
    // shorter runs of these characters are often words. The cheaper test of each pair first.
    const named =
      m[0].length === 2 && !cut
        ? (CLAUSE_END.has(text.charCodeAt(end)) || startsWithOneOf(cues, text, end)) && beforeCue(m.index)
        : startsWithOneOf(cues, text, end) || beforeCue(m.index);
    if (cut && !named) continue;
    if (named) {
      out.push(matchCandidate(m, 'PERSON', `person:${m[0]}`, 0.55, 'names:han-transliteration', 44));
      continue;
    }
    if (m[0].length >= 3 && standsAlone(text, m.index, m[0]))
      out.push(matchCandidate(m, 'NAME', `name:${m[0]}`, 0.45, 'names:han-transliteration', 42));
  }
}
const CLAUSE_END = new Set([...'。，,、；;！!？?'].map((c) => c.charCodeAt(0)));

// What stands before a word that opens a clause or follows a function word (在比亚迪, 收购了沃尔沃).
const WORD_BEFORE = /[\s\p{P}的在与和及同跟了是由向对据被将从为把]/u;

/**
 * A run of three or more transliteration characters with no cue beside it (比亚迪在…, 收购了沃尔沃。) is a
 * foreign name when nothing joins it to the words around: a clause edge or a function character on
 * both sides, and no word of jieba's dictionary that starts like a name (阿拉伯 is a place, yet
 * 安妮塔 stays a name).
 */
function standsAlone(text: string, at: number, run: string): boolean {
  if (at > 0 && !WORD_BEFORE.test(text[at - 1] as string)) return false;
  const end = at + run.length;
  if (
    end < text.length &&
    !/[\s\p{P}]/u.test(text[end] as string) &&
    !AFTER_NAME.some((w) => text.startsWith(w, end))
  )
    return false;
  return !isChineseWordLikeName(run);
}

/**
 * Chinese names ("习近平在北京", "创始人任正非出席", "李强总理"): two or three characters, the first one
 * of the locale's frequent family names, between a boundary (start, punctuation, a title) and a
 * title, a speech or action verb of the locale, or 在.
 */
function chineseNames({ ctx, text, out }: CjkScan, trailing: string[]): void {
  const families = ctx.locale?.familyNames;
  if (!families) return;
  const titles = (ctx.locale?.personTitles ?? []).filter((w) => /^\p{Script=Han}+$/u.test(w));
  // A name joined to another (王楚钦和孙颖莎) or owning something (刘慈欣的小说) has no cue of its
  // own: jieba's words that look like names (文化的, 高度和) are left out below.
  const right = alternation([...trailing, ...titles, '在', '和', '与', '及', '的']);
  // After a meeting verb the name may end the clause: 会见了习近平。
  const left = alternation([...titles, '会见了', '会见', '与', '同', '和', '及', '跟']);
  // The family name is tested first: most positions fail there, before the cues are tried.
  const re = new RegExp(
    `(?=[${families}])(?:(?<![\\p{Script=Han}])|(?<=${left}))[\\p{Script=Han}]{2,3}(?=${right}|[。，,、；;])`,
    'gu',
  );
  // Sliced to the longest cue: the test reads no further, and the rest of the text is not copied.
  const rightAt = new RegExp(`^(?:${right})`, 'u');
  const longestCue = Math.max(1, ...[...trailing, ...titles].map((w) => w.length));
  for (const m of text.matchAll(re)) {
    // Two characters when the third is already the cue's (王毅外长 is not 王毅外 + 长).
    for (const length of [m[0].length, 2]) {
      const name = m[0].slice(0, length);
      if (!families.includes(name.slice(0, 1)) || ctx.gazetteer.has(name) || isChineseWordLikeName(name))
        continue;
      if (
        length !== m[0].length &&
        !rightAt.test(text.slice(m.index + length, m.index + length + longestCue))
      )
        continue;
      out.push(matchCandidate(m, 'PERSON', `person:${name}`, 0.55, 'names:chinese', 44, { length }));
      break;
    }
  }
}

/**
 * A Chinese name of three characters, or two, between a title and a cue (科学家屠呦呦在, 教授施一公获得,
 * 歌手那英和): its family name may be a rarer one, any that starts 30 or more of jieba's personal names.
 */
function chineseNamesAfterTrades({ ctx, text, out }: CjkScan, i: number, right: WordsByFirst): void {
  if (!isChineseFamilyName(text[i] ?? '')) {
    chineseNameOfAnyFamily(ctx, text, i, out);
    return;
  }
  // Three characters, or two (发言人施毅宣布, 歌手那英和) when the third is where the cue starts.
  for (const n of [3, 2]) {
    const name = text.slice(i, i + n);
    if (!/^\p{Script=Han}+$/u.test(name) || name.length !== n || ZH_JOINED.test(name)) continue;
    if (!startsWithOneOf(right, text, i + n)) continue;
    if (ctx.gazetteer.has(name) || isChineseWordLikeName(name) || isChineseWordLikeName(name.slice(0, 2)))
      return;
    out.push(matchCandidate({ index: i, 0: name }, 'PERSON', `person:${name}`, 0.5, 'names:chinese', 44));
    return;
  }
}

// Function characters that open a clause far more often than they are a family name (但, 后, 同, 有).
const ZH_NOT_A_FAMILY =
  /[但后同有是在也都就还又并而及与和或若如因为于以对把被让使将从向据等其此这那该每各某另本全不没无所可能会要已曾才只再更最很太]/u;

const cueIndexes = new WeakMap<object, WordsByFirst[]>();
/** The locale's cues after a name, of `least` characters or more, indexed once per locale. */
function cuesOf(locale: object, trailing: string[], least: number): WordsByFirst {
  let list = cueIndexes.get(locale);
  if (!list) {
    list = [];
    cueIndexes.set(locale, list);
  }
  let index = list[least];
  if (!index) {
    index = wordsByFirst(trailing.filter((w) => w.length >= least));
    list[least] = index;
  }
  return index;
}

const CLAUSE_MARKS = /[\n。！？，；：“”「」,.;:!?]/gu;
let openingsOf: { text: string; at: number[] } | undefined;
/** Where clauses open: the text's start and after each mark (ZH_CLAUSE_MARK); the last text's kept. */
function clauseOpenings(text: string): number[] {
  if (openingsOf?.text !== text) {
    const at = [0];
    for (const m of text.matchAll(CLAUSE_MARKS)) at.push(m.index + 1);
    openingsOf = { text, at };
  }
  return openingsOf.at;
}

/**
 * A Chinese name with a rarer family name and no title before it (屠呦呦获得, 施一公表示): two or
 * three characters where a clause opens, before a verb of the locale of two characters or more; not
 * a word of jieba's that starts like a name, nor a name with a function character in it.
 */
function chineseNamesOpeningClauses({ ctx, text, out }: CjkScan, trailing: string[]): void {
  if (ctx.locale?.lang !== 'zh') return;
  const families = ctx.locale.familyNames ?? '';
  const verbs = cuesOf(ctx.locale, trailing, 2);
  for (const i of clauseOpenings(text)) {
    const c = text[i] as string;
    // The frequent family names are the cue-based rule's (chineseNames).
    if (!isChineseFamilyName(c) || families.includes(c) || ZH_NOT_A_FAMILY.test(c)) continue;
    for (const n of [3, 2]) {
      const name = text.slice(i, i + n);
      if (!/^\p{Script=Han}+$/u.test(name) || name.length !== n || ZH_JOINED.test(name)) continue;
      if (!startsWithOneOf(verbs, text, i + n)) continue;
      if (ctx.gazetteer.has(name) || isChineseWordLikeName(name) || isChineseWordLikeName(name.slice(0, 2)))
        break;
      // A frequent word opening it (管理 of 管理层强调) makes it a word.
      if (wordAcrossName(text, i, i + n) || isFrequentChineseWord(name.slice(0, 2))) break;
      out.push(matchCandidate({ index: i, 0: name }, 'PERSON', `person:${name}`, 0.5, 'names:chinese', 44));
      break;
    }
  }
}

// What follows a name of a family name no list has, read only between a title and these: an
// obituary, a sentence, a speech or an office taken (院长厉以宁因病逝世).
const ZH_STRONG_CUE =
  /^(?:因病|逝世|去世|无期徒刑|有期徒刑|死刑|表示|指出|强调|认为|宣布|透露|出任|接任|当选)/u;

/**
 * Three characters between a title and a strong cue, whatever the family name (院长厉以宁因病逝世):
 * none that a function character, a plural or a frequent word of jieba opens or holds.
 */
function chineseNameOfAnyFamily(ctx: NameContext, text: string, i: number, out: Candidate[]): void {
  const name = text.slice(i, i + 3);
  if (!/^\p{Script=Han}{3}$/u.test(name) || ZH_JOINED.test(name) || ZH_NOT_A_FAMILY.test(name[0] as string))
    return;
  if (!ZH_STRONG_CUE.test(text.slice(i + 3, i + 7)) || /[们等]/u.test(name)) return;
  if (ctx.gazetteer.has(name) || isChineseWordLikeName(name) || isFrequentChineseWord(name.slice(0, 2)))
    return;
  if (isFrequentChineseWord(name.slice(1, 3))) return;
  out.push(matchCandidate({ index: i, 0: name }, 'PERSON', `person:${name}`, 0.45, 'names:chinese', 43));
}

/**
 * The names after a title, an honorific or a meeting word, in one pass: a Chinese name with a rarer
 * family name after a title or an honorific, a Japanese name after a title or a meeting.
 */
function chineseNamesAfterCues(scan: CjkScan, trailing: string[]): void {
  const { ctx, text } = scan;
  if (ctx.locale?.lang !== 'zh' || !trailing.length) return;
  const { cues, titles, honorifics, right } = zhPersonCues(ctx.locale, trailing);
  const japanese = japaneseNamesInChinese(scan, right);
  for (const m of text.matchAll(cues)) {
    const i = m.index + m[0].length;
    const title = titles.has(m[0]);
    if (title || honorifics.has(m[0])) chineseNamesAfterTrades(scan, i, right);
    if (!honorifics.has(m[0]) || title) japanese(i);
  }
}

const zhPersonCueCache = new WeakMap<
  object,
  { cues: RegExp; titles: Set<string>; honorifics: Set<string>; right: WordsByFirst }
>();

/**
 * The Chinese locale's titles, honorifics and meeting words as one global pattern, each kind as a
 * set, and the cues after a name, built once per locale.
 */
function zhPersonCues(
  locale: NonNullable<NameContext['locale']>,
  trailing: string[],
): { cues: RegExp; titles: Set<string>; honorifics: Set<string>; right: WordsByFirst } {
  let cues = zhPersonCueCache.get(locale);
  if (!cues) {
    const han = (w: string) => /^\p{Script=Han}+$/u.test(w);
    const titles = (locale.personTitles ?? []).filter(han);
    const honorifics = (locale.personSuffixes ?? []).filter(han);
    cues = {
      cues: new RegExp(alternation([...titles, ...honorifics, ...ZH_MEETS]), 'gu'),
      titles: new Set(titles),
      honorifics: new Set(honorifics),
      right: wordsByFirst([...trailing, '在', '和', '与']),
    };
    zhPersonCueCache.set(locale, cues);
  }
  return cues;
}

// Before a person in a match or a meeting: 战胜了早田希娜, 会见了石破茂 (not 与 or 和, which join
// any two words).
const ZH_MEETS = ['战胜了', '击败了', '负于', '对阵', '会见了', '会见', '会晤'];
// Whether a family name is read alone, or a whole name as a family and a given name: asked again for
// the same words of a text, and each reading is a search of the packed tables.
const japaneseReadAs = new Map<string, boolean>();
function readAsJapaneseName(word: string, whole: boolean): boolean {
  const key = `${whole ? '+' : '-'}${word}`;
  let read = japaneseReadAs.get(key);
  if (read === undefined) {
    const readings = japaneseNameReadings(word);
    read = whole ? readings.some((r) => /^\S{4,} \S/u.test(r)) : readings.some((r) => !r.includes(' '));
    if (japaneseReadAs.size > 10_000) japaneseReadAs.clear();
    japaneseReadAs.set(key, read);
  }
  return read;
}

/**
 * A Japanese name written in Chinese (早田希娜, 平野美宇): a family name of two kanji that IPAdic
 * or ENAMDICT reads as one, then one or two characters, after a title, a match or a meeting, and
 * before a cue or the clause's end.
 */
function japaneseNamesInChinese({ ctx, text, out }: CjkScan, right: WordsByFirst): (i: number) => void {
  // The names found by where they start, indexed when a name first passes the cheaper tests.
  let byStart: Map<number, Candidate[]> | undefined;
  return (i: number) => {
    const family = text.slice(i, i + 2);
    if (!/^\p{Script=Han}{2}$/u.test(family) || ctx.gazetteer.has(family)) return;
    for (const n of [4, 3]) {
      const name = text.slice(i, i + n);
      const end = i + n;
      // The cheap tests first: the readings load the Japanese tables on their first call.
      if (!/^\p{Script=Han}+$/u.test(name) || name.length !== n || ZH_JOINED.test(name)) continue;
      if (!CLAUSE_END.has(text.charCodeAt(end)) && !startsWithOneOf(right, text, end)) continue;
      if (ctx.gazetteer.has(name)) continue;
      if (!byStart) {
        byStart = new Map();
        for (const c of out) {
          const list = byStart.get(c.start);
          if (list) list.push(c);
          else byStart.set(c.start, [c]);
        }
      }
      // No name found crosses it, but a dictionary's person that is the family name alone (平野).
      let crossed = false;
      for (let k = i - 12; k < end && !crossed; k++)
        crossed =
          byStart
            .get(k)
            ?.some(
              (c) =>
                c.end > i &&
                c.start < end &&
                c.type !== 'NAME' &&
                !(c.type === 'PERSON' && c.start === i && c.end === i + 2),
            ) === true;
      if (crossed) continue;
      // Read as a family name alone (早田: hayata), or the whole as a family and a given name (平野美宇).
      if (!readAsJapaneseName(family, false) && !readAsJapaneseName(name, true)) continue;
      out.push(matchCandidate({ index: i, 0: name }, 'PERSON', `person:${name}`, 0.5, 'names:kanji', 44));
      break;
    }
  };
}

// Characters that end a name written with a dot when they follow it: a verb, title or particle of
// the locale, or a function character (在 at, 与 and, 的 of, 了, 是 is…).
const AFTER_NAME = [
  '在',
  '与',
  '和',
  '的',
  '了',
  '是',
  '将',
  '也',
  '都',
  '于',
  '对',
  '向',
  '被',
  '把',
  '从',
  '等',
];

/**
 * `text.matchAll(re)`, each search started `reach` code units before the next place where `mark`
 * matches (or where the last match ended, if later). For a pattern every match of which has a
 * match of `mark` starting at most `reach` code units after its own start, no match starts further
 * back, so V8 does not try the stretches without a mark. `re` and `mark` are global; both are copied.
 */
export function* matchesNear(
  text: string,
  re: RegExp,
  mark: RegExp,
  reach: number,
): Generator<RegExpExecArray> {
  const search = new RegExp(re);
  const marks = new RegExp(mark);
  let from = 0;
  while (from <= text.length) {
    marks.lastIndex = from;
    const next = marks.exec(text);
    if (!next) return;
    let at = Math.max(from, next.index - reach);
    // At a character's first code unit, as the search of the whole text would be.
    if (
      at > from &&
      /[\uDC00-\uDFFF]/.test(text[at] as string) &&
      /[\uD800-\uDBFF]/.test(text[at - 1] as string)
    )
      at--;
    search.lastIndex = at;
    const m = search.exec(text);
    if (!m) return;
    yield m;
    from = m[0].length > 0 ? search.lastIndex : search.lastIndex + 1;
  }
}

// Every dotted name has its dot within its first five characters (ten code units).
const NAME_DOT = /[·•]/g;

// What a word naming someone's trade or office ends with (建筑师, 作家, 议员, 歌手, 部长, 发言人, 法官,
// 记者; 总理, 总统, 主席, 首相: 总理夏巴兹·谢里夫).
const TRADE_END = /[师家员手长人官者理统席相]/u;

/**
 * Where the part before a name's dot starts, from `text[at + dot]` back: transliteration characters,
 * and a character no list has (保罗, 约瑟夫) when the one before it is a transliteration character too,
 * or a boundary — the text's start, punctuation, a function character, a trade word (建筑师保罗) —
 * so a verb before the name is left out (欢迎马克·吕特). Five characters at most.
 */
function dottedNameStart(text: string, at: number, dot: number, chars: string): number {
  const boundary = (i: number) => {
    const c = text[at + i - 1];
    return c === undefined || WORD_BEFORE.test(c) || TRADE_END.test(c) || !/\p{Script=Han}/u.test(c);
  };
  let a = dot;
  while (a > 0 && dot - a < 5) {
    const c = text[at + a - 1] as string;
    if (WORD_BEFORE.test(c) || !/\p{Script=Han}/u.test(c)) break;
    if (!chars.includes(c) && !chars.includes(text[at + a - 2] ?? '') && !boundary(a - 1)) break;
    a--;
  }
  return a;
}

/** Where the word of a place's kind ends right after `end`, or after a dot and one to three characters; or 0. */
function dottedPlaceEnd(ctx: NameContext, text: string, end: number): number {
  const kind = featureOfPlace(ctx, text, end);
  if (kind > 0) return end + kind;
  if (!/[·•]/u.test(text[end] ?? '')) return 0;
  for (let k = 1; k <= 3; k++) {
    if (!/^\p{Script=Han}$/u.test(text[end + k] ?? '')) return 0;
    const after = featureOfPlace(ctx, text, end + 1 + k);
    if (after > 0) return end + 1 + k + after;
  }
  return 0;
}

/**
 * Foreign names written with a dot ("埃隆·马斯克访问上海", "会见了安东尼·布林肯"): the first part from
 * the transliteration characters before the dot, the last part up to the first cue or function
 * character after it.
 */
function hanDottedNames({ ctx, text, out }: CjkScan, trailing: string[]): void {
  if (ctx.locale?.lang !== 'zh') return;
  const chars = ctx.locale.transliterationChars ?? '';
  // A weekday or a relative day after the name ends it (拜登周二抵达).
  const calendar = calendarWords(ctx.locale.lang);
  const days = [...(calendar?.weekdays.flat() ?? []), ...Object.keys(calendar?.relativeDays ?? {})];
  const stops = [...trailing, ...(ctx.locale.personTitles ?? []), ...AFTER_NAME, ...days].filter((w) =>
    /^\p{Script=Han}+$/u.test(w),
  );
  for (const m of matchesNear(text, HAN_DOTTED_NAME, NAME_DOT, 10)) {
    const dot = m[0].search(/[·•]/u);
    const a = dottedNameStart(text, m.index, dot, chars);
    let b = m[0].length;
    for (let i = dot + 2; i < m[0].length && b === m[0].length; i++)
      if (stops.some((w) => m[0].startsWith(w, i))) b = i;
    // The last part ends before two characters in a row that transliterate nothing (奥巴马 of
    // 奥巴马正式地邀请, 华纳 of 华纳成为): a verb or a noun goes on; one alone may be a name's (普京).
    for (let i = dot + 2; i + 1 < b; i++)
      if (!chars.includes(m[0][i] as string) && !chars.includes(m[0][i + 1] as string)) {
        b = i;
        break;
      }
    const name = m[0].slice(a, b);
    // A person's name before the word of a place's kind, maybe after one more part, names the
    // place (约翰·肯尼迪国际机场, 弗朗西斯·斯科特·基大桥).
    const place = dottedPlaceEnd(ctx, text, m.index + b);
    if (place > 0) {
      const whole = text.slice(m.index + a, place);
      out.push(
        matchCandidate(
          { index: m.index + a, 0: whole },
          'PLACE',
          `place:${whole}`,
          0.6,
          'names:cjk-place',
          57,
        ),
      );
      continue;
    }
    const key = `person:${name.replace(/[·・•]/g, '·')}`;
    // Above a gazetteer name inside it (纽埃 Niue in 埃马纽埃尔·马克龙).
    out.push(
      matchCandidate({ index: m.index + a, 0: name }, 'PERSON', key, 0.65, 'names:han-transliteration', 56),
    );
  }
}

// A spacecraft, ship or satellite named by two characters and its number (嫦娥六号, 神舟十八号, 天宫2号),
// not a date or an ordinal (五月三号, 第三号, 今天三号, 我们三号出发), nor a building or line so
// numbered (三号楼, 二号线). Tried only where a 号 is, at the few places such a name can start.
const ZH_NUMBERED_NAME =
  /(?![今明昨前后上下本每这那我你他她它于定在至到从])\p{Script=Han}(?![月日年第周期届次型们天号])\p{Script=Han}(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})号(?![楼线院门房馆厅站口床桌位车令台码])/uy;
// What follows a spacecraft's or a mission's name and number: the mission, the craft's kind, its flight.
const ZH_CRAFT_AFTER =
  /(?<=号)(?:任务|飞船|探测器|火箭|卫星|空间站|着陆器|返回舱|月球车|火星车|登月|发射|升空)/gu;
// Three to six characters (no function character, pronoun or time word) and a number before 号.
const ZH_LONG_NUMBERED_NAME =
  /[^\P{Script=Han}的在与和及了是由向对据被将从为把今明昨前后上下本每这那我你他她它第年月日周期一二三四五六七八九十]{3,6}(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})号/uy;
const BEFORE_NUMBERED_NAME = /[的在与和及了是由向对据被将从为把布称]/u;
const BRACKETED_ACRONYM = /[（(]([A-Z][A-Z0-9&]{1,7})[）)]/gu;

/** Names with a number (嫦娥六号) and acronyms in brackets after a name (国际货币基金组织（IMF）). */
function chineseNumberedNamesAndAcronyms({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  for (let at = text.indexOf('号'); at >= 0; at = text.indexOf('号', at + 1)) {
    for (let start = Math.max(0, at - 5); start <= at - 3; start++) {
      const before = text[start - 1] ?? '';
      if (/\p{Script=Han}/u.test(before) && !BEFORE_NUMBERED_NAME.test(before)) continue;
      ZH_NUMBERED_NAME.lastIndex = start;
      const m = ZH_NUMBERED_NAME.exec(text);
      if (m?.index !== start || start + m[0].length !== at + 1) continue;
      out.push(matchCandidate(m, 'PRODUCT', `product:${m[0]}`, 0.55, 'names:cjk-product', 58));
      break;
    }
  }
  // A longer name, a foreign one among them (阿尔忒弥斯二号), where a mission or a craft's kind follows.
  for (const m of text.matchAll(ZH_CRAFT_AFTER)) {
    const at = m.index - 1;
    for (let start = Math.max(0, at - 8); start <= at - 5; start++) {
      const before = text[start - 1] ?? '';
      if (/\p{Script=Han}/u.test(before) && !BEFORE_NUMBERED_NAME.test(before)) continue;
      ZH_LONG_NUMBERED_NAME.lastIndex = start;
      const n = ZH_LONG_NUMBERED_NAME.exec(text);
      if (n?.index !== start || start + n[0].length !== at + 1) continue;
      out.push(matchCandidate(n, 'PRODUCT', `product:${n[0]}`, 0.55, 'names:cjk-product', 58));
      break;
    }
  }
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1] as string;
    if (!/\p{Script=Han}/u.test(text[m.index - 1] ?? '') || TERM_ACRONYMS.has(acronym)) continue;
    // The name it abbreviates ends where the bracket opens: an organisation found there, or a place.
    const named = out.find((c) => c.end === m.index && c.type !== 'NAME');
    const type = named?.type ?? 'ORG';
    const at = { index: m.index + 1, 0: acronym };
    out.push(
      matchCandidate(at, type, `${type.toLowerCase()}:${acronym.toLowerCase()}`, 0.6, 'names:acronym', 44),
    );
  }
}

// An acronym of three to six capitals written against Chinese (NBA总决赛, FBI正在调查): a body, but
// the terms of the global list and those Chinese news writes in Latin letters (CPI, MVP, ICU).
const ZH_ACRONYM = /(?<![A-Za-z0-9&.-])[A-Z]{3,6}(?![A-Za-z0-9&.-])/gu;
const ZH_TERM_ACRONYMS = new Set(
  'CPI PPI PMI LED OLED LCD APP MVP VIP MBA ICU PCR CBD VAR SSD RAM ROM KTV DIY ATM MRI SCI EMS LNG PPT CEO GMP'.split(
    ' ',
  ),
);

/** Acronyms of three to six capitals against Han text, as bodies. */
function chineseAcronyms({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh' || !/[A-Z]{3}/u.test(text)) return;
  for (const m of text.matchAll(ZH_ACRONYM)) {
    const end = m.index + m[0].length;
    if (!HAN_CHAR.test(text[m.index - 1] ?? '') && !HAN_CHAR.test(text[end] ?? '')) continue;
    if (TERM_ACRONYMS.has(m[0]) || ZH_TERM_ACRONYMS.has(m[0])) continue;
    out.push(
      matchCandidate(
        m,
        'ORG',
        ctx.gazetteer.get(m[0]) ?? `org:${m[0].toLowerCase()}`,
        0.45,
        'names:acronym',
        42,
      ),
    );
  }
}

// A title between book-title marks (《哪吒之魔童闹海》, 《人民日报》): no mark or bracket inside.
const ZH_TITLE_MARKS = /《([^《》\n，,。！!？?；;、（）()]{1,24})》/gu;
// A newspaper or a magazine by the end of its title (人民日报, 纽约时报, 新闻周刊).
const ZH_PERIODICAL = /(?:报|周刊|月刊|杂志|画报)$/u;
// A work by the word of its kind or by who made it before its title (电影《…》, 新书《…》, 开发的《…》) or by what is done with it
// after (《…》票房, 《…》上映); a law, a plan or a report has neither (《民法典》, 《政府工作报告》).
const ZH_WORK_KIND =
  /(?:电影|影片|新片|动画片|动画|电视剧|剧集|网剧|纪录片|综艺|节目|小说|新书|著作|作品|诗集|专辑|歌曲|单曲|新歌|游戏|手游|话剧|歌剧|舞剧|音乐剧|漫画|绘本|系列|(?:开发|执导|主演|创作|演唱|出品|制作|编剧|研发)的)$/u;
const ZH_WORK_DONE =
  /^(?:票房|上映|首映|热映|公映|播出|开播|定档|发行|出版|中译本|一书|一片|一剧|剧组|主演|导演|作者)/u;

/** Works and periodicals by their book-title marks and the words around them. */
function chineseTitledWorks({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh' || !text.includes('《')) return;
  for (const m of text.matchAll(ZH_TITLE_MARKS)) {
    const title = m[1] as string;
    const at = { index: m.index + 1, 0: title };
    const end = m.index + m[0].length;
    if (ZH_PERIODICAL.test(title) && title.length >= 3) {
      out.push(
        matchCandidate(at, 'ORG', ctx.gazetteer.get(title) ?? `org:${title}`, 0.6, 'names:cjk-org', 58),
      );
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (!ZH_WORK_KIND.test(before) && !ZH_WORK_DONE.test(text.slice(end, end + 3))) continue;
    out.push(matchCandidate(at, 'PRODUCT', `product:${title.toLowerCase()}`, 0.6, 'names:cjk-product', 58));
  }
}

// What a body's part is called after the body's name (中国科学院青藏高原研究所, 复旦大学附属华山医院).
const ZH_SUBUNIT =
  /^(附属)?([^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各等]{1,6}?)(医院|研究所|研究院|研究中心|学院|实验室|中学|小学|分院|分校|分局)/u;
// A model in Latin letters: a word with a capital, then a number or a capital of its own (Mate 80,
// Model Y, H100, iPhone 17 Pro), before Han text or punctuation.
const ZH_LATIN_MODEL =
  /^[a-z]?[A-Z][A-Za-z]*(?:[0-9]{1,4}[A-Za-z]?|(?: [0-9]{1,4}[A-Za-z]?| [A-Z]))(?: (?:Pro|Max|Ultra|Plus|Mini))?(?=[^A-Za-z0-9.]|$)/u;
// A body's short form: a character of its field and 协 or 委, then a title, a verb or the clause's end.
const ZH_SHORT_BODY =
  /^[^\P{Script=Han}的在与和及了是由向对据被将从为把市省县区州全各该这那其本此][协委](?=原|前|主席|副主席|秘书长|官员|表示|宣布|发布|通报|回应|称|[，。、；,.;:!?])/u;
// A country's team of a sport by its short name (中国女排, 中国男足).
const ZH_NATIONAL_TEAM = /^(?:男篮|女篮|男足|女足|女排|男排|国足)/u;
// Directions that open a region's name before a place (西太平洋, 北达尔富尔, 南苏丹, 中美洲).
const ZH_DIRECTION = /[东西南北中]/u;
// Where a region's direction may stand: after no Han character, a function character or a verb of motion.
const ZH_BEFORE_REGION = /[^\p{Script=Han}]|[的在与和及了是由向对据被将从为把入进往到至经过越穿抵赴自]/u;
// A warship named by its place (山东舰, 辽宁舰; not 舰队, 舰长, 舰艇, 舰载机).
const ZH_SHIP_AFTER = /^舰(?![队长艇载船只员上])/u;
// What a club does in a match, or its team word: after its name (上海海港主场战胜…, …队).
const ZH_CLUB_AFTER = /^(?:主场|客场|战胜|击败|逼平|负于|不敌|迎战|对阵|队(?![员长伍]))/u;
// A team of a kind, no club's name (阿根廷国家队, 上海女子队, 美国探险队, 中国救援队).
const ZH_TEAM_KIND =
  /^(?:国家|青年|女子|男子|少年|联合|代表|国奥|探险|考察|科考|救援|搜救|医疗|维和|工作|调查|消防|足球|篮球|排球)$/u;
const ZH_CLUB_BEFORE = /(?:战胜|击败|逼平|负于|不敌|迎战|对阵|主场|客场)$/u;
// A town, a township, a village or a subdistrict: two or three characters and its word, none that
// counts, points or joins (全镇, 该村, 各乡), nor a word made with it after (镇长, 村民, 乡村).
const ZH_TOWN =
  /^[^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各全每一两几多个城乡镇村辖]{2,3}(?:镇|乡|村|街道)(?![长民委里内干政党部级村镇])/u;
// A country's party: one to five characters and 党 after its name (德国选择党, 英国工党), not a count or
// a kind of party (美国两党, 日本执政党) nor a word of the party's own (党员, 党内, 党委).
const ZH_PARTY =
  /^([^\P{Script=Han}的在与和及了是由向对据被将从为把该这那其本此各全两多一党]{1,5}?)党(?![员内外委政建史派性籍章组支部代])/u;
// …nor words before a party that a locative or an election word is among (英国大选中工党).
const ZH_NOT_A_PARTY = /^(?:执政|反对|在野|少数|多数|主要|第[一二三]|政)|[中时后前里内上下间]|选举|大选/u;
// Kinds of weapon (above) and of venue after a foreign name (温布利球场, 扎波罗热核电站), searched in
// one pass.
const ZH_KIND_AFTER_NAME =
  /火箭炮|导弹|防空系统|战斗机|战机|轰炸机|坦克|装甲车|直升机|无人机|榴弹炮|潜艇|运输机|预警机|球场|体育场|体育馆|竞技场|大教堂|核电站|机场/gu;
// A house number after a street (唐宁街10号).
const ZH_HOUSE_NUMBER = /^[0-9０-９]{1,4}号(?![楼线院房])/u;
// Kinds of weapon after the name of a system (海马斯火箭炮, 爱国者导弹).
const ZH_WEAPON_KIND =
  /^(?:火箭炮|导弹|防空系统|战斗机|战机|轰炸机|坦克|装甲车|直升机|无人机|榴弹炮|潜艇|运输机|预警机)/u;

/**
 * Names made of a name found and what follows or precedes it: a body and its part, a direction and
 * a place, a place and a warship, a place and a club's two characters in a match; and a foreign
 * system's name before the kind of weapon it is.
 */
function chineseCompoundNames({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  const found = out.length;
  for (let k = 0; k < found; k++) {
    const c = out[k] as Candidate;
    // A company's model in Latin letters right after its name (华为Mate 80, 特斯拉Model Y, 英伟达H100).
    if (c.type === 'ORG') {
      const model = ZH_LATIN_MODEL.exec(text.slice(c.end, c.end + 24));
      if (
        model &&
        !TERM_ACRONYMS.has(model[0]) &&
        !ZH_TERM_ACRONYMS.has(model[0]) &&
        /\p{Script=Han}/u.test(text[c.end - 1] ?? '')
      ) {
        const at = { index: c.end, 0: model[0] };
        out.push(
          matchCandidate(at, 'PRODUCT', `product:${model[0].toLowerCase()}`, 0.55, 'names:cjk-product', 58),
        );
      }
    }
    if (c.type === 'ORG' && /\p{Script=Han}$/u.test(text[c.end - 1] ?? '')) {
      const part = ZH_SUBUNIT.exec(text.slice(c.end, c.end + 12));
      if (part && !ctx.gazetteer.has(part[2] as string)) {
        const name = text.slice(c.start, c.end + part[0].length);
        out.push(matchCandidate({ index: c.start, 0: name }, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 58));
      }
      continue;
    }
    if (c.type !== 'PLACE' || c.end - c.start < 2) continue;
    const before = text[c.start - 2];
    if (
      ZH_DIRECTION.test(text[c.start - 1] ?? '') &&
      (before === undefined || ZH_BEFORE_REGION.test(before)) &&
      !ctx.gazetteer.has(text.slice(c.start - 1, c.end + 1))
    ) {
      // …and its administrative word (北达尔富尔州).
      const end = /^[州省](?![\p{Script=Han}])|^州(?=首府)/u.test(text.slice(c.end, c.end + 3))
        ? c.end + 1
        : c.end;
      const name = text.slice(c.start - 1, end);
      out.push(
        matchCandidate({ index: c.start - 1, 0: name }, 'PLACE', `place:${name}`, 0.6, 'names:cjk-place', 57),
      );
    }
    // A town, a township or a village after its county or city (泸定县磨西镇, 朝阳区望京街道).
    const town = /[县市区旗]$/u.test(text[c.end - 1] ?? '')
      ? ZH_TOWN.exec(text.slice(c.end, c.end + 6))
      : null;
    if (town && !ctx.gazetteer.has(town[0])) {
      out.push(
        matchCandidate(
          { index: c.end, 0: town[0] },
          'PLACE',
          `place:${town[0]}`,
          0.55,
          'names:cjk-place',
          57,
        ),
      );
    }
    // A body's short form of two characters after its country (中国足协, 中国科协; not 北京市委).
    const short = ZH_SHORT_BODY.exec(text.slice(c.end, c.end + 5));
    if (short) {
      const name = text.slice(c.start, c.end + 2);
      out.push(matchCandidate({ index: c.start, 0: name }, 'ORG', `org:${name}`, 0.55, 'names:cjk-org', 58));
    }
    const team = ZH_NATIONAL_TEAM.exec(text.slice(c.end, c.end + 2));
    if (team) {
      const name = text.slice(c.start, c.end + 2);
      out.push(matchCandidate({ index: c.start, 0: name }, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 58));
    }
    const party = ZH_PARTY.exec(text.slice(c.end, c.end + 7));
    if (party && !ZH_NOT_A_PARTY.test(party[1] as string) && !ctx.gazetteer.has(party[1] as string)) {
      const name = text.slice(c.start, c.end + party[0].length);
      out.push(matchCandidate({ index: c.start, 0: name }, 'ORG', `org:${name}`, 0.6, 'names:cjk-org', 58));
    }
    const house = /[街路道]$/u.test(text[c.end - 1] ?? '')
      ? ZH_HOUSE_NUMBER.exec(text.slice(c.end, c.end + 6))
      : null;
    if (house) {
      const name = text.slice(c.start, c.end + house[0].length);
      out.push(
        matchCandidate({ index: c.start, 0: name }, 'PLACE', `place:${name}`, 0.6, 'names:cjk-place', 57),
      );
    }
    if (ZH_SHIP_AFTER.test(text.slice(c.end, c.end + 2))) {
      const name = text.slice(c.start, c.end + 1);
      out.push(
        matchCandidate(
          { index: c.start, 0: name },
          'PRODUCT',
          `product:${name}`,
          0.6,
          'names:cjk-product',
          58,
        ),
      );
    }
    const club = text.slice(c.end, c.end + 2);
    if (
      /^\p{Script=Han}{2}$/u.test(club) &&
      !ZH_JOINED.test(club) &&
      !ZH_TEAM_KIND.test(club) &&
      (ZH_CLUB_AFTER.test(text.slice(c.end + 2, c.end + 4)) ||
        (ZH_CLUB_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) &&
          ZH_CLAUSE_MARK.test(text[c.end + 2] ?? '。') &&
          !isChineseWordLikeName(club)))
    ) {
      const name = text.slice(c.start, c.end + 2);
      out.push(matchCandidate({ index: c.start, 0: name }, 'ORG', `org:${name}`, 0.55, 'names:cjk-org', 58));
    }
  }
  const chars = ctx.locale.transliterationChars ?? '';
  if (!chars) return;
  for (const kind of text.matchAll(ZH_KIND_AFTER_NAME)) {
    const at = kind.index;
    const venue = !ZH_WEAPON_KIND.test(kind[0]);
    let a = at;
    while (a > 0 && at - a < 6 && chars.includes(text[a - 1] as string)) a--;
    // Two characters only after a clause's edge or a function character (提供的海马斯); three anywhere.
    if (at - a >= 3 || (at - a === 2 && (a === 0 || WORD_BEFORE.test(text[a - 1] as string)))) {
      // A venue is named with its kind (温布利球场); a nuclear plant by its town (扎波罗热核电站).
      const plant = venue && kind[0] === '核电站';
      const name = text.slice(a, venue && !plant ? at + kind[0].length : at);
      const type = venue ? 'PLACE' : 'PRODUCT';
      out.push(
        matchCandidate(
          { index: a, 0: name },
          type,
          `${type.toLowerCase()}:${name}`,
          0.55,
          `names:cjk-${type.toLowerCase()}`,
          58,
        ),
      );
    }
  }
}

// What follows a family name written alone for a person named in full before (柯离开法院时, 柯表示):
// an adverb of a subject or one of the locale's verbs.
const ZH_BARE_AFTER = /^(?:也|则|还|并|曾|已|又|亦|随即|随后|当天|当时|今天|昨天|今日|昨日|坦言|直言|对此)/u;
// Where a clause opens or ends: a line's end or a punctuation mark, full-width or not (the text
// analysed may have its full-width commas folded to ASCII ones).
const ZH_CLAUSE_MARK = /[\n。！？，；：“”「」,.;:!?]/u;

/**
 * A person named in full (柯文哲, three characters), then by the family name alone where a clause opens
 * before a verb or an adverb of a subject (，柯离开法院时…), as the press of Taiwan and Hong Kong writes;
 * keyed as the full name.
 */
function chineseBareFamilyNames({ ctx, text, out }: CjkScan, trailing: string[]): void {
  if (ctx.locale?.lang !== 'zh') return;
  const people = out.filter(
    (c) =>
      c.type === 'PERSON' && c.end - c.start === 3 && /^\p{Script=Han}{3}$/u.test(text.slice(c.start, c.end)),
  );
  if (!people.length) return;
  const cues = cuesOf(ctx.locale, trailing, 1);
  const seen = new Set<string>();
  for (const p of people) {
    const family = text[p.start] as string;
    if (seen.has(family)) continue;
    seen.add(family);
    // Another person of that family name makes the short form ambiguous.
    if (
      people.some(
        (q) => text[q.start] === family && text.slice(q.start, q.end) !== text.slice(p.start, p.end),
      )
    )
      continue;
    const full = text.slice(p.start, p.end);
    if (p.start > 0 && text.lastIndexOf(family, p.start - 1) >= 0) continue;
    for (let at = text.indexOf(family, p.end); at >= 0; at = text.indexOf(family, at + 1)) {
      if (text.startsWith(full, at)) continue;
      // The family name written before it for anything but that person (王沪宁和王小洪，王…): ambiguous.
      if (!ZH_CLAUSE_MARK.test(text[at - 1] ?? '')) break;
      if (!startsWithOneOf(cues, text, at + 1) && !ZH_BARE_AFTER.test(text.slice(at + 1, at + 3))) continue;
      out.push(matchCandidate({ index: at, 0: family }, 'PERSON', p.key, 0.5, 'names:chinese', 58));
    }
  }
}

/**
 * A company named by two characters no list has and its trade (恒瑞医药宣布, 中远海运运营), where a
 * clause opens and the company acts right after the trade word: not a frequent word of jieba's
 * (电动汽车开始), a name of the gazetteer (those are companyOfPlace's) nor a generic word (国内医药).
 */
function chineseTradeFirms({ ctx, text, out }: CjkScan): void {
  const trades = ctx.locale?.companyTrades;
  if (ctx.locale?.lang !== 'zh' || !trades) return;
  for (const i of clauseOpenings(text)) {
    const brand = text.slice(i, i + 2);
    if (
      !/^\p{Script=Han}{2}$/u.test(brand) ||
      ZH_NO_COMPANY.test(brand) ||
      ZH_NOT_A_FAMILY.test(brand[0] as string)
    )
      continue;
    if (isFrequentChineseWord(brand) || ctx.gazetteer.has(brand) || ZH_GENERIC_ORG_HEAD.test(brand)) continue;
    // …nor a count (数个铁路公司, 两家航空公司).
    if (ZH_NOT_IN_ORG_HEAD.test(brand) || /[数几]/u.test(brand)) continue;
    let n = i + 2;
    for (let k = 0; k < 2; k++) {
      const trade = trades.find((t) => text.startsWith(t, n));
      if (!trade) break;
      n += trade.length;
    }
    if (n === i + 2) continue;
    n += (ZH_GROUP_TAIL.exec(text.slice(n, n + 8)) ?? [''])[0].length;
    if (!ZH_COMPANY_ACTS.test(text.slice(n, n + 4))) continue;
    const name = text.slice(i, n);
    out.push(matchCandidate({ index: i, 0: name }, 'ORG', `org:${name}`, 0.55, 'names:cjk-org', 56));
  }
}

// Deals that two companies sign or make together (中国石油与沙特阿美签署…, 宁德时代与福特达成…).
const ZH_DEAL = /^(?:签署|签订|达成|合作|共同|联合|组建|成立合资|宣布合作|结成)/u;
// What a company does at a place (蜜雪冰城在越南开设…, 长城汽车在巴西建厂).
const ZH_COMPANY_AT = /^(?:开设|设立|建设|建厂|投资|扩建|成立|开业|落户|上市|推出|发布|收购|裁员)/u;
// Words that stand where a company would and name none (双方, 政府, 该公司).
const ZH_NO_COMPANY =
  /^(?:[该这那其本此各我你他她它]|双方|对方|政府|当局|方面|各方|部门|企业|机构|公司|集团|官方|我们|他们)|[的在与和了是由向对据被将从为把及]/u;

/**
 * Companies no list has, by what they do: the other party of a deal with a company found
 * (中国石油与沙特阿美签署), or a name that opens a clause and acts at a place found (蜜雪冰城在越南开设).
 * Two to six Han characters, no function character, pronoun or generic word.
 */
function chineseActingCompanies({ ctx, text, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'zh') return;
  if (!text.includes('与') && !text.includes('在')) return;
  // The names found, by the place they start: each test below reads the few near it.
  let index: Map<number, Candidate[]> | undefined;
  const byStart = () => {
    if (!index) {
      index = new Map();
      for (const c of out) {
        const list = index.get(c.start);
        if (list) list.push(c);
        else index.set(c.start, [c]);
      }
    }
    return index;
  };
  const named = (start: number, end: number, type: string) =>
    byStart()
      .get(start)
      ?.some((c) => c.end === end && c.type === type) === true;
  // No name found crosses the span (one starts inside it, or one of at most twelve code units
  // starting before it reaches into it).
  const crossed = (start: number, end: number) => {
    for (let k = start - 12; k < end; k++)
      if (
        byStart()
          .get(k)
          ?.some((c) => c.end > start && c.start < end && c.type !== 'NAME')
      )
        return true;
    return false;
  };
  // The cheap tests first: the index of the names found is built when one passes them.
  const plain = (start: number, end: number) => {
    const w = text.slice(start, end);
    return /^\p{Script=Han}{2,6}$/u.test(w) && !ZH_NO_COMPANY.test(w) && !ctx.gazetteer.has(w);
  };
  const unknown = (start: number, end: number) => plain(start, end) && !crossed(start, end);
  const push = (start: number, end: number) => {
    const at = { index: start, 0: text.slice(start, end) };
    out.push(matchCandidate(at, 'ORG', `org:${at[0]}`, 0.5, 'names:cjk-company', 44));
  };
  for (let i = text.indexOf('与'); i >= 0; i = text.indexOf('与', i + 1)) {
    // The party before 与 opens a clause; the one after it ends at the deal's verb.
    let a = i;
    while (a > 0 && i - a < 6 && /\p{Script=Han}/u.test(text[a - 1] as string)) a--;
    const clauseOpen = a === 0 || WORD_BEFORE.test(text[a - 1] as string);
    let b = i + 1;
    while (b < text.length && b - i <= 6 && !ZH_DEAL.test(text.slice(b, b + 4))) b++;
    if (b - i > 6 || b >= text.length || !clauseOpen) continue;
    const before = named(a, i, 'ORG');
    const after = named(i + 1, b, 'ORG');
    if (before && !after && unknown(i + 1, b)) push(i + 1, b);
    else if (after && !before && unknown(a, i)) push(a, i);
  }
  for (let i = text.indexOf('在'); i >= 0; i = text.indexOf('在', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 6 && /\p{Script=Han}/u.test(text[a - 1] as string)) a--;
    if (a > 0 && !/[\s\p{P}]/u.test(text[a - 1] as string)) continue;
    if (!plain(a, i)) continue;
    const place = byStart()
      .get(i + 1)
      ?.find((c) => c.type === 'PLACE');
    if (!place || !ZH_COMPANY_AT.test(text.slice(place.end, place.end + 4))) continue;
    if (unknown(a, i) && !chineseName(text.slice(a, i))) push(a, i);
  }
}

// Words that make a place of the kanji before them (能登半島, 羽田空港, 尖閣諸島, 東京ドーム), and
// natural features (below). A kanji after ドーム starts another word (東京ドーム公演).
const JA_PLACE_FEATURE =
  /(?<![\p{Script=Han}々])[\p{Script=Han}々]{1,4}(?:(?:空港|半島|諸島|列島|海峡|[島山川湖岳])(?![\p{Script=Han}々])|ドーム)/gu;
const JA_VENUE =
  /(?<![\p{Script=Han}々])([\p{Script=Han}々]{2,3})(スタジアム|アリーナ|球場|競技場|海|湾|(?:第[一二三四五六七八九])?原発|原子力発電所|神宮|神社|大社|美術館|博物館)(?![\p{Script=Han}々])/gu;
// An island, a mountain, a river or a lake is one when IPAdic has the whole as a place: an island of
// two or three kanji (種子島), the others of three (富士山, 琵琶湖; not 火山, 本山).
const NATURAL_FEATURE = /(?<![半諸列])[島山川湖岳]$/u;

/** Japanese places named by their kind: an airport, a peninsula, islands, a strait, a stadium. */
function japanesePlaceFeatures({ ctx, text, suffixes, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ja') return;
  // A stadium, an arena or a ballpark, a sea or a bay, a nuclear plant named by its place (埼玉スタジアム,
  // 横浜アリーナ, 日本海, 東京湾, 福島第一原発; not 新スタジアム, 近海, 各原発); a shrine by its name
  // or a museum by its name (伊勢神宮, 靖国神社, 大英博物館; not 地元神社, 県立美術館).
  for (const m of text.matchAll(JA_VENUE)) {
    const head = m[1] as string;
    if (ctx.gazetteer.has(m[0]) || isJapaneseCommonKanjiWord(head)) continue;
    const shrine = /^(?:神宮|神社|大社|美術館|博物館)$/u.test(m[2] as string);
    const place =
      shrine ||
      ctx.gazetteer.get(head)?.startsWith('place:') ||
      isJapaneseBarePlace(head) ||
      isJapanesePlaceStem(head);
    if (place) out.push(matchCandidate(m, 'PLACE', `place:${m[0]}`, 0.6, 'names:cjk-place', 56));
  }
  for (const m of text.matchAll(JA_PLACE_FEATURE)) {
    if (ctx.gazetteer.has(m[0])) continue;
    // A family name so written is a person's before a title (長谷川氏, 石川さん).
    const end = m.index + m[0].length;
    const person = japaneseFamilyNames().has(m[0]) || suffixes.some((s) => text.startsWith(s, end));
    const feature = (m[0].length === 3 || m[0].endsWith('島')) && !person;
    // …or when IPAdic has the two kanji before its word as a place and no common word (佐渡島, 球磨川).
    const head = m[0].slice(0, -1);
    const namedByPlace =
      !person && head.length === 2 && isJapanesePlaceStem(head) && !isJapaneseCommonKanjiWord(head);
    if (NATURAL_FEATURE.test(m[0]) && !(feature && isJapanesePlaceStem(m[0])) && !namedByPlace) continue;
    // Above the gazetteer's place inside it (能登 in 能登半島).
    out.push(matchCandidate(m, 'PLACE', `place:${m[0]}`, 0.6, 'names:cjk-place', 56));
  }
}

// Given names written in hiragana (はるか, なおみ) after a family name in kanji, before a title.
const HIRAGANA_GIVEN = '[ぁ-ゖ]{2,4}';
// Particles after a word that is no family name ("東京では", "首相には"): not a given name.
const PARTICLE_START = /^(?:では|には|とは|への|での|から|まで|より|など|にも|でも|とも)/u;

/** "綾瀬はるかさん", "大坂なおみ選手": a family name the reading table knows, a given name in hiragana. */
function hiraganaGivenNames({ ctx, text, suffixes, out }: CjkScan): void {
  if (ctx.locale?.lang !== 'ja') return;
  const cues = suffixes.filter((x) => /^[\p{Script=Han}ぁ-ゖ]+$/u.test(x));
  if (!cues.length) return;
  const re = new RegExp(
    `(?<![\\p{Script=Han}々])([\\p{Script=Han}々]{1,3})(${HIRAGANA_GIVEN})(?=${alternation(cues)})`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const family = m[1] as string;
    // An adjective in -しい is no given name (新しい会長, 厳しい監督).
    if (PARTICLE_START.test(m[2] as string) || (m[2] as string).endsWith('しい') || ctx.gazetteer.has(family))
      continue;
    if (!japaneseNameReadings(family).length) continue;
    out.push(matchCandidate(m, 'PERSON', `person:${m[0]}`, 0.55, 'names:kanji', 45));
  }
}

/** Names written in Han, kana or Hangul: gazetteer entries, then cue-based names, one step each. */
export function cjkNameCandidates(ctx: NameContext): Candidate[] {
  const { locale } = ctx;
  if (!/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(ctx.text)) return [];
  // Chinese in traditional characters is read with the simplified lists and words; offsets are
  // the same in both, so every candidate's span is the original text's.
  const text = locale?.lang === 'zh' ? foldTraditional(ctx.text) : ctx.text;
  const suffixes = [...(locale?.personSuffixes ?? [])];
  const scan: CjkScan = { ctx: text === ctx.text ? ctx : { ...ctx, text }, text, suffixes, out: [] };
  const trailing = [...(locale?.personVerbs ?? []), ...suffixes].filter((w) => /^\p{Script=Han}+$/u.test(w));
  gazetteerNames(scan);
  if (locale?.lang === 'ja') {
    japaneseMunicipalities(ctx, text, scan.out);
    japaneseAcronymPlaces(text, scan.out);
  }
  chinesePlaces(scan);
  chineseDictionaryNames(scan);
  katakanaNames(scan);
  kanjiNames(scan);
  hangulNames(scan);
  koreanSubjects(scan);
  koreanNamesAfterTitles(scan);
  koreanNamesBeforeOrgTitles(scan);
  mixedKoreanNames(scan);
  koreanUnmarkedNames(ctx, scan.out);
  cjkOrganisations(scan);
  japanesePlaceFeatures(scan);
  hiraganaGivenNames(scan);
  lexiconHanOrganisations(scan);
  chineseOrgsBeforeRoles(scan);
  chineseMinistries(scan);
  chineseModels(scan);
  chineseProductVersions(scan);
  townsAfterTownWords(scan);
  chineseClubs(scan);
  hanTransliterations(scan, trailing);
  chineseNames(scan, trailing);
  chineseNamesAfterCues(scan, trailing);
  chineseNamesOpeningClauses(scan, trailing);
  hanDottedNames(scan, trailing);
  chineseNumberedNamesAndAcronyms(scan);
  chineseActingCompanies(scan);
  chineseTradeFirms(scan);
  sitesAfterPlaces(scan);
  portsByTown(scan);
  companiesOfCompanies(scan);
  nationalVenues(scan);
  stormNames(scan);
  juniorAndSenior(scan);
  chineseTitledWorks(scan);
  chineseAcronyms(scan);
  chineseCompoundNames(scan);
  chineseBareFamilyNames(scan, trailing);
  if (locale?.lang === 'ja') {
    japaneseBracketedAcronyms(text, scan.out);
    japaneseBareNames(ctx, text, scan.out);
    japaneseBarePlaces(ctx, text, scan.out);
    japaneseKanjiCompanies(ctx, text, scan.out);
    japaneseLongBodies(ctx, text, scan.out);
    japaneseKindNames(ctx, text, scan.out);
    japaneseNamesBeforeAge(ctx, text, scan.out);
    japaneseBracketedShortNames(text, scan.out);
    japaneseFamilyShortForms(ctx, text, suffixes, scan.out);
  }
  return scan.out;
}
