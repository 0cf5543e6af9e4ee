import { describe, expect, it } from 'vitest';
import { createLatinPlugin, createSegmenter, SegmentError } from './index';
import { segmenterConformance } from './testing';

/**
 * A contributor's Swedish plugin, built from data only: Swedish is not built in, and nothing here
 * reaches into the package's internals. The sentences were written for this test.
 */
const swedish = createLatinPlugin('latin-sv', ['sv'], {
  prepositive: ['t.ex', 'bl.a', 's.k', 'ca', 'kl', 'nr', 'dr', 'prof'],
  abbreviations: ['dvs', 'osv', 'etc', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec'],
  sentenceStarters: ['han', 'hon', 'det', 'den', 'vi', 'de', 'jag', 'men', 'och', 'i', 'på'],
});
const text = 'Mötet började kl. 9 och ca 40 personer kom, bl.a. dr Berg. Det regnade osv. Han gick hem.';

describe('createLatinPlugin: a language that is not built in', () => {
  it('cuts Swedish with its own abbreviations', () => {
    const segmenter = createSegmenter({ plugins: [swedish] });
    const out = segmenter.segment(text, { lang: 'sv-SE' });
    expect(out.segmenter).toBe('latin-sv');
    expect(out.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mötet började kl. 9 och ca 40 personer kom, bl.a. dr Berg.',
      'Det regnade osv.',
      'Han gick hem.',
    ]);
    const words = out.tokens.map((t) => text.slice(t.span.start, t.span.end));
    expect(words.slice(0, 4)).toEqual(['Mötet', 'började', 'kl.', '9']);
    expect(words).toContain('bl.a.');
  });

  it('without the data the same text is cut after every abbreviation', () => {
    const bare = createSegmenter({
      plugins: [
        createLatinPlugin('bare-sv', ['sv'], {
          prepositive: [],
          abbreviations: [],
          sentenceStarters: [],
        }),
      ],
    });
    expect(bare.sentences(text, { lang: 'sv' }).length).toBeGreaterThan(3);
  });

  it('rejects data that is not word lists, naming the plugin', () => {
    const bad = () =>
      createLatinPlugin('latin-xx', ['xx'], {
        prepositive: 'dr',
        abbreviations: [],
        sentenceStarters: [],
      } as never);
    expect(bad).toThrow(SegmentError);
    try {
      bad();
    } catch (e) {
      expect(SegmentError.isInstance(e) && e.code).toBe('E_INVALID_PLUGIN');
      expect(SegmentError.isInstance(e) && e.plugin).toBe('latin-xx');
    }
    expect(() =>
      createLatinPlugin('', ['xx'], { prepositive: [], abbreviations: [], sentenceStarters: [] }),
    ).toThrow(SegmentError);
  });
});

segmenterConformance({
  describe,
  it,
  expect,
  plugin: swedish,
  fixtures: [
    {
      text,
      sentences: [
        'Mötet började kl. 9 och ca 40 personer kom, bl.a. dr Berg.',
        'Det regnade osv.',
        'Han gick hem.',
      ],
      noBreakAfter: ['kl.', 'bl.a.', 'dr'],
    },
  ],
});
