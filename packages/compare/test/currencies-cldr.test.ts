import { currencyWords } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';
import { BUILT_IN_LOCALES } from '../src/locales/index';

// Invented for these tests: one bank's fine, written in each language with the currency in words.
const FINES: readonly (readonly [string, string, string])[] = [
  ['fr', 'La banque a payé une amende de 3 millions de francs suisses.', 'CHF'],
  ['de', 'Die Bank zahlte eine Geldstrafe von 3 Millionen Schweizer Franken.', 'CHF'],
  ['en', 'The bank paid a fine of 3 million Swiss francs.', 'CHF'],
  ['es', 'El banco pagó una multa de 3 millones de francos suizos.', 'CHF'],
  ['it', 'La banca ha pagato una multa di 3 milioni di franchi svizzeri.', 'CHF'],
  ['pt', 'O banco pagou uma multa de 3 milhões de francos suíços.', 'CHF'],
  ['nl', 'De bank betaalde een boete van 3 miljoen Zwitserse frank.', 'CHF'],
  ['ru', 'Банк заплатил штраф в размере 3 миллионов швейцарских франков.', 'CHF'],
  ['ja', '銀行は300万スイスフランの罰金を支払った。', 'CHF'],
  ['zh', '该银行被罚款300万人民币。', 'CNY'],
  ['ko', '은행은 5억 원의 벌금을 냈다.', 'KRW'],
  ['de', 'Die Bank zahlte eine Geldstrafe von 3 Mio. CHF.', 'CHF'],
  ['ko', '은행은 300만 위안화의 벌금을 냈다.', 'CNY'],
  ['zh', '该银行被罚款300万瑞郎。', 'CHF'],
];

const fineOf = (lang: string, text: string) => {
  const c = compareTexts([{ name: 'a.txt', lang, text }]);
  const fine = c.facts.find((f) => f.predicate === 'fine');
  return fine?.value.kind === 'quantity' ? fine.value.unit : undefined;
};

describe("currency words from CLDR (@corpus/core's currencyWords)", () => {
  it('cover every built-in language', () => {
    for (const lang of Object.keys(BUILT_IN_LOCALES)) {
      expect(new Set(currencyWords(lang)?.names.values()).size, lang).toBeGreaterThan(100);
    }
  });

  it.each(FINES)(
    'read an amount with its currency in words as that currency (%s: %s)',
    (lang, text, code) => {
      expect(fineOf(lang, text)).toBe(code);
    },
  );

  it('leave a number followed by an ordinary word, a unit or a demonym as it was', () => {
    // "3 bolivianos" are three Bolivians, "lei" after a number is "she" (CLDR's narrow sign of the leu),
    // "5 KM" are kilometres (CLDR's narrow sign of the convertible mark).
    const c = compareTexts([
      { name: 'a.txt', lang: 'es', text: 'La policía detuvo a 3 bolivianos en la frontera.' },
      { name: 'b.txt', lang: 'it', text: 'Di quei libri ne ha letti 5 lei e 3 lui.' },
      { name: 'c.txt', lang: 'de', text: 'Die Strecke ist 5 KM lang.' },
    ]);
    const analyzed = (c as unknown as { analyzed: { mentions: { type: string }[] }[] }).analyzed;
    expect(
      c.facts.filter((f) => f.value.kind === 'quantity' && /^[A-Z]{3}$/.test(f.value.unit ?? '')),
    ).toEqual([]);
    expect(analyzed.flatMap((d) => d.mentions).filter((m) => m.type === 'MONEY')).toEqual([]);
  });

  it('align two articles that agree on a sum in different languages and currencies written out', () => {
    const c = compareTexts([
      { name: 'fr.txt', lang: 'fr', text: 'La banque a payé une amende de 3 millions de francs suisses.' },
      {
        name: 'de.txt',
        lang: 'de',
        text: 'Die Bank zahlte eine Geldstrafe von 3 Millionen Schweizer Franken.',
      },
      { name: 'ja.txt', lang: 'ja', text: '銀行は300万スイスフランの罰金を支払った。' },
    ]);
    const fine = c.agreements.find((g) => g.predicate === 'fine');
    expect(fine?.values.map((v) => [v.display, v.sources])).toEqual([
      ['3 million CHF', ['fr.txt', 'de.txt', 'ja.txt']],
    ]);
    // The same figure is not reported a second time as a bare number the articles share.
    expect(c.agreements.filter((g) => g.predicate === 'stated')).toEqual([]);
    expect(c.conflicts).toEqual([]);
  });

  it('set two different sums in one currency against each other across languages', () => {
    const c = compareTexts([
      { name: 'fr.txt', lang: 'fr', text: 'La banque a payé une amende de 3 millions de francs suisses.' },
      { name: 'ru.txt', lang: 'ru', text: 'Банк заплатил штраф в размере 5 миллионов швейцарских франков.' },
    ]);
    const fine = c.conflicts.find((g) => g.predicate === 'fine');
    expect(fine?.values.map((v) => v.display)).toEqual(['3 million CHF', '5 million CHF']);
  });
});
