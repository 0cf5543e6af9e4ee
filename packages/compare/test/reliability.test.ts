// Properties of the whole per-document and comparison pipeline (issue #9): determinism and input-order
// independence of compare, every renderJson output valid against the published schema, nothing lost by
// analyzeMany on batches mixing good and bad inputs, only documented typed errors, linear fact extraction.
// Budgets derive from the global fast-check configuration (scripts/fuzz-setup.mjs): `pnpm fuzz` runs 10×.
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import schema from '../schema.json' with { type: 'json' };
import { extractFacts } from '../src/facts/extract';
import { findAll, wrap } from '../src/facts/patterns';
import { roundingTolerance } from '../src/facts/values';
import {
  type AnalyzedDocument,
  type AnalyzeManyInput,
  type AnalyzeManyResult,
  analyze,
  analyzeMany,
  BUILT_IN_LOCALES,
  CompareError,
  type Comparison,
  compare,
  compareTexts,
  renderJson,
} from '../src/index';

const budget = (divisor: number, min = 5) =>
  Math.max(min, Math.floor((fc.readConfigureGlobal().numRuns ?? 100) / divisor));
const fuzzFactor = Number(process.env.CORPUS_FUZZ ?? 1);

/** Real sentence fragments about two invented stories, in six languages, with dates, numbers and names. */
const FRAGMENTS: Record<string, string[]> = {
  en: [
    'Lina Park joined Acme in 2019.',
    'Lina Park left Acme on 5 January 2026 after seven years.',
    'Acme announced on 5 January 2026 that it will acquire Brightloop for $2.5 billion.',
    'The magnitude 6.8 earthquake struck near Sendai, according to the USGS.',
    'At least 31 people died and 120 were injured.',
    'CEO Sam Altman posted on X.',
  ],
  de: [
    'Lina Park kam 2017 zu Acme.',
    'Acme übernimmt Brightloop für 2,5 Milliarden Dollar.',
    'Das Beben der Stärke 7,1 ereignete sich laut EMSC vor der Küste.',
    'Lina Park verlässt Acme nach fast sieben Jahren.',
  ],
  it: [
    'Lina Park è entrata in Acme nel 2019.',
    "L'annuncio è arrivato il 6 gennaio, attraverso un messaggio pubblicato su X.",
    'Secondo l’USGS, la scossa di magnitudo 6,8 ha causato 29 morti.',
  ],
  ja: [
    'リナ・パーク氏は2019年にアクメに入社した。',
    'アクメは、ブライトループを25億ドルで買収すると2026年1月に発表した。',
    '約7年間の在籍を経て退職することが明らかになりました。',
  ],
  zh: [
    '1 月 7 日，Lina Park 宣布离职。',
    'Acme 以 25 亿美元收购 Brightloop。',
    '据报道，地震造成 31 人死亡。',
  ],
  fr: [
    'Lina Park a rejoint Acme en 2019.',
    "Selon l'USGS, le séisme de magnitude 6,8 a fait 30 morts.",
    'Acme a annoncé le 5 janvier 2026 le rachat de Brightloop.',
  ],
};
const LANGS = Object.keys(FRAGMENTS);

const docArb = fc
  .constantFrom(...LANGS)
  .chain((lang) =>
    fc
      .array(fc.constantFrom(...FRAGMENTS[lang]!), { minLength: 1, maxLength: 3 })
      .map((parts) => ({ lang, text: parts.join(lang === 'ja' || lang === 'zh' ? '' : ' ') })),
  );
const corpusArb = fc
  .array(docArb, { minLength: 1, maxLength: 4 })
  .map((docs) => docs.map((d, i) => ({ name: `doc${i}-${d.lang}.txt`, ...d })));

// analyze is deterministic (tested below through compare): one analysis per distinct input keeps the
// properties fast.
const analysed = new Map<string, AnalyzedDocument>();
function analyzeCached(input: { name: string; lang: string; text: string }): AnalyzedDocument {
  const key = JSON.stringify(input);
  let a = analysed.get(key);
  if (!a) {
    a = analyze(input);
    analysed.set(key, a);
  }
  return a;
}

const byJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const sortedKeys = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );

/**
 * The comparison with its order-carrying parts put in a canonical order: these follow the input order
 * (README, "Guarantees and limits"), everything else must not depend on it.
 */
