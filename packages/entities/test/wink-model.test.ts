import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishModel } from '../src/locales/en/wink-model';
import { TRICKY_SENTENCES } from './fixtures/english-gold';

const require = createRequire(import.meta.url);

interface Doc {
  tokens(): { out(f?: unknown): unknown[] };
  entities(): { out(f?: unknown): unknown[] };
  sentences(): { out(): unknown[] };
}
interface Nlp {
  readDoc(text: string): Doc;
  its: Record<string, unknown>;
}
const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Nlp;
const modelDist = dirname(require.resolve('wink-eng-lite-web-model'));
const fromPackage = (file: string): unknown => require(join(modelDist, file));
const pipe = ['sbd', 'pos', 'ner'];

/** Everything the English locale reads from wink, and more: ids, values, tags, stems, entities, sentences. */
function reading(nlp: Nlp, text: string) {
  const doc = nlp.readDoc(text);
  const { its } = nlp;
  return {
    ids: doc.tokens().out(its.uniqueId),
    values: doc.tokens().out(its.value),
    normal: doc.tokens().out(its.normal),
    pos: doc.tokens().out(its.pos),
    stems: doc.tokens().out(its.stem),
    lemmas: doc.tokens().out(its.lemma),
    shapes: doc.tokens().out(its.shape),
    entities: doc.entities().out(its.detail),
    spans: doc.entities().out(its.span),
    sentences: doc.sentences().out(),
  };
}

const seeds = new URL('../../../seeds/', import.meta.url);
const englishSeed = readdirSync(seeds).find((f) => f.startsWith('003_')) as string;
const texts = [
  readFileSync(new URL(englishSeed, seeds), 'utf8'),
  readFileSync(new URL('./fixtures/articles/en.txt', import.meta.url), 'utf8'),
  ...TRICKY_SENTENCES.map((s) => s.text),
  // Words out of the vocabulary, in order: each gets the next id past it in both.
  'Qzxjvkwq Tworek met Nadella; Sutskever declined. Tokenizers, Reading and Brown.',
  'Monday after the launch, at 5 pm on 3 March 2026, for two weeks.',
];

describe("the English model without the package's deep copy (wink-model.ts)", () => {
  it('reads every text exactly as the package loader does: ids, tags, stems, entities, sentences', () => {
    const ours = winkNLP(englishModel(fromPackage), pipe);
    const theirs = winkNLP(require('wink-eng-lite-web-model'), pipe);
    // The same order in both, so out-of-vocabulary words get the same ids.
    for (const text of texts) expect(reading(ours, text)).toEqual(reading(theirs, text));
  });

  it('is the layout of the pinned wink versions (the loader reads their internal files)', () => {
    const versions = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    const pinned = require('../package.json').dependencies as Record<string, string>;
    expect(pinned['wink-nlp']).toBe(versions('wink-nlp'));
    expect(pinned['wink-eng-lite-web-model']).toBe(versions('wink-eng-lite-web-model'));
  });
});
