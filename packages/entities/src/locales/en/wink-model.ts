import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * wink-eng-lite-web-model, loaded for the three annotations read here (sentences, POS tags, entities)
 * at about half the cost of its own loader, which a cold English analysis pays in full (~150 ms):
 * - the package's loader parses its 3 MB core JSON, then copies it through JSON.stringify and
 *   JSON.parse again (it guards a shared `require` cache this loader never touches: it reads the
 *   file itself, so the parsed object is its own);
 * - the lexicon's base64 is decoded by Buffer, not byte by byte through `atob`;
 * - the 87 593-word lexeme index is a Map behind the object interface wink's cache reads and writes
 *   (`hash[word]`, `hash[word] = id`): a Map of that size builds in half the time of a dictionary
 *   object;
 * - the sentiment and negation models (400 kB of JSON, never run without 'sentiment' and 'negation'
 *   in the pipe) are empty automata, and the lemmatiser is required on its first call.
 * Everything else is the package's own code. The layout read here is wink-eng-lite-web-model 1.8's
 * (`dist/read-core-model.js`, `dist/load-core-model.js`): the versions are pinned, and a test compares
 * tokens, ids, tags, entities and stems with the package's loader.
 */
export function englishModel(require: NodeJS.Require): Record<string, unknown> {
  const dist = dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (file: string) => require(join(dist, file));
  const model: Record<string, unknown> = Object.create(null);
  model.core = () => coreModel(join(dist, 'languages/cur/models/eng-core-web-model.json'));
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
  addons.lemmatize = (...args: unknown[]) => part('lemmatize.js')(...args);
  addons.readabilityStats = (...args: unknown[]) => part('readability-stats.js')(...args);
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

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

/** What the package's `readModel` + `loadModel` return, built without the deep copy. */
function coreModel(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
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
  features.lexeme.hash = mapIndexOf(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  return model;
}

/** A base64 string of little-endian 32-bit words, as the package's `bufferFromBase64` reads it. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/** The lexeme index as a Map that answers wink's `hash[word]` reads and `hash[word] = id` writes. */
function mapIndexOf(list: string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < list.length; k++) index.set(list[k] as string, k);
  return new Proxy(Object.create(null), {
    get: (_, word) => (typeof word === 'string' ? index.get(word) : undefined),
    set: (_, word, id) => {
      if (typeof word !== 'string') return false;
      index.set(word, id);
      return true;
    },
    has: (_, word) => typeof word === 'string' && index.has(word),
  });
}

/** An automaton with no states (wink's `emptyModelJSON`): what the unused models are given. */
const EMPTY_AUTOMATON = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const unusedModel = () => ({ machines: [EMPTY_AUTOMATON], setter: () => undefined });