function canonical(c: Comparison): unknown {
  const group = (g: Comparison['agreements'][number]) => ({
    ...g,
    values: g.values
      .map((v) => ({ ...v, sources: [...v.sources].sort(), evidence: [...v.evidence].sort(byJson) }))
      .sort(byJson),
  });
  const names = c.similarity.documents;
  const pairs: [string, string, number][] = [];
  names.forEach((a, i) => {
    names.forEach((b, j) => {
      if (a < b) pairs.push([a, b, c.similarity.matrix[i]![j]!]);
    });
  });
  return {
    ...c,
    documents: [...c.documents].sort(byJson),
    entities: c.entities
      .map((e) => ({
        ...e,
        documents: [...(e.documents ?? [])].sort(),
        mentions: [...(e.mentions ?? [])].sort(byJson),
      }))
      .sort(byJson),
    coverage: Object.fromEntries(
      Object.keys(c.coverage)
        .sort()
        .map((k) => [k, sortedKeys(c.coverage[k]!)]),
    ),
    facts: [...c.facts].sort(byJson),
    agreements: c.agreements.map(group).sort(byJson),
    conflicts: c.conflicts.map(group).sort(byJson),
    unique: Object.fromEntries(
      Object.keys(c.unique)
        .sort()
        .map((k) => [
          k,
          { entities: [...c.unique[k]!.entities].sort(), facts: [...c.unique[k]!.facts].sort(byJson) },
        ]),
    ),
    similarity: pairs.sort(byJson),
    // Sparse pairs index into similarity.documents: compared as name pairs, like the matrix.
    similarityPairs: (c.similarity.pairs ?? [])
      .map(([i, j, score]) => [...[names[i]!, names[j]!].sort(), score])
      .sort(byJson),
    nearDuplicates: (c.nearDuplicates ?? []).map((cluster) => [...cluster].sort()).sort(byJson),
    stories: (c.stories ?? [])
      .map((s) => ({ documents: [...s.documents].sort(), entities: [...s.entities].sort() }))
      .sort(byJson),
    timeline: c.timeline.map((t) => ({ ...t, facts: [...t.facts].sort(byJson) })),
    warnings: [...c.warnings].sort(byJson),
  };
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('compare: determinism, input order, schema', () => {
  it('gives the same JSON twice, the same comparison for any input order, and JSON that validates', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((docs) =>
          fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length })),
        ),
        ([docs, shuffled]) => {
          const first = compare(docs.map(analyzeCached));
          const again = compare(docs.map(analyzeCached));
          expect(renderJson(again)).toBe(renderJson(first));
          const reordered = compare(shuffled.map(analyzeCached));
          expect(canonical(reordered)).toEqual(canonical(first));
          // Order-carrying fields do follow the input order.
          expect(reordered.documents.map((d) => d.name)).toEqual(shuffled.map((d) => d.name));
          for (const c of [first, reordered]) {
            const ok = validate(JSON.parse(renderJson(c)));
            expect(validate.errors ?? []).toEqual([]);
            expect(ok).toBe(true);
          }
        },
      ),
      { numRuns: budget(10) },
    );
  });
});

const GOOD = LANGS.flatMap((lang) => FRAGMENTS[lang]!.slice(0, 2).map((text) => ({ lang, text })));
type Kind = 'good' | 'empty' | 'non-string' | 'primitive' | 'binary' | 'ingest-error' | 'bad-lang';
const kindArb = fc.constantFrom<Kind>(
  'good',
  'good',
  'good',
  'empty',
  'non-string',
  'primitive',
  'binary',
  'ingest-error',
  'bad-lang',
);

function makeInput(kind: Kind, i: number, pick: number): unknown {
  const name = `in${i}.txt`;
  switch (kind) {
    case 'good':
      return { name, ...GOOD[pick % GOOD.length]! };
    case 'empty':
      return { name, text: pick % 2 ? '' : ' \n\t ' };
    case 'non-string':
      return { name, text: pick % 2 ? 42 : { html: '<p>x</p>' } };
    case 'primitive':
      return [null, undefined, 7, 'just a string', true][pick % 5];
    case 'binary':
      return { name, text: '\u0000\u0001\u0002PK\u0003\u0004\ufffd\ufffd\u0007'.repeat(1 + (pick % 20)) };
    case 'ingest-error':
      return { kind: 'error', name, path: `/x/${name}`, code: 'E_BINARY', message: `${name} is binary.` };
    case 'bad-lang':
      return { name, text: 'Lina Park joined Acme in 2019.', lang: pick % 2 ? 'not a tag!' : 'x' };
  }
}

