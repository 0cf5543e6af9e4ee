import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_LANGUAGES,
  canonicalLanguageTag,
  isSupportedLanguage,
  lookupChain,
  lookupLanguage,
  primaryLanguage,
  SUPPORTED_LANGUAGES,
} from '../src/index';

describe('language tags', () => {
  it('canonicalises well-formed tags and rejects the rest', () => {
    expect(canonicalLanguageTag('zh_hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguageTag(' EN-gb ')).toBe('en-GB');
    expect(canonicalLanguageTag('pt_BR')).toBe('pt-BR');
    for (const bad of ['', '  ', 'english!', 'e', '12', 'x'.repeat(200)])
      expect(canonicalLanguageTag(bad)).toBeUndefined();
  });

  it('gives the primary language, und for malformed tags', () => {
    expect(primaryLanguage('pt-BR')).toBe('pt');
    expect(primaryLanguage('ZH-Hant-TW')).toBe('zh');
    expect(primaryLanguage('not a tag')).toBe('und');
  });

  it('builds the RFC 4647 lookup chain, with the implied script for a region', () => {
    expect(lookupChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(lookupChain('zh-TW')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(lookupChain('de-CH')).toEqual(['de-CH', 'de-Latn-CH', 'de-Latn', 'de']);
    expect(lookupChain('en-a-bbb-x-private')).toEqual(['en-a-bbb-x-private', 'en-a-bbb', 'en']);
    expect(lookupChain('??')).toEqual([]);
  });

  it('looks a tag up in a table, most specific first', () => {
    const table = { zh: 'simplified', 'zh-Hant': 'traditional', en: 'english' };
    expect(lookupLanguage('zh-HK', table)).toBe('traditional');
    expect(lookupLanguage('zh-CN', table)).toBe('simplified');
    expect(lookupLanguage('en-GB', table)).toBe('english');
    expect(lookupLanguage('fr', table)).toBeUndefined();
    expect(lookupLanguage('toString', table)).toBeUndefined();
  });

  it('knows the supported languages, each with CLDR calendar words', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ja', 'zh', 'ko']);
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(isSupportedLanguage(`${lang}-XX`), lang).toBe(true);
      expect(CALENDAR_LANGUAGES, lang).toContain(lang);
    }
    expect(isSupportedLanguage('th')).toBe(false);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const canonical = canonicalLanguageTag(s);
        const chain = lookupChain(s);
        expect(chain.length > 0).toBe(canonical !== undefined);
        if (canonical) expect(chain[0]).toBe(canonical);
        expect(primaryLanguage(s)).toMatch(/^[a-z]{2,8}$/);
      }),
    );
  });
});
