// Type tests: the README's examples, written as a user writes them, compile in strict mode (`pnpm
// typecheck` runs tsc over this file; vitest runs the few that are cheap). A promise the types break
// (a property that does not exist, a predicate typo that compiles) fails here.
import { writeFile } from 'node:fs/promises';
import { ingestBytes, ingestDirectory, ingestFile } from '@corpus/ingest';
import { builtinPlugins, createSegmenter, type SegmenterPlugin } from '@corpus/segment';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AnalyzedDocument,
  type AnalyzeErrorRecord,
  type AnalyzeManyResult,
  analyze,
  analyzeMany,
  BUILT_IN_LOCALES,
  type Comparison,
  type ConflictKind,
  compare,
  compareTexts,
  createAnalyzer,
  type DateValue,
  type Document,
  type Entity,
  type Fact,
  type FactGroup,
  type FactLocale,
  type FactPredicate,
  type GroupPredicate,
  type IngestedDocument,
  loadLanguages,
  type Mention,
  type MentionValue,
  type RangeValue,
  renderHtml,
  renderJson,
  renderMarkdown,
  type Segmentation,
  type TextsComparison,
  type TransliterationLink,
} from '../src/index';

describe('README examples (types)', () => {
  it('in a browser: load the language of a document, then analyse it', async () => {
    const file = new File(['Anna Weber joined Acme Corp in March 2019.'], 'a.txt');
    const doc = ingestBytes(new Uint8Array(await file.arrayBuffer()), { name: file.name });
    expectTypeOf(loadLanguages).parameter(0).toEqualTypeOf<Iterable<string>>();
    await expect(loadLanguages([doc.lang])).resolves.toBeUndefined();
    expectTypeOf(analyze(doc)).toEqualTypeOf<AnalyzedDocument>();
  });

  it('the first example: conflicts and agreements by kind, subject, predicate', () => {
    const comparison = compareTexts([
      {
        name: 'wire.txt',
        text: 'Anna Weber joined Acme Corp in March 2019. She left the company on 5 January 2026.',
      },
      {
        name: 'daily.txt',
        text: 'Anna Weber joined Acme Corp in 2017. She left the company in January 2026.',
      },
    ]);
    const lines: string[] = [];
    for (const group of [...comparison.conflicts, ...comparison.agreements])
      lines.push(
        [
          group.kind,
          group.subject.canonical,
          group.predicate,
          group.values.map((v) => `${v.display} (${v.sources.join(', ')})`).join(' vs '),
        ].join(' '),
      );
    expect(lines).toContain('contradiction Anna Weber joined March 2019 (wire.txt) vs 2017 (daily.txt)');
    expectTypeOf(comparison).toEqualTypeOf<TextsComparison>();
    expectTypeOf(comparison).toMatchTypeOf<Comparison>();
    expectTypeOf(renderHtml).toBeCallableWith(comparison);
  });

  it('Use: agreements as tuples, and the Markdown report', () => {
    function use(): string {
      const comparison = compareTexts([{ name: 'a.txt', lang: 'en', text: '…' }]);
      const rows = comparison.agreements.map((g) => [
        g.kind,
        g.predicate,
        g.values.map((v) => [v.display, v.sources]),
      ]);
      expectTypeOf(comparison.agreements[0]!.kind).toEqualTypeOf<ConflictKind | undefined>();
      expectTypeOf(rows).toMatchTypeOf<unknown[][]>();
      return renderMarkdown(comparison);
    }
    expectTypeOf(use).returns.toEqualTypeOf<string>();
  });

  it('With files: ingest, analyze, compare, renderJson', () => {
    async function withFiles(paths: string[]): Promise<void> {
      const analysed = [];
      for (const path of paths) analysed.push(analyze(await ingestFile(path)));
      const comparison = compare(analysed);
      await writeFile('report.json', renderJson(comparison));
    }
    expectTypeOf(withFiles).returns.resolves.toBeVoid();
  });

  it('Many documents: analyzeMany results tell errors apart by kind', () => {
    async function many(): Promise<Comparison> {
      const analysed = [];
      for await (const result of analyzeMany(ingestDirectory('articles/'), { concurrency: 2 })) {
        if (result.kind === 'error') console.warn(result.name, result.code, result.message);
        else analysed.push(result);
      }
      expectTypeOf(analysed).toEqualTypeOf<(AnalyzedDocument & { kind: 'analyzed' })[]>();
      return compare(analysed);
    }
    expectTypeOf(many).returns.resolves.toEqualTypeOf<Comparison>();
  });

  it('A language of your own: an analyzer with a segmenter plugin and a FactLocale', () => {
    function ownLanguage(thaiPlugin: SegmenterPlugin, thaiFacts: FactLocale) {
      const analyzer = createAnalyzer({
        segmenter: createSegmenter({ plugins: [...builtinPlugins, thaiPlugin] }),
        locales: { th: thaiFacts },
      });
      return analyzer
        .compareTexts([{ name: 'a.txt', text: '…' }])
        .conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => v.display)]);
    }
    expectTypeOf(ownLanguage).returns.toMatchTypeOf<(string | string[] | undefined)[][]>();
  });
});