/** Codes an analyzeMany error record may carry (README, analyzeMany). */
const RECORD_CODES = [
  'E_INVALID_INPUT',
  'E_ANALYZE_FAILED',
  'E_WORKER_EXITED',
  'E_EMPTY',
  'E_INVALID_OPTION',
  'E_INVALID_LANGUAGE',
  'E_BINARY',
];

function expectNothingLost(inputs: unknown[], results: AnalyzeManyResult[]): void {
  expect(results).toHaveLength(inputs.length);
  results.forEach((r, i) => {
    const input = inputs[i] as { name?: unknown } | null;
    const name =
      typeof input === 'object' && input !== null && typeof input.name === 'string' ? input.name : `#${i}`;
    if (r.kind === 'error') {
      expect(r).toMatchObject({ kind: 'error', index: i, name });
      expect(RECORD_CODES).toContain(r.code);
      expect(r.message.length).toBeGreaterThan(0);
    } else {
      expect(r.document.source.name).toBe(name);
    }
  });
}

async function collect(results: AsyncIterable<AnalyzeManyResult>): Promise<AnalyzeManyResult[]> {
  const out: AnalyzeManyResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('analyzeMany: nothing lost', () => {
  it('on random batches mixing good and bad inputs: one result per input, in order, errors naming their input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(kindArb, fc.nat(1000)), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (spec, streamed) => {
          const inputs = spec.map(([kind, pick], i) => makeInput(kind, i, pick));
          async function* stream() {
            yield* inputs;
          }
          const source = streamed ? stream() : inputs;
          const results = await collect(
            analyzeMany(source as Iterable<AnalyzeManyInput>, { concurrency: 1 }),
          );
          expectNothingLost(inputs, results);
          spec.forEach(([kind], i) => {
            if (kind === 'good') expect(results[i]!.kind).toBe('analyzed');
            else if (kind !== 'binary') expect(results[i]).toMatchObject({ kind: 'error' });
          });
        },
      ),
      { numRuns: budget(4) },
    );
  });

  it('in worker threads too, with a huge input and inputs a worker cannot receive', async () => {
    const kinds: Kind[] = ['good', 'empty', 'non-string', 'primitive', 'binary', 'ingest-error', 'bad-lang'];
    const inputs: unknown[] = [];
    for (let i = 0; i < 28; i++) inputs.push(makeInput(kinds[i % kinds.length]!, i, i));
    inputs.push({ name: 'huge.txt', lang: 'en', text: 'Lina Park joined Acme in 2019. '.repeat(1_500) });
    inputs.push({ name: 'function.txt', text: 'Acme.', lang: 'en', extra: () => 1 });
    const results = await collect(analyzeMany(inputs as AnalyzeManyInput[], { concurrency: 2 }));
    expectNothingLost(inputs, results);
    expect(results.at(-2)).toMatchObject({ document: { source: { name: 'huge.txt' } } });
    // Not copyable to a worker (a function): analysed in this thread, as analyze() would.
    expect(results.at(-1)).toMatchObject({ document: { source: { name: 'function.txt' } } });
    // Same results as in this thread.
    const here = await collect(analyzeMany(inputs as AnalyzeManyInput[], { concurrency: 1 }));
    expect(results.map((r) => (r.kind === 'error' ? r.code : r.facts))).toEqual(
      here.map((r) => (r.kind === 'error' ? r.code : r.facts)),
    );
  });

  it(`streams ${500 * fuzzFactor} one-word documents: one result each, in order`, async () => {
    const n = 500 * fuzzFactor;
    const words = ['Acme', 'Berlin', '東京', '2019', 'magnitude', 'hello', '地震', 'Roma', 'x', '7'];
    async function* oneWord() {
      for (let i = 0; i < n; i++) yield { name: `w${i}`, text: words[i % words.length]! };
    }
    let count = 0;
    for await (const r of analyzeMany(oneWord(), { concurrency: 1 })) {
      expect(r.kind === 'error' ? r.name : r.document.source.name).toBe(`w${count}`);
      count++;
    }
    expect(count).toBe(n);
  });
});

