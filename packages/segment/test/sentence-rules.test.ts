import { describe, expect, it } from 'vitest';
import { sentences } from '../src/index';

/** Sentence texts of `text` in `lang`, trimmed, as a reader would list them. */
const cut = (text: string, lang: string): string[] =>
  sentences(text, { lang }).map((s) => text.slice(s.start, s.end));

// Every sentence here was written for these tests; none comes from an evaluation set.

describe('dialogue dashes (es)', () => {
  it('a dash after a full stop opens a new turn', () => {
    expect(cut('Llegó tarde a la reunión con los vecinos. - ¿Por qué no avisó antes?', 'es')).toEqual([
      'Llegó tarde a la reunión con los vecinos.',
      '- ¿Por qué no avisó antes?',
    ]);
    expect(cut('Nadie quiso hablar del asunto durante la cena. - - Yo sí quería.', 'es')).toEqual([
      'Nadie quiso hablar del asunto durante la cena.',
      '- - Yo sí quería.',
    ]);
  });

  it('a short dateline before a dash runs on', () => {
    expect(cut('Lima, 3 de mayo. - El Gobierno anunció nuevas medidas.', 'es')).toEqual([
      'Lima, 3 de mayo. - El Gobierno anunció nuevas medidas.',
    ]);
  });
});

describe('quotes that never close (ja)', () => {
  it('an unclosed 「 does not silence the later boundaries of its line', () => {
    expect(cut('彼は「明日行くと言った。雨が降った。傘を持っていった。', 'ja')).toEqual([
      '彼は「明日行くと言った。',
      '雨が降った。',
      '傘を持っていった。',
    ]);
  });

  it('a closed quote still holds its sentences together', () => {
    expect(cut('「雨だ。寒い。」と彼は言った。次の日は晴れた。', 'ja')).toEqual([
      '「雨だ。寒い。」と彼は言った。',
      '次の日は晴れた。',
    ]);
  });
});
