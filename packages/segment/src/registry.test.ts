import { describe, expect, it } from 'vitest';
import { createSegmenter, intlPlugin, SegmentError, type SegmenterPlugin, segment } from './index';

const texts = (t: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => t.slice(s.start, s.end));

/** A plugin that cuts on `|` for sentences and on spaces for words, and records what it was asked. */
function pipePlugin(name: string, languages: string[], calls: string[] = []): SegmenterPlugin {
  return {
    specificationVersion: 'v1',
    name,
    languages,
    supports: { sentence: true, word: false },
    doSegment(text, { granularity, language }) {
      calls.push(`${granularity}:${language}:${text}`);
      const out = [];
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i === text.length || text[i] === '|') {
          if (i > start) out.push({ start, end: i + (i < text.length ? 1 : 0) });
          start = i + 1;
        }
      }
      return out;
    },
  };
}

describe('language lookup (the chain of @corpus/core)', () => {
  it('truncates BCP 47 tags from the end, skipping private-use singletons', () => {
    const seg = createSegmenter({ plugins: [pipePlugin('swiss', ['de-CH']), pipePlugin('german', ['de'])] });
    expect(seg.resolve('de-CH-x-news')).toMatchObject({ language: 'de-CH-x-news', matched: 'de-CH' });
    expect(seg.resolve('de-AT')).toMatchObject({ matched: 'de', sentence: 'german' });
  });

  it('tries the script a region implies: zh-TW finds a zh-Hant plugin', () => {
    const seg = createSegmenter({ plugins: [pipePlugin('zh-all', ['zh']), pipePlugin('hant', ['zh-Hant'])] });
    expect(seg.resolve('zh-TW')).toMatchObject({ matched: 'zh-Hant', sentence: 'hant' });
  });
});

describe('createSegmenter', () => {
  it('finds the most specific plugin: zh-Hant-TW → zh-Hant → zh', () => {
    const seg = createSegmenter({ plugins: [pipePlugin('zh-all', ['zh']), pipePlugin('hant', ['zh-Hant'])] });
    expect(seg.resolve('zh-Hant-TW')).toEqual({
      language: 'zh-Hant-TW',
      matched: 'zh-Hant',
      sentence: 'hant',
      word: 'intl',
    });
    expect(seg.resolve('zh-hans-cn').matched).toBe('zh');
    expect(seg.resolve('ko')).toEqual({ language: 'ko', matched: null, sentence: 'intl', word: 'intl' });
    expect(seg.languages).toEqual(['zh', 'zh-Hant']);
  });

  it('lets a later plugin replace an earlier one for the same language', () => {
    const seg = createSegmenter({ plugins: [pipePlugin('first', ['fr']), pipePlugin('second', ['fr'])] });
    expect(seg.resolve('fr-CA').sentence).toBe('second');
  });

  it('uses the fallback for the granularity a plugin does not support, line by line', () => {
    const calls: string[] = [];
    const seg = createSegmenter({ plugins: [pipePlugin('pipes', ['qaa'], calls)] });
    const text = 'one|two\nthree four';
    const out = seg.segment(text, { lang: 'qaa' });
    expect(texts(text, out.sentences)).toEqual(['one|', 'two', 'three four']);
    expect(out.sentences[2]).toEqual({ start: 8, end: 18 });
    expect(out.tokens.map((t) => text.slice(t.span.start, t.span.end))).toEqual([
      'one',
      '|',
      'two',
      'three',
      'four',
    ]);
    expect(out.segmenter).toBe('pipes');
    expect(calls).toEqual(['sentence:qaa:one|two', 'sentence:qaa:three four']);
  });

  it('serves Korean and Russian with their built-in plugins, and Greek through Intl.Segmenter', () => {
    const ko = '안녕하세요. 반갑습니다!';
    const out = segment(ko, { lang: 'ko' });
    expect(out).toMatchObject({ lang: 'ko', segmenter: 'ko' });
    expect(texts(ko, out.sentences)).toEqual(['안녕하세요.', '반갑습니다!']);
    expect(out.tokens[0]).toEqual({ span: { start: 0, end: 5 }, kind: 'word', script: 'Hangul' });
    const ru = 'Привет, мир. Как дела?';
    expect(texts(ru, segment(ru, { lang: 'ru-RU' }).sentences)).toEqual(['Привет, мир.', 'Как дела?']);
    expect(segment(ru, { lang: 'ru' }).tokens[0]?.script).toBe('Cyrillic');
    expect(segment(ru, { lang: 'ru-RU' }).segmenter).toBe('ru');
    const el = 'Γεια σου, κόσμε. Τι κάνεις;';
    const greek = segment(el, { lang: 'el' });
    expect(greek).toMatchObject({ lang: 'el', segmenter: 'intl' });
    expect(texts(el, greek.sentences)).toEqual(['Γεια σου, κόσμε.', 'Τι κάνεις;']);
  });

  it('treats every line break as the end of a sentence and never returns whitespace', () => {
    const text = '  Heading\r\n\r\n| a | b |\n- item one\n·bullet  \n';
    expect(texts(text, segment(text, { lang: 'en' }).sentences)).toEqual([
      'Heading',
      '| a | b |',
      '- item one',
      '·bullet',
    ]);
    expect(segment('', { lang: 'en' })).toEqual({
      lang: 'en',
      segmenter: 'latin-en',
      sentences: [],
      tokens: [],
    });
    expect(segment(' \n\t ', { lang: 'ja' }).sentences).toEqual([]);
  });

  it('returns JSON-serialisable, deterministic output', () => {
    const text = 'Dr. Who? Yes. 日本語。';
    const a = segment(text, { lang: 'en' });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(segment(text, { lang: 'en' })).toEqual(a);
  });
});

