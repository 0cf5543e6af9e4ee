import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '@corpus/ingest';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../schema.json' with { type: 'json' };
import {
  type AnalyzedDocument,
  analyze,
  type Comparison,
  compare,
  type FactGroup,
  renderJson,
  renderMarkdown,
} from '../src/index';
import { plainValue as plain } from './fixtures';

// The project's own seed corpus: five articles about one story in it, de, ja, en, zh. Documents are found
// by language, never by file name; the expected values are those of seeds/EXPECTED.md.
const seeds = new URL('../../../seeds/', import.meta.url);

let analysed: AnalyzedDocument[];
let comparison: Comparison;
let doc: (lang: string) => string;

beforeAll(async () => {
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  analysed = [];
  for (const file of files) analysed.push(analyze(await ingestFile(fileURLToPath(new URL(file, seeds)))));
  comparison = compare(analysed);
  doc = (lang) => {
    const found = comparison.documents.find((d) => d.lang === lang);
    if (!found) throw new Error(`no ${lang} document`);
    return found.name;
  };
});

function group(list: FactGroup[], predicate: string, kind?: string): FactGroup {
  const found = list.find(
    (g) =>
      g.predicate === predicate &&
      g.subject.key === comparison.mainEntity?.key &&
      (kind === undefined || g.kind === kind),
  );
  if (!found) throw new Error(`no ${kind ?? 'agreement'} on ${predicate}`);
  return found;
}

const sides = (g: FactGroup) => g.values.map((v) => [plain(v.value), v.sources]);

