import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  builtinPlugins,
  createSegmenter,
  type Segmentation,
  SegmentError,
  type SegmenterPlugin,
  segment,
  type Token,
  tokenTable,
} from './index';

const TEXTS: Record<string, string> = {
  en: 'Dr. Smith paid $4.5 million on 3 May 2024 — see https://example.com/a?b=1. "Really?" she asked.',
  de: 'Die Bundesregierung (BMF) zahlte 1.200,50 € an 12 Länder; Hamburg-Altona erhielt 30 %.',
  ru: 'В 2023 г. «Газпром» выплатил 1,5 трлн руб., сообщил А. С. Пушкин.',
  ja: '東京都は2024年5月3日、新型コロナ対策に１２億円を計上したと発表した。カタカナとEnglishも。',
  zh: '国务院总理李强说，2024年经济增长5.2%。他在北京发表讲话。',
  ko: '서울시는 2024년 5월 3일 12억 원을 배정했다고 밝혔다. 김민수 씨가 말했다.',
  ar: 'قال الرئيس إن الاقتصاد نما بنسبة 3٪ في عام 2024.',
  el: 'Η Αθήνα πλήρωσε 5 εκατ. ευρώ.',
};

/** The tokens as plain data, read through the public accessor of each token. */
const plain = (tokens: readonly Token[]) =>
  tokens.map((t) => ({ span: { start: t.span.start, end: t.span.end }, kind: t.kind, script: t.script }));

describe('Segmentation.tokens, made on first read', () => {
  it('is an own, enumerable accessor that returns the same array each time', () => {
    const seg = segment(TEXTS.en as string, { lang: 'en' });
    const d = Object.getOwnPropertyDescriptor(seg, 'tokens');
    expect(d?.enumerable).toBe(true);
    expect(typeof d?.get).toBe('function');
    expect(Object.keys(seg)).toEqual(['lang', 'segmenter', 'sentences', 'tokens']);
    expect(seg.tokens).toBe(seg.tokens);
  });

  it('reads as the tokens themselves: JSON, spread, structuredClone, postMessage, toEqual', () => {
    for (const [lang, text] of Object.entries(TEXTS)) {
      const seg = segment(text, { lang });
      const data = JSON.parse(JSON.stringify(seg)) as Segmentation;
      expect(Object.keys(data)).toEqual(['lang', 'segmenter', 'sentences', 'tokens']);
      expect(data.tokens.length).toBeGreaterThan(5);
      expect(data.tokens).toEqual(plain(seg.tokens));
      expect(seg).toEqual(data);
      expect(seg).toStrictEqual(data);
      expect({ ...seg }).toEqual(data);
      expect(structuredClone(seg)).toEqual(data);
      const { port1, port2 } = new MessageChannel();
      port1.postMessage(seg);
      expect(receiveMessageOnPort(port2)?.message).toEqual(data);
      port1.close();
    }
  });

  it('serialises before and after the first read alike', () => {
    const text = TEXTS.ja as string;
    const unread = JSON.stringify(segment(text, { lang: 'ja' }));
    const seg = segment(text, { lang: 'ja' });
    void seg.tokens.length;
    expect(JSON.stringify(seg)).toBe(unread);
  });

  it('cuts real text into the tokens one expects', () => {
    const text = 'Rom zahlte 1,5 Mio. € an Köln.';
    const seg = segment(text, { lang: 'de' });
    expect(seg.tokens.map((t) => [text.slice(t.span.start, t.span.end), t.kind, t.script])).toEqual([
      ['Rom', 'word', 'Latin'],
      ['zahlte', 'word', 'Latin'],
      ['1,5', 'number', 'Common'],
      ['Mio.', 'word', 'Latin'],
      ['€', 'symbol', 'Common'],
      ['an', 'word', 'Latin'],
      ['Köln', 'word', 'Latin'],
      ['.', 'punctuation', 'Common'],
    ]);
  });

  it('can be replaced, and is then what tokenTable reads', () => {
    const text = 'one two three';
    const seg = segment(text, { lang: 'en' });
    seg.tokens = seg.tokens.slice(1);
    expect(seg.tokens.map((t) => text.slice(t.span.start, t.span.end))).toEqual(['two', 'three']);
    const table = tokenTable(seg);
    expect(table.length).toBe(2);
    expect([...table.starts]).toEqual([4, 8]);
    expect(JSON.parse(JSON.stringify(seg)).tokens).toHaveLength(2);
  });
});

