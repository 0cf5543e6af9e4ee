import { createSegmenter } from '@corpus/segment';
import { segmenterConformance } from '@corpus/segment/testing';
import { describe, expect, it } from 'vitest';
import { thaiPlugin } from '../src/thai';

segmenterConformance({
  describe,
  it,
  expect,
  plugin: thaiPlugin,
  fixtures: [
    {
      name: 'two Thai sentences and a mixed one',
      text: 'วันนี้อากาศดีมาก เราจะไปเที่ยวทะเลกัน OpenAI เปิดตัว GPT-4.5 แล้ว',
      sentences: ['วันนี้อากาศดีมาก', 'เราจะไปเที่ยวทะเลกัน OpenAI เปิดตัว GPT-4.5 แล้ว'],
    },
    { name: 'repetition mark', text: 'ช้า ๆ ได้พร้าเล่มงาม', noBreakAfter: ['ช้า ๆ'] },
  ],
});

describe('the Thai plugin registered with createSegmenter', () => {
  const segmenter = createSegmenter({ plugins: [thaiPlugin] });

  it('serves th and th-TH, and leaves words to the Intl fallback', () => {
    expect(segmenter.resolve('th-TH')).toEqual({
      language: 'th-TH',
      matched: 'th',
      sentence: 'example-thai',
      word: 'intl',
    });
    const text = 'สวัสดีครับ ขอบคุณมาก';
    const out = segmenter.segment(text, { lang: 'th' });
    expect(out.segmenter).toBe('example-thai');
    expect(out.sentences).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ]);
    expect(out.tokens.map((t) => text.slice(t.span.start, t.span.end))).toEqual([
      'สวัสดี',
      'ครับ',
      'ขอบคุณ',
      'มาก',
    ]);
    expect(out.tokens[0]?.script).toBe('Thai');
  });
});
