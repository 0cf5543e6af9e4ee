// Issue #9 for @corpus/entities: invariants on any input (fast-check, shared seed and budget),
// an adversarial corpus generated here, and linear time on the inputs most likely to backtrack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuGrowth } from '../../../scripts/linear-time';
import { EntitiesError } from '../src/errors';
import { extractMentions } from '../src/extract';
import { linkEntities } from '../src/link';
import type { LinkDocument, Mention, MentionType } from '../src/types';

const budget = fc.readConfigureGlobal().numRuns ?? 100;
const LANGS = ['it', 'de', 'ja', 'zh', 'en', 'fr', 'es', 'ko', 'und', 'pt-BR', 'zh-Hant-TW'];
const KEY_PREFIX: Record<MentionType, string> = {
  PERSON: 'person:',
  ORG: 'org:',
  PRODUCT: 'product:',
  PLACE: 'place:',
  NAME: 'name:',
  DATE: 'date:',
  DURATION: 'duration:',
  NUMBER: 'number:',
  MONEY: 'money:',
  PERCENT: 'percent:',
  ORDINAL: 'ordinal:',
  NUMBER_RANGE: 'range:',
  AGE: 'age:',
  TEMPERATURE: 'temperature:',
  URL: 'url:',
  HANDLE: 'handle:',
  EMAIL: 'email:',
  HASHTAG: 'hashtag:',
  ROLE: 'role:',
  PLATFORM: 'platform:',
};
const CODES = ['E_INVALID_INPUT', 'E_INVALID_OPTIONS', 'E_INVALID_REFERENCE_DATE', 'E_INVALID_DOCUMENTS'];

/** A calendar date part (`2026`, `2026-01`, `2026-01-05`, `--01-05`) is a real date. */
function validDay(part: string): boolean {
  const m = /^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
  if (!m) return false;
  if (m[1] === '-' && m[2] === undefined) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = m[1] === '-' ? 2000 : Number(m[1]); // a leap year, so --02-29 is allowed
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date, a time or an interval of two of the same kind ("2026-05-03/2026-05-12"), ascending. */
function validDateIso(iso: string): boolean {
  const ends = iso.split('/');
  if (ends.length === 2) {
    const [a, b] = ends as [string, string];
    return validDateOrTime(a) && validDateOrTime(b) && a < b && a.includes('T') === b.includes('T');
  }
  return ends.length === 1 && validDateOrTime(iso);
}

function validDateOrTime(iso: string): boolean {
  const m = /^([^T]*)(?:T(\d{2}):(\d{2})(?:([+-])(\d{2}):(\d{2}))?)?$/.exec(iso);
  if (!m) return false;
  const [, day, hh, mm, , oh, om] = m;
  if (day === '' && hh === undefined) return false;
  if (day !== '' && !validDay(day as string)) return false;
  if (hh !== undefined && (Number(hh) > 24 || Number(mm) > 59)) return false;
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) return false;
  return true;
}

/** Every guarantee of extractMentions' output, as a list of violations (plain checks: inputs have 10^5 mentions). */
function violations(text: string, mentions: Mention[]): string[] {
  const out: string[] = [];
  let prev: Mention | undefined;
  for (const m of mentions) {
    const { start, end } = m.span;
    const at = `${m.type} ${JSON.stringify(m.text)} [${start}, ${end})`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
      out.push(`${at}: span out of bounds or empty`);
    if (m.text !== text.slice(start, end)) out.push(`${at}: text is not the slice`);
    if (prev && (prev.span.start > start || (prev.span.start === start && prev.span.end > end)))
      out.push(`${at}: not sorted by start, then end`);
    prev = m;
    if (!m.key.startsWith(KEY_PREFIX[m.type])) out.push(`${at}: key ${m.key}`);
    if (!(m.confidence > 0 && m.confidence <= 1)) out.push(`${at}: confidence ${m.confidence}`);
    if (!m.recognizer) out.push(`${at}: no recognizer`);
    const v = m.value;
    if (m.type === 'DATE') {
      if (v?.kind !== 'date' || !validDateIso(v.iso) || m.key !== `date:${v.iso}`)
        out.push(`${at}: date value ${JSON.stringify(v)}`);
    } else if (m.type === 'DURATION') {
      if (
        v?.kind !== 'duration' ||
        !/^P(?:T?\d+(?:\.\d+)?[YMWDHS])$/.test(v.iso) ||
        !['exact', 'about', 'nearly', 'over', 'at least'].includes(v.qualifier)
      )
        out.push(`${at}: duration value ${JSON.stringify(v)}`);
    } else if (['NUMBER', 'MONEY', 'PERCENT', 'ORDINAL', 'AGE', 'TEMPERATURE'].includes(m.type)) {
      if (v?.kind !== 'quantity' || !Number.isFinite(v.amount))
        out.push(`${at}: quantity ${JSON.stringify(v)}`);
    } else if (m.type === 'NUMBER_RANGE') {
      if (v?.kind !== 'range' || !Number.isFinite(v.from) || !Number.isFinite(v.to))
        out.push(`${at}: range ${JSON.stringify(v)}`);
    }
    if (out.length > 10) break;
  }
  return out;
}

