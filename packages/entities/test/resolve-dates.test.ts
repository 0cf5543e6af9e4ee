import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../src/defer';
import { EntitiesError } from '../src/errors';
import { extractMentions } from '../src/extract';
import type { ExtractInput, MentionType } from '../src/types';

// Sentences with every kind of date that waits for a reference: a day or month without a year,
// relative days, weekdays, "last/next <month>", clock times that borrow a day, chrono's relative
// phrases; next to dates that do not wait (years, ISO dates) and names that may overlap them.
const SENTENCES: Record<string, string[]> = {
  en: [
    'On Friday, January 5 at 14:32 JST, Jerry Tworek said he was leaving OpenAI.',
    'Yesterday the board met; last March it had met twice, and it meets again next May.',
    'The report, published 3 days ago, cites May 5 and 2026-01-07T09:00+09:00.',
    'Tomorrow at 6:32 a.m. CET the vote starts; today is quiet.',
    'Sam Altman spoke on Monday and again on February 29.',
  ],
  de: [
    'Am Freitag, dem 5. Januar, um 6.32 Uhr MEZ verließ Tworek OpenAI.',
    'Gestern sagte Maria Keller, im vergangenen März sei alles anders gewesen.',
    'Vorgestern und übermorgen: 5., 6. oder 7. Januar, seit November 2017.',
  ],
  fr: [
    'Hier, le 6 janvier à 14h32, Jerry Tworek a quitté OpenAI.',
    "Aujourd'hui, mardi, la décision de mars dernier est tombée.",
  ],
  es: [
    'Ayer, 6 de enero, a las 14:32, Tworek dejó OpenAI; el marzo pasado lo anunció.',
    'Hoy es lunes y mañana martes.',
  ],
  it: [
    'Ieri, 6 gennaio, alle 14:32, Jerry Tworek ha lasciato OpenAI.',
    'Il marzo scorso e dopodomani: venerdì 9 gennaio.',
  ],
  pt: ['Ontem, 6 de janeiro, às 14h32, Tworek deixou a OpenAI.', 'Na sexta-feira, 9 de janeiro.'],
  nl: ['Gisteren, 6 januari om 14:32, verliet Tworek OpenAI.', 'Op vrijdag 9 januari.'],
  ru: ['Вчера, 6 января, в 14:32 Творек покинул OpenAI.', 'В пятницу, 9 января.'],
  ja: [
    '昨日、1月6日午後2時32分(日本時間)、トゥオレク氏はOpenAIを退社した。',
    '去年3月と明後日、金曜日に発表。2026年1月。',
  ],
  zh: ['昨天，1 月 7 日北京时间 13 点 32 分，硅谷迎来又一波震动。', '去年3月，前天和后天，星期五。'],
  ko: ['어제 1월 6일 오후 2시 32분(한국 시간), 트워렉은 OpenAI를 떠났다.', '지난 3월과 내일, 금요일.'],
  und: ['January 5, 14:32 JST, 2026-01-07.'],
};

const REFERENCES: (string | Date | undefined)[] = [
  undefined,
  '2026-01-10',
  '2026-01',
  '2026',
  '2024-02-28',
  '2025-12-31T23:30:00Z',
  new Date(Date.UTC(2026, 0, 10)),
];

/** What a worker or a file would hand back: the deferred mentions through JSON. */
function deferredThenResolved(input: ExtractInput, ref: string | Date | undefined, types?: MentionType[]) {
  const deferred = extractMentions(input, { deferDates: true, ...(types ? { types } : {}) });
  return resolveDates(JSON.parse(JSON.stringify(deferred)), ref);
}

function direct(input: ExtractInput, ref: string | Date | undefined, types?: MentionType[]) {
  return extractMentions(input, {
    ...(ref === undefined ? {} : { referenceDate: ref }),
    ...(types ? { types } : {}),
  });
}

