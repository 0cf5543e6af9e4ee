import { readdirSync } from 'node:fs';
import { SUPPORTED_LANGUAGES } from '@corpus/core';
import { describe, expect, it } from 'vitest';
import { TRIGGER_NAMES, TRIGGERS } from './facts/predicates';
import { BUILT_IN_LOCALES, CompareError } from './index';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('./index')).sort()).toEqual([
      'BUILT_IN_LOCALES',
      'CompareError',
      'EXACT_LIMIT',
      'SCHEMA_VERSION',
      'STRUCTURE_DEFAULTS',
      'addToIndex',
      'analyze',
      'analyzeMany',
      'buildIndex',
      'compare',
      'compareIndex',
      'compareTexts',
      'createAnalyzer',
      'loadLanguages',
      'mergeIndexes',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
    ]);
  });

  it('exports exactly the renderers at @corpus/compare/render', async () => {
    expect(Object.keys(await import('./render/index')).sort()).toEqual([
      'renderHtml',
      'renderJson',
      'renderMarkdown',
    ]);
  });

  it('has a template for pnpm new-language with every trigger, all empty', async () => {
    const { xx } = await import('./locales/_template/index');
    expect(xx.lang).toBe('xx');
    expect(Object.keys(xx.triggers).sort()).toEqual([...TRIGGER_NAMES].sort());
    expect(Object.values(xx.triggers).flat()).toEqual([]);
    expect(Object.values(xx.concepts ?? {}).flat()).toEqual([]);
  });

  it('registers every built-in locale folder (not _template, which pnpm new-language copies)', () => {
    const folders = readdirSync(new URL('./locales/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
    expect(Object.keys(BUILT_IN_LOCALES).sort()).toEqual(folders);
    for (const [tag, locale] of Object.entries(BUILT_IN_LOCALES)) expect(locale.lang).toBe(tag);
  });

  it('has a fact locale for every language the monorepo supports', () => {
    for (const lang of SUPPORTED_LANGUAGES) expect(Object.keys(BUILT_IN_LOCALES)).toContain(lang);
  });

  it('has trigger patterns that compile and name only known triggers', () => {
    for (const locale of Object.values(BUILT_IN_LOCALES)) {
      for (const [name, patterns] of Object.entries(locale.triggers)) {
        expect(TRIGGER_NAMES).toContain(name);
        expect(TRIGGERS[name as keyof typeof TRIGGERS]).toBeDefined();
        for (const p of patterns ?? []) expect(() => new RegExp(p, 'iu')).not.toThrow();
      }
    }
  });

  it('recognises its errors across copies by marker', () => {
    const error = new CompareError('E_INVALID_INPUT', 'x');
    expect(CompareError.isInstance(error)).toBe(true);
    expect(CompareError.isInstance(new Error('x'))).toBe(false);
    expect(CompareError.isInstance({ name: 'CompareError', [Symbol.for('corpus.error')]: true })).toBe(true);
    expect(error.code).toBe('E_INVALID_INPUT');
  });
});
