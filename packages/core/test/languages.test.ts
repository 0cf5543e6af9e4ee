import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_LANGUAGES } from '../src/calendar';
import * as tags from '../src/languages';

describe('language tags', () => {
  it('canonicalises well-formed tags and rejects the rest', () => {
    expect(tags.canonicalLanguageTag('zh_hant-tw')).toBe('zh-Hant-TW');
    expect(tags.canonicalLanguageTag(' EN-gb ')).toBe('en-GB');
    expect(tags.canonicalLanguageTag('pt_BR')).toBe('pt-BR');
    for (const bad of ['', '  ', 'english!', 'e', '12', 'x'.repeat(200)])
      expect(tags.canonicalLanguageTag(bad)).toBeUndefined();
  });

  it('gives the primary language, und for malformed tags', () => {
    expect(tags.primaryLanguage('pt-BR')).toBe('pt');
    expect(tags.primaryLanguage('ZH-Hant-TW')).toBe('zh');
    expect(tags.primaryLanguage('not a tag')).toBe('und');
  });

  it('builds the RFC 4647 lookup chain, with the implied script for a region', () => {
    expect(tags.lookupChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(tags.lookupChain('zh-TW')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(tags.lookupChain('de-CH')).toEqual(['de-CH', 'de-Latn-CH', 'de-Latn', 'de']);
    expect(tags.lookupChain('en-a-bbb-x-private')).toEqual(['en-a-bbb-x-private', 'en-a-bbb', 'en']);
    expect(tags.lookupChain('??')).toEqual([]);
  });

  it('remembers chains, but a caller that changes one changes no later answer', () => {
    const first = tags.lookupChain('zh-TW');
    first.length = 0;
    first.push('xx');
    expect(tags.lookupChain('zh-TW')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh']);
    // More distinct tags than the cache holds: old ones are computed again, still right.
    for (let i = 0; i < 600; i++) tags.lookupChain(`en-x-t${i}`);
    expect(tags.lookupChain('zh-TW')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(tags.lookupChain('en-x-t5')).toEqual(['en-x-t5', 'en']);
  });

  it('looks a tag up in a table, most specific first', () => {
    const table = { zh: 'simplified', 'zh-Hant': 'traditional', en: 'english' };
    expect(tags.lookupLanguage('zh-HK', table)).toBe('traditional');
    expect(tags.lookupLanguage('zh-CN', table)).toBe('simplified');
    expect(tags.lookupLanguage('en-GB', table)).toBe('english');
    expect(tags.lookupLanguage('fr', table)).toBeUndefined();
    expect(tags.lookupLanguage('toString', table)).toBeUndefined();
  });

  it('knows the supported languages, each with CLDR calendar words', () => {
    expect(tags.SUPPORTED_LANGUAGES.join(' ')).toBe('en de fr es it pt nl ru ja zh ko');
    for (const lang of tags.SUPPORTED_LANGUAGES) {
      expect(tags.isSupportedLanguage(`${lang}-XX`), lang).toBe(true);
      expect(CALENDAR_LANGUAGES, lang).toContain(lang);
    }
    expect(tags.isSupportedLanguage('th')).toBe(false);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const canonical = tags.canonicalLanguageTag(s);
        const chain = tags.lookupChain(s);
        expect(chain.length > 0).toBe(canonical !== undefined);
        if (canonical) expect(chain[0]).toBe(canonical);
        expect(tags.primaryLanguage(s)).toMatch(/^[a-z]{2,8}$/);
      }),
    );
  });
});
