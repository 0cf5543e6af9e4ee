import { compareTexts } from '@corpus/compare';
import { describe, expect, it } from 'vitest';
import { analyzer } from '../src/analyzer';
import { articles } from '../src/articles';

describe('two Thai articles compared through the analyzer', () => {
  const comparison = analyzer.compareTexts(articles);

  it('segments them with the Thai plugin: a space between Thai words ends a sentence', () => {
    const first = analyzer.analyze(articles[0]!);
    expect(first.segmentation.segmenter).toBe('example-thai');
    expect(first.segmentation.sentences.map((s) => first.document.text.slice(s.start, s.end))).toEqual([
      'แผ่นดินไหวขนาด 6.1 เกิดขึ้นที่จังหวัดเชียงรายเมื่อวันที่ 2026-03-05 ตามรายงานของกรมอุตุนิยมวิทยา',
      'มีผู้เสียชีวิต 3 คน',
      'และผู้บาดเจ็บ 27 คน',
    ]);
    expect(comparison.documents.map((d) => [d.name, d.lang, d.sentences])).toEqual([
      ['chiangrai-daily.txt', 'th', 3],
      ['northern-news.txt', 'th', 2],
    ]);
  });

  it('finds the designed conflict: one source, magnitude 6.1 against 6.4, each with its evidence', () => {
    expect(comparison.conflicts).toHaveLength(1);
    const [conflict] = comparison.conflicts;
    expect(conflict).toMatchObject({
      kind: 'contradiction',
      predicate: 'magnitude',
      subject: { key: 'story' },
    });
    expect(conflict!.values.map((v) => [v.display, v.sources])).toEqual([
      ['6.1', ['chiangrai-daily.txt']],
      ['6.4', ['northern-news.txt']],
    ]);
    const evidence = conflict!.values[0]!.evidence[0]!;
    expect(
      evidence.sentence.slice(evidence.mentions![0]!.start - evidence.span.start).startsWith('6.1'),
    ).toBe(true);
  });

  it('agrees on the date and the toll, and reads the source each cue names', () => {
    expect(comparison.agreements.map((g) => [g.predicate, g.values.map((v) => v.sources.length)])).toEqual([
      ['died', [2]],
      ['occurred-at', [2]],
    ]);
    const magnitude = comparison.facts.find(
      (f) => f.source === 'chiangrai-daily.txt' && f.predicate === 'magnitude',
    );
    expect(magnitude?.attribution).toBe('กรมอุตุนิยมวิทยา');
  });

  it('finds no facts without the Thai words: the locales are what reach the comparison', () => {
    const plain = compareTexts(articles);
    expect(plain.facts).toEqual([]);
    expect(plain.warnings.map((w) => w.code)).toEqual(['W_NO_FACTS', 'W_NO_FACTS']);
  });
});
