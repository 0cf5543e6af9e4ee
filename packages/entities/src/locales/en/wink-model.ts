import { generatedBytes, generatedData } from '../../data';

/**
 * wink-eng-lite-web-model, loaded for the three annotations read here (sentences, POS tags, entities)
 * at a fraction of the cost of its own loader, which a cold English analysis would pay in full
 * (~150 ms):
 * - its 3 MB core JSON is not parsed: scripts/generate-wink-model.mjs splits it at build time into
 *   the lexicon's 32-bit words as bytes (no base64 to decode), the vocabulary as one NUL-separated
 *   string, the vocabulary's ids sorted by word, and the 50 KB rest (src/generated/wink, read with
 *   data.ts);
 * - the package's loader then copies the parsed model through JSON.stringify and JSON.parse again
 *   (it guards a shared `require` cache this loader never touches);
 * - the 87 593-word lexeme index is a binary search over the sorted ids, behind the object interface
 *   wink's cache reads and writes (`hash[word]`, `hash[word] = id`), instead of a dictionary of
 *   87 593 keys built at every start;
 * - the sentiment and negation models (400 kB of JSON, never run without 'sentiment' and 'negation'
 *   in the pipe) are empty automata, and the lemmatiser is required on its first call.
 * Everything else is the package's own code. The layout read here is wink-eng-lite-web-model 1.8's
 * (`dist/read-core-model.js`, `dist/load-core-model.js`): the versions are pinned, and a test compares
 * tokens, ids, tags, entities and stems with the package's loader.
 */
export function englishModel(
  part: ModelPart,
  /** Where the modules required on their first call come from (the package, even when `part` is a bundle). */
  later: ModelPart = part,
): Record<string, unknown> {
  const model: Record<string, unknown> = Object.create(null);
  model.core = coreModel;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = unusedModel;
  model.sa = unusedModel;
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons: Record<string, unknown> = Object.create(null);
  addons.stem = part('porter-stemmer.js');
  // Lemmas and readability are never read here: their modules (220 kB of WordNet exception tables)
  // are required on the first call, not with the model.
  addons.lemmatize = (...args: unknown[]) => (later('lemmatize.js') as Addon)(...args);
  addons.readabilityStats = (...args: unknown[]) => (later('readability-stats.js') as Addon)(...args);
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

/** A module of wink-eng-lite-web-model's `dist` folder by file name (`load-pos-model.js`). */
export type ModelPart = (file: string) => unknown;
type Addon = (...args: unknown[]) => unknown;

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** What the package's `readModel` + `loadModel` return, built from the build-time split (generate-wink-model.mjs). */
function coreModel(): CoreModel {
  const { model, wide } = generatedData<{ model: CoreModel; wide: [id: number, word: string][] }>(
    'wink/core',
  );
  const { packing, features, pos } = model;
  model.lexicon = words(generatedBytes('wink/lexicon.bin'));
  model.xpansions = words(generatedBytes('wink/xpansions.bin'));
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name] as Feature;
    if (layout[3] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  // Latin-1 bytes, the words beyond it listed apart (generate-wink-model.mjs): a one-byte string splits faster.
  const lexemes = generatedBytes('wink/lexemes.txt').toString('latin1').split('\0');
  for (const [id, word] of wide) lexemes[id] = word;
  features.lexeme.list = lexemes;
  features.lexeme.hash = sortedIndexOf(lexemes, words(generatedBytes('wink/lexeme-order.bin')));
  features.lexeme.intrinsicSize = lexemes.length;
  features.lexeme.index = lexemes.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  return model;
}

/** Little-endian 32-bit words, as the package's `bufferFromBase64` reads its base64 strings. */
function words(bytes: Buffer): Uint32Array {
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The lexeme index behind the object interface wink's cache reads (`hash[word]`) and writes
 * (`hash[word] = id`, for a word out of the vocabulary): a binary search over the vocabulary's ids in
 * word order (UTF-16 code units, as the build sorted them), then the words added since.
 */
function sortedIndexOf(list: string[], order: Uint32Array): Record<string, number> {
  const added = new Map<string, number>();
  const find = (word: string): number | undefined => {
    const later = added.get(word);
    if (later !== undefined) return later;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = order[mid] as number;
      const at = list[id] as string;
      if (at === word) return id;
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return new Proxy(Object.create(null), {
    get: (_, word) => (typeof word === 'string' ? find(word) : undefined),
    set: (_, word, id) => {
      if (typeof word !== 'string') return false;
      added.set(word, id);
      return true;
    },
    has: (_, word) => typeof word === 'string' && find(word) !== undefined,
  });
}

/** An automaton with no states (wink's `emptyModelJSON`): what the unused models are given. */
const EMPTY_AUTOMATON = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unusedModel = () => ({ machines: [EMPTY_AUTOMATON], setter: () => undefined });
