import { describe, expect, it } from 'vitest';
import { analyze, compareTexts } from '../src/index';

// Invented for this test: one verdict written in each built-in language — a prison term of seven years,
// a fine of 3 million, and the ten years the prosecution asked for. The term and the fine are claims of
// their own concepts; the request is a term too, in the `request` scope, so it never meets the term
// given. Spanish, Italian and Portuguese write the terms in digits: @corpus/entities reads "a siete años"
// as one year (see test/invented-verdict.test.ts).
const verdicts: Record<string, string> = {
  en: 'A court sentenced Anna Berg to seven years in prison and fined her $3 million. Prosecutors had sought ten years in prison.',
  de: 'Das Gericht verurteilte Anna Berg zu einer Haftstrafe von sieben Jahren und einer Geldstrafe von 3 Millionen Euro. Die Staatsanwaltschaft hatte zehn Jahre Haft gefordert.',
  fr: "Le tribunal a condamné Anna Berg à sept ans de prison et à une amende de 3 millions d'euros. Le parquet avait requis dix ans de prison.",
  es: 'El tribunal condenó a Anna Berg a 7 años de cárcel y a una multa de 3 millones de euros. La fiscalía pedía 10 años de prisión.',
  it: 'Il tribunale ha condannato Anna Berg a 7 anni di reclusione e a una multa di 3 milioni di euro. La procura aveva chiesto 10 anni di carcere.',
  pt: 'O tribunal condenou Anna Berg a 7 anos de prisão e a uma multa de 3 milhões de euros. O Ministério Público pediu 10 anos de prisão.',
  nl: 'De rechtbank veroordeelde Anna Berg tot zeven jaar cel en een boete van 3 miljoen euro. Het OM had tien jaar cel geëist.',
  ru: 'Суд приговорил Анну Берг к семи годам лишения свободы и штрафу в 3 миллиона рублей. Прокуратура просила 10 лет колонии.',
  ja: '裁判所はアンナ・ベルグ被告に懲役7年と罰金300万円の判決を言い渡した。検察側は懲役10年を求刑していた。',
  zh: '法院判处安娜·伯格有期徒刑七年，并处罚金300万元。检方建议判处10年有期徒刑。',
  ko: '법원은 안나 베르그에게 징역 7년과 벌금 3억원을 선고했다. 검찰은 징역 10년을 구형했다.',
};

const amountOf = (v: { kind: string; iso?: string; amount?: number }) => v.iso ?? v.amount;

describe('prison terms, fines and what was asked for, in every built-in language', () => {
  it.each(Object.entries(verdicts))('%s', (lang, text) => {
    const { facts } = analyze({ name: `${lang}.txt`, lang, text });
    const fine = lang === 'ko' ? 300_000_000 : 3_000_000;
    expect(facts.map((f) => [f.predicate, amountOf(f.value as never), f.scope])).toEqual([
      ['sentence', 'P7Y', undefined],
      ['fine', fine, undefined],
      ['sentence', 'P10Y', 'request'],
    ]);
  });

  it('a term asked for in one article is not set against the term given in another', () => {
    const c = compareTexts([
      { name: 'a-en.txt', lang: 'en', text: verdicts.en! },
      { name: 'b-de.txt', lang: 'de', text: verdicts.de! },
      { name: 'c-ja.txt', lang: 'ja', text: verdicts.ja! },
    ]);
    expect(c.conflicts).toEqual([]);
    const terms = c.agreements.filter((g) => g.predicate === 'sentence');
    expect(terms.map((g) => g.values.map((v) => [v.display, v.sources]))).toEqual([
      [['7 years', ['a-en.txt', 'b-de.txt', 'c-ja.txt']]],
      [['10 years', ['a-en.txt', 'b-de.txt', 'c-ja.txt']]],
    ]);
  });

  it('"former" before a person says who they were: the term given them is still the story\'s', () => {
    const c = compareTexts([
      {
        name: 'a-en.txt',
        lang: 'en',
        text: 'A court sentenced the former banker Paolo Ferri to eight years in prison.',
      },
      {
        name: 'b-fr.txt',
        lang: 'fr',
        text: "L'ancien banquier Paolo Ferri a été condamné à six ans de prison.",
      },
    ]);
    expect(c.facts.map((f) => [f.source, f.predicate, f.display, f.scope])).toEqual([
      ['a-en.txt', 'sentence', 'eight years', undefined],
      ['b-fr.txt', 'sentence', 'six ans', undefined],
    ]);
    expect(c.conflicts.map((g) => [g.predicate, g.values.map((v) => v.display)])).toEqual([
      ['sentence', ['8 years', '6 years']],
    ]);
  });

  it.each([
    ['it', 'Mario Rossi, 61 anni, è stato condannato a 6 anni di carcere.'],
    ['it', 'Il banchiere Mario Rossi (61 anni) è stato condannato a 6 anni di carcere.'],
    ['fr', 'Jean Dupont, 61 ans, a été condamné à six ans de prison.'],
    ['es', 'Juan Pérez, de 61 años, fue condenado a 6 años de cárcel.'],
    ['pt', 'João Silva, 61 anos, foi condenado a 6 anos de prisão.'],
  ])('an age in years after a name (%s: %s) is the age, not a second term', (lang, text) => {
    const { facts } = analyze({ name: 'x.txt', lang, text });
    expect(facts.map((f) => [f.predicate, amountOf(f.value as never)])).toEqual([
      ['age', 61],
      ['sentence', 'P6Y'],
    ]);
  });

  it('a bare count beside a prison word is not a term ("jailed 40 protesters")', () => {
    const { facts } = analyze({ name: 'x.txt', lang: 'en', text: 'Police jailed 40 protesters on Tuesday.' });
    expect(facts.filter((f) => f.predicate === 'sentence')).toEqual([]);
  });
});