describe('errors', () => {
  const DOCUMENTED = new Set(['E_INVALID_INPUT', 'E_DUPLICATE_NAME', 'E_INVALID_REFERENCE_DATE']);
  // Typed errors of @corpus/ingest and segment that analyze lets through (README, Errors).
  const PASSED_THROUGH = new Set(['E_EMPTY', 'E_INVALID_OPTION', 'E_INVALID_LANGUAGE']);
  const expectDocumented = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (CompareError.isInstance(error)) {
        expect(DOCUMENTED).toContain(error.code);
        return;
      }
      const e = error as { code?: unknown; [key: symbol]: unknown };
      expect(e?.[Symbol.for('corpus.error')], String(error)).toBe(true);
      expect(PASSED_THROUGH).toContain(e.code);
    }
  };

  it('analyze, compare and compareTexts throw only documented typed errors, on anything', () => {
    const inputArb = fc.oneof(
      fc.anything(),
      fc.record(
        { name: fc.string(), text: fc.string(), lang: fc.string({ maxLength: 12 }), published: fc.string() },
        { requiredKeys: ['name', 'text'] },
      ),
    );
    const optionsArb = fc.oneof(
      fc.constant(undefined),
      fc.record({ referenceDate: fc.oneof(fc.string(), fc.integer(), fc.date({ noInvalidDate: false })) }),
    );
    fc.assert(
      fc.property(inputArb, optionsArb, fc.array(inputArb, { maxLength: 3 }), (input, options, many) => {
        expectDocumented(() => analyze(input as never, options as never));
        expectDocumented(() => compareTexts(many as never, options as never));
        expectDocumented(() => compare(many as never));
      }),
      { numRuns: budget(2) },
    );
  });
});

describe('linear time', () => {
  it('extracts facts in time linear in the number of sentences and blocks (n vs 4n, best of 3)', () => {
    const unit =
      'Lina Park joined Acme in 2019.\n\n' +
      'This is the note I have shared with my team today: — Lina Park (@linapark) January 5, 2026\n\n' +
      'She left on 6 January. The company announced it on X.\n\n';
    // One analysed unit, repeated k times with shifted spans: the input of k units costs no analysis.
    const one = analyze({ name: 'lin.txt', lang: 'en', text: unit });
    const piece = `${one.document.text}\n\n`;
    const shift = <T extends { start: number; end: number }>(s: T, by: number): T => ({
      ...s,
      start: s.start + by,
      end: s.end + by,
    });
    const repeat = (k: number) => {
      const offsets = Array.from({ length: k }, (_, i) => i * piece.length);
      return {
        name: 'lin.txt',
        text: piece.repeat(k),
        blocks: offsets.flatMap((o) => one.document.blocks.map((b) => ({ ...b, span: shift(b.span, o) }))),
        sentences: offsets.flatMap((o) => one.segmentation.sentences.map((x) => shift(x, o))),
        mentions: offsets.flatMap((o) => one.mentions.map((m) => ({ ...m, span: shift(m.span, o) }))),
        locale: BUILT_IN_LOCALES.en,
      };
    };
    // Below a few hundred sentences everything fits in cache and the time per sentence is lower: n
    // starts above that.
    const small = repeat(800);
    const large = repeat(3200);
    expect(extractFacts(large).length).toBeGreaterThanOrEqual(4 * extractFacts(small).length - 4);
    const growth = cpuGrowth((k) => repeat(200 * k), extractFacts, { n0: 4 });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
  });

  it('gives the rounding tolerance of a 10^5-digit number in linear time (n vs 4n)', () => {
    // "1000…0001": a trailing-zeros regular expression would backtrack quadratically here.
    const digits = (n: number) => `1${'0'.repeat(n)}1 ${'0'.repeat(n)}`;
    const growth = cpuGrowth(digits, (text) => roundingTolerance(text, 1e6), { n0: 25_000 });
    expect(growth.ratio, growth.detail).toBeLessThan(10);
    expect(roundingTolerance('2.5 billion', 2.5e9)).toBe(0.05e9);
  });

  it('finds trigger words in linear time inside one long word (n vs 4n), for every built-in list', () => {
    // "verkündetverkündet…0": a pattern ending in \p{L}* tried at each position inside the word would
    // scan to its end every time (found by recheck, see REDOS.md).
    for (const locale of Object.values(BUILT_IN_LOCALES)) {
      for (const patterns of Object.values(locale.triggers)) {
        const word = (patterns ?? []).map((p) => p.replace(/[^\p{L}]/gu, '')).find((w) => w.length > 2);
        if (!word) continue;
        const pattern = wrap(patterns!, locale.wordBoundaries);
        const growth = cpuGrowth(
          (n) => `${word.repeat(n)}0`,
          (text) => findAll(pattern, text, 0),
          { n0: 500, minMs: 2 },
        );
        expect(growth.ratio, `${locale.lang} ${patterns![0]}: ${growth.detail}`).toBeLessThan(10);
      }
    }
  });
});
