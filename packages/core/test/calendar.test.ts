import { describe, expect, it } from 'vitest';
import { CALENDAR_SOURCE, calendarWords, SUPPORTED_LANGUAGES } from '../src/index';

describe('calendar words from CLDR', () => {
  it('has twelve months and seven weekdays in every supported language', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = calendarWords(lang)!;
      expect(words.months, lang).toHaveLength(12);
      expect(words.weekdays, lang).toHaveLength(7);
      for (const forms of [...words.months, ...words.weekdays]) expect(forms.length, lang).toBeGreaterThan(0);
      expect(Object.values(words.relativeDays), lang).toEqual(expect.arrayContaining([-1, 0, 1]));
    }
    expect(CALENDAR_SOURCE).toMatch(/^Unicode CLDR \d+/);
  });

  it('reads month and weekday names in every form, lower-cased, with or without a final dot', () => {
    const de = calendarWords('de-AT')!;
    expect(de.lang).toBe('de');
    expect(de.monthByName.get('januar')).toBe(1);
    expect(de.monthByName.get('dez.')).toBe(12);
    expect(de.monthByName.get('dez')).toBe(12);
    expect(de.weekdayByName.get('montag')).toBe(1);
    expect(de.relativeDays.gestern).toBe(-1);
    expect(de.relativeDays.übermorgen).toBe(2);
    // Russian writes months in the genitive after a day number and in the nominative alone.
    const ru = calendarWords('ru')!;
    expect(ru.monthByName.get('января')).toBe(1);
    expect(ru.monthByName.get('январь')).toBe(1);
    expect(calendarWords('fr')!.monthByName.get('août')).toBe(8);
    expect(calendarWords('ja')!.monthByName.get('1月')).toBe(1);
    expect(calendarWords('ko')!.monthByName.get('12월')).toBe(12);
    expect(calendarWords('en')!.weekdayByName.get('sunday')).toBe(0);
  });

  it('finds Traditional Chinese for Taiwan, and nothing for a language CLDR data lacks', () => {
    expect(calendarWords('zh-TW')!.lang).toBe('zh-Hant');
    expect(calendarWords('zh')!.lang).toBe('zh');
    expect(calendarWords('tlh')).toBeUndefined();
    expect(calendarWords('not a tag')).toBeUndefined();
  });
});