function checkMentions(text: string, mentions: Mention[]): void {
  expect(violations(text, mentions)).toEqual([]);
}

function extractChecked(text: string, lang: string, referenceDate?: string, oneSentence = false): Mention[] {
  const sentences = oneSentence ? [{ start: 0, end: text.length }] : undefined;
  const ms = extractMentions({ text, lang, sentences }, referenceDate ? { referenceDate } : {});
  checkMentions(text, ms);
  return ms;
}

// Real-looking fragments of news text, and the characters that break naive text code.
const fragment = fc.constantFrom(
  'Jerry Tworek',
  'Sam Altman, Mira Murati und Jerry Tworek',
  'OpenAI',
  'University of Warsaw',
  '6 gennaio 2026',
  '5., 6. oder 7. Januar',
  'January 5, 2026',
  '2026-01-05T10:00+09:00',
  '2026年1月7日',
  '二〇二六年',
  '午後2時32分',
  '14:32 JST',
  '1,000,000',
  '1.000.000,50 €',
  '$2.5 billion',
  '25億ドル',
  '数十亿美元',
  '12 %',
  '１２％',
  'fast sieben Jahren',
  '約7年間',
  'GPT-4o',
  'https://example.com/a?b=c#d',
  'a.b@example.org',
  '@handle',
  '#tag',
  'ワルシャワ大学',
  '이재용 회장',
  '阿尔特曼表示',
  'e\u0301\u0301\u0301',
  '\u202eAbc\u202c',
  '\u200f\u200e\u2066\u2069',
  '\u200d\u200b\ufeff',
  '\uD83D',
  '\uDE00',
  '\u{1F469}\u200D\u{1F4BB}',
  'Ⅻ',
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '. ',
  '。',
  '-',
  '1 1 1 1',
);
const mixture = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  mixture,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('extractMentions on any text', () => {
  it('spans are in bounds, sorted, equal their slice; values are well-formed; nothing throws', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), fc.boolean(), (text, lang, withRef) => {
        extractChecked(text, lang, withRef ? '2026-01-10' : undefined);
      }),
      { numRuns: budget * 2 },
    );
  });

  it('types keeps only the asked types, and every DATE it returns is also a valid date', () => {
    fc.assert(
      fc.property(mixture, fc.constantFrom(...LANGS), (text, lang) => {
        const dates = extractMentions({ text, lang }, { referenceDate: '2026-01-10', types: ['DATE'] });
        checkMentions(text, dates);
        for (const m of dates) expect(m.type).toBe('DATE');
      }),
      { numRuns: budget },
    );
  });

  it('throws only EntitiesError with a documented code, on misuse', () => {
    const bad = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.record({ text: fc.anything(), lang: fc.anything() }),
    );
    fc.assert(
      fc.property(bad, fc.anything(), fc.anything(), (input, referenceDate, types) => {
        try {
          extractMentions(input as never, { referenceDate, types } as never);
        } catch (e) {
          expect(EntitiesError.isInstance(e), String(e)).toBe(true);
          expect(CODES).toContain((e as EntitiesError).code);
        }
      }),
      { numRuns: budget },
    );
    expect(() => extractMentions({ text: 'x', lang: 'en' }, { types: ['DATES' as MentionType] })).toThrow(
      expect.objectContaining({ code: 'E_INVALID_OPTIONS' }),
    );
    expect(() => extractMentions({ text: 'x', lang: 'en' }, { referenceDate: '2026-13' })).toThrow(
      expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }),
    );
    expect(() => linkEntities([{ id: 1, mentions: [] } as never])).toThrow(
      expect.objectContaining({ code: 'E_INVALID_DOCUMENTS' }),
    );
  });
});

describe('linkEntities', () => {
  const docs = fc
    .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), mixture, fc.constantFrom(...LANGS)), {
      maxLength: 5,
      selector: (d) => d[0],
    })
    .map((list) =>
      list.map(([id, text, lang]): LinkDocument => ({ id, lang, mentions: extractMentions({ text, lang }) })),
    );

  it('is deterministic and independent of the order of the documents', () => {
    fc.assert(
      fc.property(docs, fc.infiniteStream(fc.nat()), (list, rand) => {
        const first = linkEntities(list);
        expect(linkEntities(list)).toEqual(first);
        const shuffled = [...list];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (rand.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as LinkDocument, shuffled[i] as LinkDocument];
        }
        expect(linkEntities(shuffled)).toEqual(first);
        // Every linked mention is one of the input mentions, in the document it came from.
        const byDoc = new Map(list.map((d) => [d.id, d.mentions]));
        for (const e of first) {
          for (const m of e.mentions) {
            const found = byDoc
              .get(m.document)
              ?.some((x) => x.span.start === m.span.start && x.text === m.text);
            expect(found).toBe(true);
          }
        }
      }),
      { numRuns: Math.max(10, Math.floor(budget / 2)) },
    );
  });
});

