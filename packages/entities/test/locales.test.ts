import { readdirSync } from 'node:fs';
import { SUPPORTED_LANGUAGES } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES, findLocale } from '../src/locales/index';

describe('locales', () => {
  it('registers every built-in locale folder', () => {
    const folders = readdirSync(new URL('../src/locales/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
    expect(Object.keys(BUILT_IN_LOCALES).sort()).toEqual(folders);
    for (const [lang, locale] of Object.entries(BUILT_IN_LOCALES)) expect(locale.lang).toBe(lang);
  });

  it("has a locale for every language of @corpus/core's SUPPORTED_LANGUAGES", () => {
    for (const lang of SUPPORTED_LANGUAGES) expect(BUILT_IN_LOCALES[lang]?.lang, lang).toBe(lang);
  });

  it('looks languages up by BCP 47 truncation', () => {
    expect(findLocale('zh-Hans-CN')?.lang).toBe('zh');
    expect(findLocale('de_AT')?.lang).toBe('de');
    expect(findLocale('tlh')).toBeUndefined();
    expect(findLocale('pt-BR')?.lang).toBe('pt');
    expect(findLocale('nl_BE')?.lang).toBe('nl');
  });
});