describe('unions and exported types', () => {
  it('AnalyzeManyResult is discriminated by kind', async () => {
    expectTypeOf<AnalyzeManyResult['kind']>().toEqualTypeOf<'analyzed' | 'error'>();
    expectTypeOf<Extract<AnalyzeManyResult, { kind: 'error' }>>().toEqualTypeOf<AnalyzeErrorRecord>();
    const kinds: string[] = [];
    for await (const r of analyzeMany([
      { name: 'ok.txt', text: 'Anna Weber joined Acme in 2019.' },
      { nope: 1 } as never,
    ])) {
      switch (r.kind) {
        case 'analyzed':
          expectTypeOf(r.document).toEqualTypeOf<IngestedDocument>();
          kinds.push(r.kind);
          break;
        case 'error':
          expectTypeOf(r.code).toBeString();
          kinds.push(r.kind);
          break;
        default:
          expectTypeOf(r).toBeNever();
      }
    }
    expect(kinds).toEqual(['analyzed', 'error']);
    expect(analyze({ name: 'a.txt', text: 'Anna Weber joined Acme in 2019.' }).kind).toBe('analyzed');
  });

  it('every agreement and conflict carries a confidence; a fact may carry its extraction certainty', () => {
    expectTypeOf<FactGroup['confidence']>().toEqualTypeOf<number>();
    expectTypeOf<Fact['confidence']>().toEqualTypeOf<number | undefined>();
  });

  it('the README adds concept, unit, qualifier and scope words at run time', () => {
    const en = BUILT_IN_LOCALES.en!;
    const analyzer = createAnalyzer({
      locales: {
        en: {
          ...en,
          triggers: { ...en.triggers, altitude: [...(en.triggers.altitude ?? []), 'cruised at'] },
          concepts: {
            ...en.concepts,
            firefighters: [...(en.concepts?.firefighters ?? []), 'smoke ?jumpers'],
          },
          units: { ...en.units, m: [...(en.units?.m ?? []), 'metres of snow'] },
          qualifiers: { ...en.qualifiers, before: { ...en.qualifiers?.before, about: ['some', 'circa'] } },
          scopes: { ...en.scopes, aftershock: ['aftershocks?', 'tremors? that followed'] },
        },
      },
    });
    const groups = analyzer
      .compareTexts([
        { name: 'a.txt', lang: 'en', text: 'The jet cruised at 11 km over the sea.' },
        { name: 'b.txt', lang: 'en', text: 'The jet cruised at 12 km over the sea.' },
      ])
      .conflicts.map((g) => [g.kind, g.predicate, g.values.map((v) => v.display)]);
    expect(groups).toEqual([['contradiction', 'altitude', ['11 km', '12 km']]]);
  });

  it('predicates are a closed union: a typo does not compile', () => {
    expectTypeOf<FactGroup['predicate']>().toEqualTypeOf<GroupPredicate>();
    expectTypeOf<GroupPredicate>().toEqualTypeOf<FactPredicate | 'name' | 'stated'>();
    expectTypeOf<'joined'>().toMatchTypeOf<FactPredicate>();
    expectTypeOf<'announced-on'>().toMatchTypeOf<FactPredicate>();
    expectTypeOf<'joinned'>().not.toMatchTypeOf<FactPredicate>();
    // @ts-expect-error a misspelt predicate is a compile error
    const typo: FactPredicate = 'joinned';
    expect(typo).toBe('joinned');
  });

  it('the value types of what compare returns come from @corpus/compare', () => {
    expectTypeOf<AnalyzedDocument['document']>().toEqualTypeOf<IngestedDocument>();
    // The old name stays, deprecated, as an alias: code written against it still compiles.
    expectTypeOf<Document>().toEqualTypeOf<IngestedDocument>();
    expectTypeOf<AnalyzedDocument['segmentation']>().toEqualTypeOf<Segmentation>();
    expectTypeOf<AnalyzedDocument['mentions']>().toEqualTypeOf<Mention[]>();
    expectTypeOf<Comparison['entities']>().toEqualTypeOf<Entity[]>();
    expectTypeOf<DateValue>().toMatchTypeOf<MentionValue>();
    // A number range and a name's transliteration, new in entities, are inside compare's results too.
    expectTypeOf<RangeValue>().toMatchTypeOf<MentionValue>();
    expectTypeOf<
      NonNullable<Entity['forms'][number]['transliteration']>
    >().toEqualTypeOf<TransliterationLink>();
  });
});
