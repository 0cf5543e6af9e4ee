import { describe, expect, it } from 'vitest';

describe('@corpus/core public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('./index');
    expect(Object.keys(api).sort()).toEqual(
      [
        'CALENDAR_LANGUAGES',
        'CALENDAR_SOURCE',
        'CURRENCY_LANGUAGES',
        'CURRENCY_SOURCE',
        'CorpusError',
        'SUPPORTED_LANGUAGES',
        'allMatches',
        'calendarWords',
        'canonicalLanguageTag',
        'currencyWords',
        'isSupportedLanguage',
        'lookupChain',
        'lookupLanguage',
        'parseReferenceDate',
        'primaryLanguage',
        'requireReferenceDate',
        'sha256',
        'sha256Hex',
      ].sort(),
    );
  });
});
