import { describe, expect, it } from 'vitest';
import { CURRENCY_LANGUAGES, CURRENCY_SOURCE, currencyWords, SUPPORTED_LANGUAGES } from '../src/index';

describe('currency words from CLDR', () => {
  it('has names of more than a hundred currencies in every supported language', () => {
    expect([...CURRENCY_LANGUAGES].sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = currencyWords(lang)!;
      expect(new Set(words.names.values()).size, lang).toBeGreaterThan(100);
      expect(words.symbols.get('€'), lang).toBe('EUR');
    }
    expect(CURRENCY_SOURCE).toMatch(/^Unicode CLDR \d+/);
  });

  it('reads names in every plural form, lower-cased, and CJK names also without their spaces', () => {
    expect(currencyWords('fr')!.names.get('francs suisses')).toBe('CHF');
    expect(currencyWords('fr')!.names.get('franc suisse')).toBe('CHF');
    expect(currencyWords('de-CH')!.names.get('schweizer franken')).toBe('CHF');
    expect(currencyWords('ru')!.names.get('российских рублей')).toBe('RUB');
    expect(currencyWords('ja')!.names.get('スイスフラン')).toBe('CHF');
    expect(currencyWords('ko')!.names.get('대한민국 원')).toBe('KRW');
    expect(currencyWords('ko')!.names.get('대한민국원')).toBe('KRW');
    // zh gathers the Simplified and the Traditional names; zh-TW finds it.
    expect(currencyWords('zh')!.names.get('人民币')).toBe('CNY');
    expect(currencyWords('zh-TW')!.names.get('人民幣')).toBe('CNY');
  });

  it('gives a symbol the currency whose own symbol it is, and no shared narrow sign', () => {
    expect(currencyWords('en')!.symbols.get('$')).toBe('USD');
    expect(currencyWords('en')!.symbols.get('HK$')).toBe('HKD');
    expect(currencyWords('fr')!.symbols.get('$US')).toBe('USD');
    // "$" is only the narrow sign every dollar shares in French: it says no currency.
    expect(currencyWords('fr')!.symbols.get('$')).toBeUndefined();
    expect(currencyWords('zh')!.symbols.get('¥')).toBe('CNY');
    expect(currencyWords('en')!.symbols.get('¥')).toBe('JPY');
    expect(currencyWords('ja')!.symbols.get('元')).toBe('CNY');
    // ISO codes in every language, but not the ones that are also capitalised words ("TOP").
    expect(currencyWords('de')!.symbols.get('CHF')).toBe('CHF');
    expect(currencyWords('de')!.symbols.get('TOP')).toBeUndefined();
  });

  it('leaves out withdrawn currencies and the names that are also a people', () => {
    expect(currencyWords('de')!.names.get('deutsche mark')).toBeUndefined();
    expect(currencyWords('fr')!.names.get('franc français')).toBeUndefined();
    expect(currencyWords('es')!.names.get('bolivianos')).toBeUndefined();
    expect(currencyWords('tlh')).toBeUndefined();
  });
});