describe('tokenTable', () => {
  it('holds what tokens holds, in typed arrays, for every language', () => {
    for (const [lang, text] of Object.entries(TEXTS)) {
      const seg = segment(text, { lang });
      const table = tokenTable(seg);
      expect(table.starts).toBeInstanceOf(Int32Array);
      expect(table.ends).toBeInstanceOf(Int32Array);
      expect(table.kinds).toBeInstanceOf(Uint8Array);
      expect(table.scripts).toBeInstanceOf(Uint8Array);
      const rows = Array.from({ length: table.length }, (_, i) => ({
        span: { start: table.starts[i], end: table.ends[i] },
        kind: table.kindNames[table.kinds[i] as number],
        script: table.scriptNames[table.scripts[i] as number],
      }));
      expect(rows).toEqual(plain(seg.tokens));
    }
  });

  it('names its codes in the order of the types', () => {
    const table = tokenTable(segment('a', { lang: 'en' }));
    expect(table.kindNames).toEqual(['word', 'number', 'punctuation', 'symbol']);
    expect(table.scriptNames[0]).toBe('Latin');
    expect(table.scriptNames).toContain('Hangul');
    expect(table.scriptNames.at(-1)).toBe('Other');
  });

  it('is built from the tokens of a segmentation that segment() did not return', () => {
    const text = TEXTS.ko as string;
    const seg = segment(text, { lang: 'ko' });
    const copy = JSON.parse(JSON.stringify(seg)) as Segmentation;
    const a = tokenTable(seg);
    const b = tokenTable(copy);
    expect(b.length).toBe(a.length);
    expect([...b.starts]).toEqual([...a.starts]);
    expect([...b.ends]).toEqual([...a.ends]);
    expect([...b.kinds]).toEqual([...a.kinds]);
    expect([...b.scripts]).toEqual([...a.scripts]);
    expect(tokenTable({ ...seg }).length).toBe(a.length);
  });

  it('serves the output of a contributor plugin (no buffered cutter) the same way', () => {
    const latin = builtinPlugins.find((p) => p.languages.includes('it')) as SegmenterPlugin;
    // a spread copy drops the built-in's buffered word cutter: words come from doSegment
    const copy: SegmenterPlugin = { ...latin, name: 'copy' };
    const text = 'Il governo ha stanziato 3,2 miliardi (più del 2023). Lo ha detto Draghi.';
    const seg = createSegmenter({ plugins: [copy] }).segment(text, { lang: 'it' });
    const builtin = segment(text, { lang: 'it' });
    expect(seg.tokens).toEqual(builtin.tokens);
    expect([...tokenTable(seg).starts]).toEqual([...tokenTable(builtin).starts]);
  });

  it('rejects what is not a segmentation, with a SegmentError', () => {
    expect(() => tokenTable(null as unknown as Segmentation)).toThrow(SegmentError);
    expect(() => tokenTable({ tokens: 'x' } as unknown as Segmentation)).toThrow(/tokens/);
    const odd = {
      lang: 'en',
      segmenter: 'x',
      sentences: [],
      tokens: [{ span: { start: 0, end: 1 }, kind: 'word', script: 'Klingon' }],
    };
    expect(() => tokenTable(odd as unknown as Segmentation)).toThrow(/script/);
  });

  it('is empty for text without tokens', () => {
    const seg = segment('  \n\t ', { lang: 'en' });
    expect(seg.tokens).toEqual([]);
    expect(tokenTable(seg).length).toBe(0);
  });
});
