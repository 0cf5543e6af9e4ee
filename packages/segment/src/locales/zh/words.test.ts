import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkRuns } from '../../core/cjk';
import { intlSpans } from '../../core/intl';
import { icuWords } from './index';

/** Boundaries strictly inside each Han/kana run: all that cjkWordsInto keeps of the cutter's output. */
function insideRuns(s: string, spans: { start: number; end: number }[]): number[] {
  const runs = cjkRuns(s);
  const cuts = new Set(spans.flatMap((p) => [p.start, p.end]));
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2)
    for (let i = (runs[r] as number) + 1; i < (runs[r + 1] as number); i++) if (cuts.has(i)) out.push(i);
  return out;
}
const sameAsWholeSentence = (s: string) =>
  expect(insideRuns(s, icuWords(s))).toEqual(insideRuns(s, intlSpans(s, 'zh', 'word')));

describe('icuWords: ICU on the Han/kana runs only', () => {
  it('cuts every line of the seed articles as ICU does on the whole line', () => {
    const seeds = new URL('../../../../../seeds/', import.meta.url);
    for (const file of ['004_d6f6ce7bd07823ad.txt', '002_6dd7badc20102f5c.txt']) {
      const lines = readFileSync(new URL(file, seeds), 'utf8').split('\n');
      for (const line of lines) sameAsWholeSentence(line);
    }
  });

  it('cuts random mixes of Han, kana, Latin, digits and punctuation as ICU does on the whole', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'中华人民共和国北京市的是在了一个研究所位于史瑞克ー々〇あいカタ'.split('')),
      fc.constantFrom(
        ' ',
        '，',
        '。',
        '「',
        '」',
        'A',
        'GPT-4',
        '2026',
        '\u0301',
        '・',
        '\uff70',
        '𠀀',
        'ｶ',
        'ﾞ',
        '\u200d',
        '\u3000',
        'é',
        'я',
        '１',
        '\ufe0f',
        '😀',
        '한',
      ),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        sameAsWholeSentence(parts.join(''));
      }),
    );
  });
});