describe('resolveDates', () => {
  it('gives what extractMentions gives with the reference, in every language, for every kind of reference', () => {
    let pendingSeen = 0;
    for (const [lang, sentences] of Object.entries(SENTENCES)) {
      const text = sentences.join(' ');
      for (const input of [{ text, lang }, ...sentences.map((s) => ({ text: s, lang }))]) {
        pendingSeen += extractMentions(input, { deferDates: true }).filter((m) => m.pending).length;
        for (const ref of REFERENCES) {
          expect(deferredThenResolved(input, ref), `${lang} ${String(ref)}: ${input.text}`).toEqual(
            direct(input, ref),
          );
        }
      }
    }
    // The table does exercise deferral: most sentences hold a date that waits.
    expect(pendingSeen).toBeGreaterThan(30);
  });

  it('resolves "yesterday", a yearless day and a clock time that borrows it', () => {
    const input = { text: 'Yesterday, January 5 at 14:32 JST, he left.', lang: 'en' };
    const deferred = extractMentions(input, { deferDates: true });
    expect(deferred.some((m) => m.pending)).toBe(true);
    const dates = resolveDates(deferred, '2026-01-10').filter((m) => m.type === 'DATE');
    expect(dates.map((m) => [m.text, m.span.start, m.value])).toEqual([
      ['Yesterday', 0, { kind: 'date', iso: '2026-01-09', granularity: 'day', yearInferred: true }],
      [
        'January 5 at 14:32 JST',
        11,
        { kind: 'date', iso: '2026-01-05T14:32+09:00', granularity: 'time', yearInferred: true },
      ],
    ]);
    // Without a reference: no "yesterday", and the yearless day keeps its time.
    expect(
      resolveDates(deferred)
        .filter((m) => m.type === 'DATE')
        .map((m) => m.key),
    ).toEqual(['date:--01-05T14:32+09:00']);
  });

  it('keeps the types option across the deferral', () => {
    const input = { text: SENTENCES.en?.join(' ') ?? '', lang: 'en' };
    for (const types of [['DATE'], ['PERSON', 'ORG'], ['DATE', 'NUMBER']] as MentionType[][]) {
      expect(deferredThenResolved(input, '2026-01-10', types)).toEqual(direct(input, '2026-01-10', types));
    }
  });

  it('holds for news-like strings in every language (property)', () => {
    const NEWS_PIECES: string[] = JSON.parse(
      readFileSync(new URL('./fixtures/news-pieces.json', import.meta.url), 'utf8'),
    );
    const datePieces = Object.values(SENTENCES).flatMap((s) => s.flatMap((x) => x.split(/(?<=[,，、 ])/u)));
    const piece = fc.oneof(fc.constantFrom(...NEWS_PIECES, ...datePieces), fc.string({ maxLength: 4 }));
    const text = fc.array(piece, { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...Object.keys(SENTENCES)),
        fc.constantFrom(...REFERENCES),
        (t, lang, ref) => {
          expect(deferredThenResolved({ text: t, lang }, ref)).toEqual(direct({ text: t, lang }, ref));
        },
      ),
      { numRuns: (fc.readConfigureGlobal().numRuns ?? 100) * 3 },
    );
  });

  it('rejects misuse with a code', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return EntitiesError.isInstance(e) ? (e as EntitiesError).code : 'other';
      }
      return 'none';
    };
    expect(
      code(() => extractMentions({ text: 'x', lang: 'en' }, { deferDates: true, referenceDate: '2026' })),
    ).toBe('E_INVALID_OPTIONS');
    expect(code(() => resolveDates('x' as never, '2026'))).toBe('E_INVALID_INPUT');
    const deferred = extractMentions({ text: 'Yesterday.', lang: 'en' }, { deferDates: true });
    expect(code(() => resolveDates(deferred, '5 March'))).toBe('E_INVALID_REFERENCE_DATE');
    const broken = deferred.map((m) =>
      m.pending ? { ...m, pending: { ...m.pending, version: 2 as 1 } } : m,
    );
    expect(code(() => resolveDates(broken, '2026-01-10'))).toBe('E_INVALID_INPUT');
  });
});
