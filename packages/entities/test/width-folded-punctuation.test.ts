import { describe, expect, it } from 'vitest';
import { foldWidth } from '../src/core/text';
import { extractMentions } from '../src/index';

// The recognisers read the text with full-width ASCII folded (foldWidth: ，→ , ；→ ; ！→ ! ？→ ?
// （→ (), so a rule written with the full-width mark alone never saw it. Sentences written for
// these tests; each name found after the full stop is found after every other mark that ends a clause.
const named = (text: string, lang: string) =>
  extractMentions({ text, lang })
    .filter((m) => ['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME'].includes(m.type))
    .map((m) => `${m.type} ${m.text}`);

describe('punctuation the CJK rules read after width folding', () => {
  it('folds the full-width marks to ASCII, offsets kept', () => {
    const text = '默茨，他说；好！真的？（是）';
    const folded = foldWidth(text);
    expect(folded).toBe('默茨,他说;好!真的?(是)');
    expect(folded).toHaveLength(text.length);
  });

  it('ends a clause at a full-width comma, semicolon, exclamation or question mark as at 。', () => {
    for (const mark of ['。', '，', '；', '！', '？', ',', '; ']) {
      expect(named(`德国总理默茨${mark}他表示支持。`, 'zh'), mark).toContain('PERSON 默茨');
      expect(named(`英国首相斯塔默${mark}`, 'zh'), mark).toContain('PERSON 斯塔默');
    }
  });

  it('ends a Japanese name written in Chinese at a comma as at a full stop', () => {
    expect(named('总理会见了早田希娜，双方交流了经验。', 'zh')).toContain('PERSON 早田希娜');
  });

  it('does not make a title before a verb a name', () => {
    expect(named('德国总理表示，将继续支持。', 'zh')).toEqual(['PLACE 德国']);
    expect(named('总理说，会议推迟。', 'zh')).toEqual([]);
  });
});
