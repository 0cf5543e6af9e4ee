// Synthetic AnalyzedDocuments for measuring the comparison at scale, built directly (not through the text
// pipeline) and deterministically from a seed. A corpus mixes many stories (sizes log-uniform from 1 to
// 100 documents, about 21 on average), in five languages with their own made-up vocabularies; each
// document names its story's people, organisations and places, states some of its dates and figures,
// uses its topical words, and names one or two entities common to the whole corpus ("United States").
// A share of documents are planted near duplicates: a copy of an earlier document in the same story and
// language with a few words replaced (a re-run wire story).
//
//   import { syntheticCorpus } from './synthetic.mjs';
//   const { docs, planted } = syntheticCorpus(2000, { seed: 1, nearDuplicateShare: 0.05 });

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = {
  en: ['th', 'st', 'an', 'er', 'on', 'in', 'ow', 'ea', 'r', 'l', 'b', 'k'],
  de: ['sch', 'ei', 'ung', 'en', 'ch', 'au', 'ber', 'st', 'ig', 'z', 'w', 'f'],
  fr: ['ou', 'ai', 'eau', 'ion', 'qu', 'es', 'ent', 'ré', 'l', 'm', 'p', 'v'],
  it: ['zio', 'gli', 'ett', 'cc', 'ia', 'one', 'ar', 'ell', 'o', 'a', 'n', 't'],
  es: ['ción', 'ue', 'll', 'ña', 'os', 'ad', 'ero', 'ia', 'r', 'd', 'g', 's'],
};
const NAME_SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'an',
  'de',
  'ro',
  'vi',
  'sa',
  'tor',
  'el',
  'bru',
  'no',
  'ha',
  'li',
];

function word(rand, syllables, min, max) {
  const k = min + Math.floor(rand() * (max - min + 1));
  let w = '';
  for (let i = 0; i < k; i++) w += syllables[Math.floor(rand() * syllables.length)];
  return w;
}
const capital = (w) => w[0].toUpperCase() + w.slice(1);

/** A Zipf-like pick from 0..n-1 (small indices much more often). */
const zipf = (rand, n) => Math.min(n - 1, Math.floor(n ** rand() - 1));

function vocabulary(rand, syllables, size) {
  const seen = new Set();
  while (seen.size < size) seen.add(word(rand, syllables, 1, 4));
  return [...seen];
}

function isoDate(rand) {
  const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 6 * 365) * 86400000);
  return d.toISOString().slice(0, 10);
}

/**
 * The corpus at once.
 * @param {number} n documents
 * @param {{ seed?: number, nearDuplicateShare?: number, maxStory?: number, words?: number }} [options]
 * @returns {{ docs: object[], planted: [string, string][], storyOf: Int32Array }}
 */
export function syntheticCorpus(n, options = {}) {
  const info = { planted: [], storyOf: new Int32Array(0) };
  const docs = [...syntheticDocuments(n, options, info)];
  return { docs, planted: info.planted, storyOf: info.storyOf };
}

/**
 * The corpus one document at a time (memory stays small). `info.planted` receives the planted
 * near-duplicate pairs [original, copy] and `info.storyOf` each document's story (by position).
 */
