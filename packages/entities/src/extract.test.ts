import { describe, expect, it } from 'vitest';
import { EntitiesError } from './errors';
import { extractMentions } from './extract';
import type { Mention } from './types';

const pick = (ms: Mention[], type: string) =>
  ms.filter((m) => m.type === type).map((m) => [m.text, m.span.start, m.key]);

describe('extractMentions', () => {
  it('finds URL, HANDLE, EMAIL and HASHTAG with exact spans', () => {
    const text = 'Write to Ada@Example.org or @ada_l, see https://www.Example.com/a/b/. #AI2026';
    const ms = extractMentions({ text, lang: 'en' });
    expect(pick(ms, 'EMAIL')).toEqual([['Ada@Example.org', 9, 'email:ada@example.org']]);
    expect(pick(ms, 'HANDLE')).toEqual([['@ada_l', 28, 'handle:ada_l']]);
    expect(pick(ms, 'URL')).toEqual([['https://www.Example.com/a/b/', 40, 'url:example.com/a/b']]);
    expect(pick(ms, 'HASHTAG')).toEqual([['#AI2026', 70, 'hashtag:ai2026']]);
  });

  it('reads dates in Italian, German, Japanese and Chinese with granularity and inferred years', () => {
    const it_ = extractMentions(
      { text: 'L’annuncio è arrivato il 6 gennaio; entrato nel 2019.', lang: 'it' },
      { referenceDate: '2026-01' },
    );
    expect(pick(it_, 'DATE')).toEqual([
      ['6 gennaio', 25, 'date:2026-01-06'],
      ['2019', 48, 'date:2019'],
    ]);
    expect(it_[0]?.value).toEqual({
      kind: 'date',
      iso: '2026-01-06',
      granularity: 'day',
      yearInferred: true,
    });
    const de = extractMentions({ text: 'Tworek gehörte seit November 2017 zum Kernteam.', lang: 'de' });
    expect(pick(de, 'DATE')).toEqual([['seit November 2017', 15, 'date:2017-11']]);
    const ja = extractMentions({ text: '2026年1月、AI業界に衝撃が走りました。', lang: 'ja' });
    expect(pick(ja, 'DATE')).toEqual([['2026年1月', 0, 'date:2026-01']]);
    const zh = extractMentions(
      { text: '1 月 7 日，硅谷迎来又一波震动。', lang: 'zh' },
      { referenceDate: '2026-01-10' },
    );
    expect(zh[0]).toMatchObject({
      type: 'DATE',
      text: '1 月 7 日',
      value: { iso: '2026-01-07', granularity: 'day', yearInferred: true },
    });
  });

  it('normalises durations with qualifiers from number words in every language', () => {
    const cases: [string, string, string, string][] = [
      ['Nach fast sieben Jahren verlässt er OpenAI.', 'de', 'fast sieben Jahren', 'nearly'],
      ['Dopo sette anni trascorsi al centro.', 'it', 'sette anni', 'exact'],
      ['約7年間の在籍を経て退職。', 'ja', '約7年間', 'about'],
      ['入职近七年的技术骨干。', 'zh', '近七年', 'nearly'],
      ['His seven-year stint ended.', 'en', 'seven-year', 'exact'],
    ];
    for (const [text, lang, surface, qualifier] of cases) {
      const d = extractMentions({ text, lang }).find((m) => m.type === 'DURATION');
      expect(d?.text).toBe(surface);
      expect(d?.value).toEqual({ kind: 'duration', iso: 'P7Y', qualifier });
    }
  });

  it('types people, organisations, products and places', () => {
    const text = 'OpenAIの研究副社長Jerry Tworek氏は、ポーランド出身でワルシャワ大学で学んだ。';
    const ms = extractMentions({ text, lang: 'ja' });
    expect(ms.map((m) => [m.type, m.text, m.key])).toEqual([
      ['ORG', 'OpenAI', 'org:openai'],
      ['ROLE', '研究副社長', 'role:vice-president-of-research'],
      ['PERSON', 'Jerry Tworek', 'person:jerry tworek'],
      ['PLACE', 'ポーランド', 'place:poland'],
      ['ORG', 'ワルシャワ大学', 'org:university of warsaw'],
    ]);
  });

  it('does not read model names as numbers or dates', () => {
    const ms = extractMentions({ text: 'GPT-4 and GPT-4.5 run on H100 chips; o1 came later.', lang: 'en' });
    expect(ms.filter((m) => m.type === 'NUMBER' || m.type === 'DATE')).toEqual([]);
    expect(pick(ms, 'PRODUCT').map((p) => p[0])).toEqual(['GPT-4', 'GPT-4.5', 'H100', 'o1']);
  });

  it('throws EntitiesError with a stable code on misuse', () => {
    expect(() => extractMentions({ text: 'x', lang: 'en' }, { referenceDate: 'soon' })).toThrowError(
      expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }),
    );
    try {
      extractMentions({ text: 42 } as never);
    } catch (e) {
      expect(EntitiesError.isInstance(e)).toBe(true);
      expect((e as EntitiesError).code).toBe('E_INVALID_INPUT');
    }
    expect.assertions(3);
  });
});

describe('reference dates', () => {
  const dateOf = (text: string, lang: string, referenceDate?: string | Date) =>
    extractMentions({ text, lang }, referenceDate === undefined ? {} : { referenceDate })
      .filter((m) => m.type === 'DATE')
      .map((m) => m.value);

  it('writes a date without a year as --MM-DD when there is no reference, and drops relative words', () => {
    expect(dateOf('Annunciato il 6 gennaio, ieri.', 'it')).toEqual([
      { kind: 'date', iso: '--01-06', granularity: 'day' },
    ]);
  });

  it('accepts a Date, a year, a month or a day, and picks the nearest year', () => {
    const at = new Date(Date.UTC(2026, 0, 10));
    expect(dateOf('il 25 dicembre', 'it', at)).toEqual([
      { kind: 'date', iso: '2025-12-25', granularity: 'day', yearInferred: true },
    ]);
    expect(dateOf('il 25 dicembre', 'it', '2026')).toEqual([
      { kind: 'date', iso: '2026-12-25', granularity: 'day', yearInferred: true },
    ]);
    expect(dateOf('il 25 dicembre', 'it', '2026-01-05T08:00:00Z')).toEqual([
      { kind: 'date', iso: '2025-12-25', granularity: 'day', yearInferred: true },
    ]);
    expect(dateOf('gestern', 'de', '2026-01')).toEqual([]);
    expect(dateOf('gestern', 'de', '2026-01-05')).toEqual([
      { kind: 'date', iso: '2026-01-04', granularity: 'day', yearInferred: true },
    ]);
  });

  it('rejects an invalid Date', () => {
    expect(() =>
      extractMentions({ text: 'x', lang: 'en' }, { referenceDate: new Date(Number.NaN) }),
    ).toThrowError(expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }));
  });
});
