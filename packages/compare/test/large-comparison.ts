// A large comparison built directly (not through the pipeline), for the tests that hold the HTML report
// to a bounded number of live elements: compare's render test and examples/news-compare's browser test.
// Source i states that the subject joined in year 2000 + (i mod `years`); each conflict splits the
// sources by that year, so every value has evidence in sources far down the list.
import type { HtmlSourceText } from '../src/render/html';
import type { Comparison, Evidence, Fact } from '../src/types';

export interface LargeComparisonOptions {
  /** Document names, one per source. */
  names: readonly string[];
  /** Source i's text; its first sentence (up to the first '.') is the evidence of its fact. */
  text: (i: number, year: number) => string;
  subject: Fact['subject'];
  /** How many distinct years the sources state: the values of each conflict and the timeline's entries. */
  years: number;
  entities: number;
  entityName: string;
  conflicts: number;
  conflictPredicate: (c: number) => string;
  /** How often source i names entity k. */
  coverage: (i: number, k: number) => number;
  similarity: (i: number, j: number) => number;
  /** Token and mention counts of every source. */
  counts: { tokens: number; mentions: number };
  /** The mentions and removed boilerplate of every source text. */
  sourceText: Omit<HtmlSourceText, 'name' | 'text'>;
}

export function largeComparison(o: LargeComparisonOptions): {
  comparison: Comparison;
  documents: HtmlSourceText[];
} {
  const { names, years } = o;
  const year = (i: number) => 2000 + (i % years);
  const texts = names.map((_, i) => o.text(i, year(i)));
  const evidence: Evidence[] = names.map((source, i) => {
    const end = texts[i]!.indexOf('.') + 1;
    return { source, span: { start: 0, end }, sentence: texts[i]!.slice(0, end) };
  });
  const facts: Fact[] = names.map((source, i) => ({
    source,
    subject: o.subject,
    predicate: 'joined',
    value: { kind: 'date', iso: String(year(i)), granularity: 'year' },
    display: String(year(i)),
    evidence: evidence[i]!,
  }));
  const entities = Array.from({ length: o.entities }, (_, e) => ({
    key: `org:e${e}`,
    canonical: `${o.entityName} ${e}`,
    type: 'ORG' as const,
    forms: [],
    mentions: [],
    documents: [],
  }));
  const comparison: Comparison = {
    schemaVersion: 2,
    documents: names.map((name, i) => ({
      id: `d${i}`,
      name,
      lang: 'en',
      characters: texts[i]!.length,
      sentences: 2,
      ...o.counts,
    })),
    entities,
    coverage: Object.fromEntries(
      entities.map((e, k) => [e.key, Object.fromEntries(names.map((name, i) => [name, o.coverage(i, k)]))]),
    ),
    facts,
    agreements: [],
    conflicts: Array.from({ length: o.conflicts }, (_, c) => ({
      kind: 'contradiction' as const,
      // Any string: the renderers also read Comparisons from JSON, whose predicates nothing checks.
      predicate: o.conflictPredicate(c) as never,
      subject: o.subject,
      values: Array.from({ length: years }, (_, v) => ({
        value: String(2000 + v),
        display: String(2000 + v),
        sources: names.filter((_, i) => i % years === v),
        evidence: evidence.filter((_, i) => i % years === v),
      })),
      confidence: 0.8,
    })),
    unique: Object.fromEntries(
      names.map((name, i) => [name, { entities: [`org:e${i % o.entities}`], facts: [facts[i]!] }]),
    ),
    similarity: {
      documents: [...names],
      matrix: names.map((_, i) => names.map((__, j) => (i === j ? 1 : o.similarity(i, j)))),
    },
    timeline: Array.from({ length: years }, (_, y) => ({
      date: String(2000 + y),
      facts: facts.filter((_, i) => i % years === y),
    })),
    warnings: [],
  };
  const documents = names.map((name, i) => ({ name, text: texts[i]!, ...o.sourceText }));
  return { comparison, documents };
}
