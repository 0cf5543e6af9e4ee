import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

// The same extraction in child processes under three time zones (the process's TZ is fixed at
// start-up, so it cannot be switched inside this one). Runs the build: `pnpm build` first.
const cwd = fileURLToPath(new URL('..', import.meta.url));
const TEXTS = [
  {
    text: 'Yesterday, January 5 at 14:32 JST, he left; last March he joined. On Friday he spoke.',
    lang: 'en',
  },
  { text: 'Gestern, am 6. Januar um 6.32 Uhr MEZ, verließ er OpenAI; übermorgen folgt mehr.', lang: 'de' },
  { text: '昨日、1月6日午後2時32分(日本時間)、彼は退社した。明後日に発表。', lang: 'ja' },
  { text: '昨天，1 月 7 日北京时间 13 点 32 分，硅谷迎来又一波震动。', lang: 'zh' },
];
const SCRIPT = `
const { extractMentions, resolveDates } = await import('./dist/index.js');
const texts = ${JSON.stringify(TEXTS)};
const refs = ['2026-01-10', '2026-01-10T23:30:00-08:00', '2026-01', new Date(2026, 0, 10), new Date(Date.UTC(2026, 0, 10, 12))];
const out = [];
for (const input of texts) for (const ref of refs) {
  out.push(extractMentions(input, { referenceDate: ref }));
  out.push(resolveDates(extractMentions(input, { deferDates: true }), ref));
}
process.stdout.write(JSON.stringify(out));
`;

function runUnder(tz: string): unknown {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return JSON.parse(stdout);
}

describe('time zones', () => {
  it('takes ISO 8601 only: a date in words is E_INVALID_REFERENCE_DATE', async () => {
    const { extractMentions } = await import('../src/extract');
    for (const ref of ['5 March 2026', 'March 2026', '2026/01/10', '2026-02-30', new Date(Number.NaN)]) {
      expect(() => extractMentions({ text: 'ieri', lang: 'it' }, { referenceDate: ref })).toThrowError(
        expect.objectContaining({ code: 'E_INVALID_REFERENCE_DATE' }),
      );
    }
  });

  it('gives the same mentions under TZ=UTC, Asia/Tokyo and America/Los_Angeles', () => {
    const utc = runUnder('UTC') as { key: string }[][];
    expect(runUnder('Asia/Tokyo')).toEqual(utc);
    expect(runUnder('America/Los_Angeles')).toEqual(utc);
    // "Yesterday" against 10 January, read as written and for a local-midnight Date alike.
    const yesterday = (i: number) => utc[i]?.find((m) => (m as { text?: string }).text === 'Yesterday')?.key;
    expect([0, 2, 6, 8].map(yesterday)).toEqual([
      'date:2026-01-09',
      'date:2026-01-09',
      'date:2026-01-09',
      'date:2026-01-09',
    ]);
  });
});

describe('a meridiem written "am." before its zone', () => {
  it('keeps the zone after the dot', () => {
    const [m] = extractMentions({ text: 'The ferry left at 6:40 am. EDT (1040 GMT).', lang: 'en' }).filter(
      (x) => x.type === 'DATE',
    );
    expect(m).toMatchObject({ text: '6:40 am. EDT', value: { iso: 'T06:40-04:00', granularity: 'time' } });
  });
});

describe('a zone written before a date and its time', () => {
  it.each([
    [
      '日本時間2026年3月14日6時32分に発生した。',
      'ja',
      '日本時間2026年3月14日6時32分',
      '2026-03-14T06:32+09:00',
    ],
    ['北京时间2026年3月14日5时32分发生。', 'zh', '北京时间2026年3月14日5时32分', '2026-03-14T05:32+08:00'],
  ] as const)('%s', (text, lang, span, iso) => {
    const dates = extractMentions({ text, lang }).filter((m) => m.type === 'DATE');
    expect(dates.map((m) => [m.text, m.value?.kind === 'date' ? m.value.iso : ''])).toEqual([[span, iso]]);
  });
});

describe("the wire services' four-digit time", () => {
  it('is a time in brackets or after "at", before GMT or UTC; a year before GMT is a year', () => {
    const dates = extractMentions({
      text: 'The ship sailed at 6:40 a.m. EDT (1040 GMT); in 2019 GMT rules changed; at 2215 UTC it docked.',
      lang: 'en',
    })
      .filter((m) => m.type === 'DATE')
      .map((m) => [m.text, m.value?.kind === 'date' ? m.value.iso : '']);
    expect(dates).toEqual([
      ['6:40 a.m. EDT', 'T06:40-04:00'],
      ['1040 GMT', 'T10:40+00:00'],
      ['2019', '2019'],
      ['2215 UTC', 'T22:15+00:00'],
    ]);
  });
});