describe('errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(SegmentError.isInstance(e)).toBe(true);
      return [(e as SegmentError).code, (e as SegmentError).plugin];
    }
    throw new Error('expected a SegmentError');
  };

  it('rejects misuse with stable codes', () => {
    expect(code(() => segment('x', { lang: '' }))).toEqual(['E_INVALID_LANGUAGE', undefined]);
    expect(code(() => segment('x', { lang: 'not a tag' }))).toEqual(['E_INVALID_LANGUAGE', undefined]);
    expect(code(() => segment(42 as unknown as string, { lang: 'en' }))).toEqual([
      'E_INVALID_ARGUMENT',
      undefined,
    ]);
    expect(code(() => segment('x', undefined as unknown as { lang: string }))).toEqual([
      'E_INVALID_ARGUMENT',
      undefined,
    ]);
  });

  it('checks plugins when the segmenter is created', () => {
    const v2 = { ...intlPlugin, name: 'future', specificationVersion: 'v2' } as unknown as SegmenterPlugin;
    expect(code(() => createSegmenter({ plugins: [v2] }))).toEqual(['E_UNSUPPORTED_SPECIFICATION', 'future']);
    const noFn = { ...intlPlugin, name: 'nofn', doSegment: undefined } as unknown as SegmenterPlugin;
    expect(code(() => createSegmenter({ plugins: [noFn] }))).toEqual(['E_INVALID_PLUGIN', 'nofn']);
    const badTag = { ...intlPlugin, name: 'badtag', languages: ['??'] };
    expect(code(() => createSegmenter({ plugins: [badTag] }))).toEqual(['E_INVALID_PLUGIN', 'badtag']);
  });

  it('wraps a throwing plugin in E_PLUGIN_FAILED naming it, with the cause', () => {
    const boom: SegmenterPlugin = {
      ...intlPlugin,
      name: 'boom',
      languages: ['xx'],
      doSegment() {
        throw new RangeError('kaputt');
      },
    };
    const seg = createSegmenter({ plugins: [boom] });
    expect(code(() => seg.segment('text', { lang: 'xx' }))).toEqual(['E_PLUGIN_FAILED', 'boom']);
    try {
      seg.sentences('text', { lang: 'xx' });
    } catch (e) {
      expect((e as Error).message).toContain('"boom"');
      expect((e as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('rejects invalid plugin output: overlap, out of bounds, uncovered text, split surrogate', () => {
    const bad = (spans: { start: number; end: number }[]): SegmenterPlugin => ({
      ...intlPlugin,
      name: 'bad',
      languages: ['xx'],
      doSegment: () => spans,
    });
    const run = (spans: { start: number; end: number }[], text = 'ab cd') =>
      code(() => createSegmenter({ plugins: [bad(spans)] }).sentences(text, { lang: 'xx' }));
    expect(
      run([
        { start: 0, end: 4 },
        { start: 3, end: 5 },
      ]),
    ).toEqual(['E_INVALID_OUTPUT', 'bad']);
    expect(run([{ start: 0, end: 9 }])).toEqual(['E_INVALID_OUTPUT', 'bad']);
    expect(run([{ start: 0, end: 2 }])).toEqual(['E_INVALID_OUTPUT', 'bad']);
    expect(
      run(
        [
          { start: 0, end: 1 },
          { start: 1, end: 2 },
        ],
        '😀',
      ),
    ).toEqual(['E_INVALID_OUTPUT', 'bad']);
  });

  it('recognises errors from another copy of the package by their marker', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'SegmentError',
      [Symbol.for('corpus.error')]: true,
    });
    expect(SegmentError.isInstance(foreign)).toBe(true);
    expect(SegmentError.isInstance(new Error('x'))).toBe(false);
  });
});