export function* syntheticDocuments(n, options = {}, info = { planted: [], storyOf: new Int32Array(0) }) {
  const rand = prng(options.seed ?? 1);
  const share = options.nearDuplicateShare ?? 0.05;
  const words = options.words ?? 80;
  const langs = Object.keys(LANGS);
  const vocab = Object.fromEntries(langs.map((l) => [l, vocabulary(rand, LANGS[l], 4000)]));
  const common = Array.from({ length: 40 }, (_, i) => ({
    type: 'PLACE',
    name: `${capital(word(rand, NAME_SYLLABLES, 2, 3))}${i}`,
  }));
  // Story sizes log-uniform from 1 to `maxStory` (mean ≈ 21 for 100), documents shuffled across stories.
  const maxStory = options.maxStory ?? 100;
  const assignment = new Int32Array(n);
  for (let k = 0, s = 0; k < n; s++) {
    const size = Math.floor(maxStory ** rand());
    for (let i = 0; i < size && k < n; i++) assignment[k++] = s;
  }
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [assignment[k], assignment[j]] = [assignment[j], assignment[k]];
  }
  const stories = [];
  const story = (s) => {
    // Built lazily: only stories that receive documents cost anything.
    if (!stories[s]) {
      const r = prng((options.seed ?? 1) * 7919 + s * 104729);
      const entity = (type) => ({
        type,
        name: `${capital(word(r, NAME_SYLLABLES, 2, 3))} ${capital(word(r, NAME_SYLLABLES, 2, 3))}${s}`,
      });
      stories[s] = {
        entities: [
          'PERSON',
          'PERSON',
          'PERSON',
          'PERSON',
          'ORG',
          'ORG',
          'ORG',
          'PLACE',
          'PLACE',
          'PLACE',
        ].map(entity),
        dates: [isoDate(r), isoDate(r), isoDate(r)],
        numbers: [1 + Math.floor(r() * 500), 1 + Math.floor(r() * 5000), 1 + Math.floor(r() * 50)],
        topic: Object.fromEntries(
          langs.map((l) => [l, Array.from({ length: 25 }, () => vocab[l][zipf(r, 4000)])]),
        ),
        docs: [],
      };
    }
    return stories[s];
  };

  info.storyOf = assignment;
  const planted = info.planted;
  for (let k = 0; k < n; k++) {
    const name = `d${String(k).padStart(7, '0')}`;
    const s = assignment[k];
    const st = story(s);
    let pieces;
    let lang;
    const original =
      st.docs.length > 0 && rand() < share ? st.docs[Math.floor(rand() * st.docs.length)] : undefined;
    if (original) {
      lang = original.lang;
      // A near duplicate: the same pieces with about 3% of the plain words replaced.
      pieces = original.pieces.map((p) =>
        p.kind === 'word' && rand() < 0.03 ? { kind: 'word', text: vocab[lang][zipf(rand, 4000)] } : p,
      );
      planted.push([original.name, name]);
    } else {
      lang = langs[Math.floor(rand() * langs.length)];
      pieces = [];
      const named = [...st.entities.filter(() => rand() < 0.6), common[zipf(rand, common.length)]];
      if (rand() < 0.5) named.push(common[zipf(rand, common.length)]);
      for (let w = 0; w < words; w++) {
        const x = rand();
        if (x < 0.03) {
          if (rand() < 0.5) {
            pieces.push({ kind: 'date', text: st.dates[Math.floor(rand() * st.dates.length)] });
          } else {
            pieces.push({ kind: 'number', text: String(st.numbers[Math.floor(rand() * st.numbers.length)]) });
          }
        } else if (x < 0.35) {
          pieces.push({ kind: 'word', text: st.topic[lang][Math.floor(rand() * 25)] });
        } else {
          pieces.push({ kind: 'word', text: vocab[lang][zipf(rand, 4000)] });
        }
        if (rand() < 0.08) pieces.push({ kind: 'stop', text: '.' });
      }
      pieces.push({ kind: 'stop', text: '.' });
      // Each entity it names, once or twice, at a random place.
      for (const e of named) {
        for (let t = rand() < 0.5 ? 1 : 2; t > 0; t--) {
          pieces.splice(Math.floor(rand() * (pieces.length - 1)), 0, {
            kind: 'entity',
            entity: e,
            text: e.name,
          });
        }
      }
    }
    // A few documents per story are kept to be copied.
    if (st.docs.length < 4) st.docs.push({ name, lang, pieces });
    yield toAnalyzed(name, lang, pieces);
  }
}

/** A mention as a recogniser would give it, certain; `value` only for dates and numbers. */
const mention = (type, span, text, key, value) => ({
  type,
  span,
  text,
  key,
  ...(value ? { value } : {}),
  confidence: 1,
  recognizer: 'synthetic',
});

/** An AnalyzedDocument for a list of pieces: the text, its tokens, sentences and mentions. */
function toAnalyzed(name, lang, pieces) {
  let text = '';
  const tokens = [];
  const sentences = [];
  const mentions = [];
  let sentenceStart = 0;
  for (const p of pieces) {
    if (p.kind === 'stop') {
      text += '.';
      tokens.push({ span: { start: text.length - 1, end: text.length }, kind: 'punct', script: 'Zyyy' });
      sentences.push({ start: sentenceStart, end: text.length });
      text += ' ';
      sentenceStart = text.length;
      continue;
    }
    if (text.length > sentenceStart) text += ' ';
    const start = text.length;
    text += p.text;
    const span = { start, end: text.length };
    if (p.kind === 'entity') {
      let at = start;
      for (const part of p.text.split(' ')) {
        tokens.push({ span: { start: at, end: at + part.length }, kind: 'word', script: 'Latn' });
        at += part.length + 1;
      }
      const prefix = p.entity.type.toLowerCase();
      mentions.push(mention(p.entity.type, span, p.text, `${prefix}:${p.text.toLowerCase()}`));
    } else if (p.kind === 'date') {
      tokens.push({ span, kind: 'number', script: 'Zyyy' });
      mentions.push(
        mention('DATE', span, p.text, `date:${p.text}`, { kind: 'date', iso: p.text, granularity: 'day' }),
      );
    } else if (p.kind === 'number') {
      tokens.push({ span, kind: 'number', script: 'Zyyy' });
      mentions.push(
        mention('NUMBER', span, p.text, `number:${p.text}`, { kind: 'quantity', amount: Number(p.text) }),
      );
    } else {
      tokens.push({ span, kind: 'word', script: 'Latn' });
    }
  }
  text = text.trimEnd();
  return { ...analyzedShell({ name, lang, text, sentences, tokens, mentions }), referenceDate: '2026-01-05' };
}

/**
 * An AnalyzedDocument around a text, its sentences, tokens and mentions, with no facts: what compare and
 * the index read, without running the pipeline (also used by the tests to hand-build documents).
 */
export function analyzedShell({ name, lang, text, sentences, tokens, mentions, segmenter = 'synthetic' }) {
  return {
    document: {
      id: name,
      source: {
        name,
        bytes: text.length,
        encoding: { name: 'utf-8', confidence: 1 },
        format: 'text',
        sha256: '',
      },
      lang,
      langConfidence: 1,
      text,
      blocks: [],
      links: [],
      removed: [],
      warnings: [],
    },
    segmentation: { lang, segmenter, sentences, tokens },
    mentions,
    facts: [],
  };
}
