import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';
import type { Mention } from '../src/types';

// Sentences written for these tests, one story told in Portuguese, Dutch and Russian.
const REF = { referenceDate: '2026-01-10' };
const row = (m: Mention) => [m.type, m.text, m.span.start, m.key];
const of = (text: string, lang: string) => extractMentions({ text, lang }, REF).map(row);

describe('Portuguese', () => {
  it('reads dates, times, people, durations and places', () => {
    const text =
      'Ontem, 6 de janeiro de 2026, às 14h32, o pesquisador Jerry Tworek disse que deixou a OpenAI depois de quase sete anos em São Paulo.';
    expect(of(text, 'pt')).toEqual([
      ['DATE', 'Ontem', 0, 'date:2026-01-09'],
      ['DATE', '6 de janeiro de 2026', 7, 'date:2026-01-06'],
      ['DATE', '14h32', 32, 'date:2026-01-06T14:32'],
      ['ROLE', 'pesquisador', 41, 'role:researcher'],
      ['PERSON', 'Jerry Tworek', 53, 'person:jerry tworek'],
      ['ORG', 'OpenAI', 85, 'org:openai'],
      ['DURATION', 'quase sete anos', 102, 'duration:P7Y'],
      ['PLACE', 'São Paulo', 121, 'place:sao paulo'],
    ]);
  });

  it('reads money in reais and dollars, percentages, periods and "last March"', () => {
    const text =
      'A Petrobras investiu R$ 2,5 bilhões, cerca de 12 por cento a mais, no início de 2026; em março passado, 300 mortos.';
    expect(of(text, 'pt')).toEqual([
      ['ORG', 'Petrobras', 2, 'org:petrobras'],
      ['MONEY', 'R$ 2,5 bilhões', 21, 'money:2500000000BRL'],
      ['PERCENT', '12 por cento', 46, 'percent:12'],
      ['DATE', 'no início de 2026', 67, 'date:2026'],
      ['DATE', 'março passado', 89, 'date:2025-03'],
      ['NUMBER', '300', 104, 'number:300'],
    ]);
    expect(of('US$ 3 milhões', 'pt')).toEqual([['MONEY', 'US$ 3 milhões', 0, 'money:3000000USD']]);
  });

  it('does not read "mar" (the sea) as March', () => {
    expect(of('O navio voltou ao mar 5 vezes.', 'pt').filter((r) => r[0] === 'DATE')).toEqual([]);
  });
});

describe('Dutch', () => {
  it('reads dates, times, people and durations', () => {
    const text =
      'Gisteren, 6 januari 2026 om 14.32 uur, zei onderzoeker Jerry Tworek dat hij OpenAI na bijna zeven jaar verlaat.';
    expect(of(text, 'nl')).toEqual([
      ['DATE', 'Gisteren', 0, 'date:2026-01-09'],
      ['DATE', '6 januari 2026 om 14.32 uur', 10, 'date:2026-01-06T14:32'],
      ['ROLE', 'onderzoeker', 43, 'role:researcher'],
      ['PERSON', 'Jerry Tworek', 55, 'person:jerry tworek'],
      ['ORG', 'OpenAI', 76, 'org:openai'],
      ['DURATION', 'bijna zeven jaar', 86, 'duration:P7Y'],
    ]);
  });

  it('reads money, percentages, places, "vorige maart" and "begin 2026"', () => {
    const text =
      'ASML investeert 2,5 miljard euro in Amsterdam, ruim 12 procent meer dan vorige maart; begin 2026 volgt meer.';
    expect(of(text, 'nl')).toEqual([
      ['ORG', 'ASML', 0, 'org:asml'],
      ['MONEY', '2,5 miljard euro', 16, 'money:2500000000EUR'],
      ['PLACE', 'Amsterdam', 36, 'place:amsterdam'],
      ['PERCENT', '12 procent', 52, 'percent:12'],
      ['DATE', 'vorige maart', 72, 'date:2025-03'],
      ['DATE', 'begin 2026', 86, 'date:2026'],
    ]);
  });
});

describe('Russian', () => {
  it('reads dates, times, people and durations in Cyrillic', () => {
    const text =
      'Вчера, 6 января 2026 года, в 14:32 исследователь Джерри Творек заявил, что покидает OpenAI спустя почти семь лет.';
    expect(of(text, 'ru')).toEqual([
      ['DATE', 'Вчера', 0, 'date:2026-01-09'],
      ['DATE', '6 января 2026', 7, 'date:2026-01-06'],
      ['DATE', '14:32', 29, 'date:2026-01-06T14:32'],
      ['ROLE', 'исследователь', 35, 'role:researcher'],
      ['PERSON', 'Джерри Творек', 49, 'person:джерри творек'],
      ['ORG', 'OpenAI', 84, 'org:openai'],
      ['DURATION', 'почти семь лет', 98, 'duration:P7Y'],
    ]);
  });

  it('reads roubles, inflected place names, "в начале 2026 года" and "в прошлом марте"', () => {
    const text =
      'Сбербанк вложил 2,5 млрд рублей в Москве, около 12 процентов; в начале 2026 года и в прошлом марте погибли 300 человек.';
    expect(of(text, 'ru')).toEqual([
      ['ORG', 'Сбербанк', 0, 'org:sberbank'],
      ['MONEY', '2,5 млрд рублей', 16, 'money:2500000000RUB'],
      ['PLACE', 'Москве', 34, 'place:moscow'],
      ['PERCENT', '12 процентов', 48, 'percent:12'],
      ['DATE', 'в начале 2026', 62, 'date:2026'],
      ['DATE', 'прошлом марте', 85, 'date:2025-03'],
      ['NUMBER', '300', 107, 'number:300'],
    ]);
  });

  it('reads a month in the prepositional case against the reference', () => {
    expect(of('Сделка закрылась в декабре.', 'ru').filter((r) => r[0] === 'DATE')).toEqual([
      ['DATE', 'декабре', 19, 'date:2025-12'],
    ]);
  });
});