/** Every letter, mark and digit Unicode assigns below U+30000, in five-character words: every script. */
function everyScript(): string {
  const re = /[\p{L}\p{M}\p{N}]/u;
  const chars: string[] = [];
  for (let cp = 0x21; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (re.test(ch)) chars.push(ch);
  }
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 5) words.push(chars.slice(i, i + 5).join(''));
  return words.join(' ');
}

describe('adversarial inputs', () => {
  // [name, input, lang, sentences given]: the Japanese and Chinese megabytes come with their one
  // sentence, so that the time is this package's and not the word segmenter's (tested in @corpus/segment).
  const cases: [string, () => string, string, boolean?][] = [
    ['10^5 digits', () => '7'.repeat(100_000), 'en'],
    ['"1,000,000," repeated (10^5 characters)', () => '1,000,000,'.repeat(10_000), 'en'],
    ['"1.000.000,5 " repeated', () => '1.000.000,5 '.repeat(8_000), 'de'],
    ['10^5 capitalised words in a row', () => 'Abcde '.repeat(100_000), 'en'],
    ['a 10^6-character capitalised word', () => `A${'b'.repeat(999_999)}`, 'en'],
    // German splits a capitalised word into compound parts against its noun lexicon.
    ['a 10^6-character capitalised German word', () => `A${'b'.repeat(999_999)}`, 'de'],
    ['10^5 capitalised German words in a row', () => 'Abcde '.repeat(100_000), 'de'],
    ['a combining-mark flood', () => `e${'\u0301'.repeat(100_000)} Jerry${'\u0308'.repeat(50_000)}`, 'de'],
    ['every script', everyScript, 'und'],
    ['1 MB of Latin with no space', () => 'abcDef1.'.repeat(125_000), 'it'],
    ['1 MB of Chinese with no space', () => '东京都人口一千万人。'.repeat(100_000), 'zh', true],
    ['lone surrogates and bidi controls', () => '\uD83D\u202eAbc\u202c\uDE00 '.repeat(20_000), 'en'],
    ['5·10^4 date-like "1 "', () => '1 '.repeat(50_000), 'it'],
    [
      '130 000 Han dates (a spread of them overflowed the stack)',
      () => '1月1日、'.repeat(130_000),
      'ja',
      true,
    ],
    ['a 10^6-character URL', () => `https://${'a'.repeat(1_000_000)}`, 'en'],
    ['10^5 "@" then letters', () => `${'@'.repeat(100_000)}${'a'.repeat(100_000)}`, 'en'],
  ];
  for (const [name, make, lang, oneSentence] of cases) {
    it(`${name} (${lang})`, () => {
      const text = make();
      extractChecked(text, lang, '2026-01-10', oneSentence);
    });
  }
});

describe('linear time', () => {
  /** The sentences are given (one), so the time measured is this package's own, not the segmenter's. */
  const run = (lang: string) => (text: string) =>
    extractMentions(
      { text, lang, sentences: [{ start: 0, end: text.length }] },
      { referenceDate: '2026-01-10' },
    );
  const N = 10_000;
  const cases: [string, string, string][] = [
    ['digit groups "1,000,"', '1,000,', 'en'],
    ['digit groups "1.000,5 "', '1.000,5 ', 'de'],
    ['no-break-space digit groups "0\u00a0" (was quadratic)', '0\u00a0', 'en'],
    ['a URL ending in slashes and dots', 'https://a.io/b////...', 'en'],
    ['a Title Case run', 'Abcde ', 'en'],
    ['a German Title Case run', 'Jerry Tworek Sam ', 'de'],
    ['"1 1 1 1"', '1 ', 'it'],
    ['"5 January 2026, "', '5 January 2026, ', 'en'],
    ['"May " (chrono reads the text before it)', 'May ', 'en'],
    ['"end of " (chrono reads the text before it)', 'end of the month ', 'en'],
    ['dots', '.', 'en'],
    ['hyphens', 'a-b-', 'de'],
    ['coordinated names', 'Jerry Tworek, Sam Altman und ', 'de'],
    ['Han dates', '2026年1月7日、', 'ja'],
    ['Chinese amounts', '25 亿美元，', 'zh'],
    ['ranges and bounds', 'from 3 to 5 May since 2019 between 4pm and ', 'en'],
    ['relative phrases', 'next week in 3 days 2 days ago the last ', 'en'],
    ['CJK ranges and offsets', '3月至5月以降5天前从', 'zh'],
    ['Japanese ranges', '5時から6時まで3日後', 'ja'],
  ];
  for (const [name, unit, lang] of cases) {
    it(`${name} (${lang}): 4× the input takes < 10× the time`, () => {
      const growth = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), run(lang), { n0: N });
      expect(growth.ratio, growth.detail).toBeLessThan(10);
    });
  }
});
