import { SUPPORTED_LANGUAGES } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { checkLanguage, suggestLanguage } from '../src/language';
import { editDistance } from '../src/suggest';

describe('checkLanguage', () => {
  it('accepts every supported language, with a region or script too', () => {
    for (const tag of [...SUPPORTED_LANGUAGES, 'pt-BR', 'zh-Hant', 'en-GB']) {
      expect(checkLanguage(tag)).toMatchObject({ ok: true, tag, supported: true });
    }
  });

  it('accepts a known language outside the supported list, flagged as not supported', () => {
    expect(checkLanguage('el')).toEqual({ ok: true, tag: 'el', name: 'Greek', supported: false });
    expect(checkLanguage('TH')).toEqual({ ok: true, tag: 'th', name: 'Thai', supported: false });
    // ISO 639-2 codes are canonicalised by Intl.
    expect(checkLanguage('deu')).toMatchObject({ ok: true, tag: 'de', supported: true });
  });

  it('refuses well-formed tags that name no language, and malformed ones', () => {
    for (const tag of ['english', 'xx', 'und', 'qaa', 'en--us', '', '12']) {
      expect(checkLanguage(tag).ok).toBe(false);
    }
  });
});

describe('suggestLanguage', () => {
  it.each([
    ['english', 'en'],
    ['English', 'en'],
    ['german', 'de'],
    ['Deutsch', 'de'],
    ['allemand', 'de'],
    ['espanol', 'es'],
    ['Español', 'es'],
    ['日本語', 'ja'],
    ['中文', 'zh'],
    ['russian', 'ru'],
    ['русский', 'ru'],
    ['korean', 'ko'],
    ['englsh', 'en'],
    ['portugese', 'pt'],
    ['greek', 'el'],
    ['jp', 'ja'],
    ['cn', 'zh'],
    ['gr', 'el'],
  ])('%s → %s', (typed, tag) => {
    expect(suggestLanguage(typed)).toBe(tag);
  });

  it('suggests nothing when nothing is close', () => {
    for (const typed of ['xx', 'qwertyuiop', 'zz', '!!', '']) expect(suggestLanguage(typed)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistance('format', 'formt')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