describe('the seed corpus', () => {
  it('has five documents with their names and languages, and one main person', () => {
    expect(comparison.documents.map((d) => d.lang)).toEqual(['it', 'de', 'ja', 'en', 'zh']);
    expect(comparison.documents.map((d) => d.name)).toEqual(
      readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(comparison.mainEntity?.key).toMatch(/^person:/);
    expect(comparison.referenceDate).toBe('2026-01-05');
  });

  it('finds the contradiction on the year he joined, with the documents on each side', () => {
    const g = group(comparison.conflicts, 'joined', 'contradiction');
    expect(sides(g)).toEqual([
      ['2019', [doc('it'), doc('ja')]],
      ['2017-11', [doc('de')]],
      ['2017', [doc('en')]],
    ]);
    expect(g.values[0]!.evidence.map((e) => e.sentence)).toEqual([
      expect.stringContaining('Entrato in OpenAI nel 2019'),
      '2019年にOpenAIに参加した時、同社はまだ非営利研究機関としての色が強い組織でした。',
    ]);
    expect(g.values[1]!.evidence[0]!.sentence).toBe(
      'Tworek gehörte seit November 2017 zum Kernteam von OpenAI.',
    );
    expect(g.values[2]!.evidence[0]!.sentence).toContain('tenure at OpenAI began in 2017');
  });

  it('finds the contradiction on the announcement date, with the dated post as evidence', () => {
    const g = group(comparison.conflicts, 'announced', 'contradiction');
    expect(sides(g)).toEqual([
      ['2026-01-06', [doc('it')]],
      ['2026-01-05', [doc('ja')]],
      ['2026-01-07', [doc('zh')]],
    ]);
    expect(g.values[0]!.evidence[0]!.sentence).toContain('6 gennaio');
    expect(g.values[1]!.evidence[0]!.sentence).toContain('(@MillionInt) January 5, 2026');
    expect(g.values[2]!.evidence[0]!.sentence).toContain('1 月 7 日');
  });

  it('finds that the platform of the announcement differs', () => {
    const g = group(comparison.conflicts, 'announced-on', 'differs');
    expect(sides(g)).toEqual([
      ['platform:x', [doc('it'), doc('ja')]],
      ['platform:linkedin', [doc('en')]],
    ]);
    expect(g.values[0]!.evidence.find((e) => e.source === doc('ja'))?.sentence).toBe(
      'Tworek氏はX(旧Twitter)で、チームに共有したメモを公開しました。',
    );
    expect(g.values[1]!.evidence[0]!.sentence).toMatch(/^In a LinkedIn post, Tworek reflected/);
  });

  it('reports the misspelt name as a spelling variant of one person', () => {
    const g = group(comparison.conflicts, 'name', 'spellingVariant');
    expect(g.values.map((v) => [v.display, v.sources])).toEqual([
      ['Jerry Twerk', [doc('it')]],
      ['Jerry Tworek', [doc('de'), doc('ja'), doc('en'), doc('zh')]],
    ]);
    expect(g.values[0]!.evidence[0]!.sentence).toContain('Jerry Twerk ha annunciato');
  });

  it('agrees on a tenure of about seven years in all five, keeping each qualifier', () => {
    const g = group(comparison.agreements, 'tenure');
    const bySource = Object.fromEntries(
      g.values.flatMap((v) => v.sources.map((s) => [s, v.value as { iso: string; qualifier: string }])),
    );
    expect(Object.keys(bySource).sort()).toEqual([...comparison.documents.map((d) => d.name)].sort());
    expect(bySource[doc('it')]).toEqual({ kind: 'duration', iso: 'P7Y', qualifier: 'exact' });
    expect(bySource[doc('en')]).toEqual({ kind: 'duration', iso: 'P7Y', qualifier: 'exact' });
    expect(bySource[doc('de')]).toEqual({ kind: 'duration', iso: 'P7Y', qualifier: 'nearly' });
    expect(bySource[doc('ja')]).toEqual({ kind: 'duration', iso: 'P7Y', qualifier: 'about' });
    expect(bySource[doc('zh')]).toEqual({ kind: 'duration', iso: 'P7Y', qualifier: 'nearly' });
  });

  it('agrees on the role of vice-president of research and the 2022 promotion', () => {
    const role = comparison.agreements.find(
      (g) =>
        g.predicate === 'role' &&
        g.subject.key === comparison.mainEntity?.key &&
        g.values.some(
          (v) =>
            typeof v.value !== 'string' && v.value.kind === 'text' && /research/.test(v.value.normalized),
        ),
    );
    expect(role?.values.map((v) => v.sources)).toEqual([[doc('it'), doc('de'), doc('ja'), doc('zh')]]);
    expect(sides(group(comparison.agreements, 'promoted'))).toEqual([['2022', [doc('it'), doc('ja')]]]);
  });

  it('never calls a difference of precision or qualifier a contradiction', () => {
    for (const g of comparison.conflicts.filter((c) => c.kind === 'contradiction')) {
      expect(['joined', 'announced']).toContain(g.predicate);
    }
  });

  it('keeps what only one document says', () => {
    const ja = comparison.unique[doc('ja')]!;
    expect(ja.facts.map((f) => [f.predicate, f.display])).toEqual(
      expect.arrayContaining([
        ['born-in', 'ポーランド'],
        ['studied-at', 'ワルシャワ大学'],
      ]),
    );
    const en = comparison.unique[doc('en')]!;
    expect(en.facts.find((f) => f.predicate === 'launched')?.value).toEqual({
      kind: 'date',
      iso: '2024-09',
      granularity: 'month',
    });
  });

  it('quotes evidence that is exactly the text at its span', () => {
    const texts = new Map(analysed.map((a) => [a.document.source.name, a.document.text]));
    const groups = [...comparison.conflicts, ...comparison.agreements];
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) {
      for (const v of g.values) {
        expect(v.evidence.length).toBeGreaterThan(0);
        for (const e of v.evidence)
          expect(texts.get(e.source)?.slice(e.span.start, e.span.end)).toBe(e.sentence);
      }
    }
  });

  it('has a similarity matrix that is symmetric with ones on the diagonal', () => {
    const { matrix } = comparison.similarity;
    matrix.forEach((row, i) => {
      expect(row[i]).toBe(1);
      row.forEach((x, j) => {
        expect(x).toBe(matrix[j]![i]);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      });
    });
    expect(matrix[0]![1]).toBeGreaterThan(0);
  });

  it('validates against the published JSON Schema and renders', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(JSON.parse(renderJson(comparison)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const md = renderMarkdown(comparison);
    expect(md.indexOf('## Conflicts')).toBeLessThan(md.indexOf('## Agreements'));
    expect(md).toContain('### joined: Jerry Tworek (contradiction)');
  });

  it('is deterministic', () => {
    expect(renderJson(compare(analysed))).toBe(renderJson(comparison));
  });
});
