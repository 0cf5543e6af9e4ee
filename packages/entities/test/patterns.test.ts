import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternCandidates } from '../src/core/patterns';

// The handle and hashtag patterns as `matchAll` ran them before the scan from sign to sign: the scan
// must find the same mentions, with the same spans and keys.
const HANDLE_RE = /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_]{1,30})(?![\p{L}\p{N}_@])/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&#/])#([\p{L}_][\p{L}\p{N}_]*)/gu;

function expected(text: string): string[] {
  const of = (re: RegExp, name: string) =>
    [...text.matchAll(re)].map(
      (m) => `${m.index}-${m.index + m[0].length} ${name}:${(m[1] ?? '').toLowerCase()}`,
    );
  return [...of(HANDLE_RE, 'handle'), ...of(HASHTAG_RE, 'hashtag')];
}

function found(text: string): string[] {
  return patternCandidates(text)
    .filter((c) => c.type === 'HANDLE' || c.type === 'HASHTAG')
    .map((c) => `${c.start}-${c.end} ${c.key}`);
}

describe('handles and hashtags', () => {
  // Single characters from each class the patterns look at before and after the sign, so that every
  // pair of them comes up in a run.
  const pieces = fc.constantFrom(
    '@',
    '#',
    'a',
    'B',
    '1',
    '_',
    'é',
    '東',
    '.',
    '/',
    '&',
    ' ',
    'x'.repeat(31), // one past the longest handle
    '𝐀', // a letter outside the BMP
    '\uD83D', // a lone high surrogate
  );
  const texts = fc
    .array(
      fc.oneof({ arbitrary: pieces, weight: 9 }, { arbitrary: fc.string({ maxLength: 3 }), weight: 1 }),
      {
        maxLength: 30,
      },
    )
    .map((a) => a.join(''));

  it('are the mentions matchAll of their patterns finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(found(text)).toEqual(expected(text));
      }),
      { numRuns: 500 },
    );
  });

  it('are read from a real post', () => {
    const text =
      'Thanks @OpenAI_News and @x! #AI #Straße e-mail@example.com, #1 tag, @@double, &#39; 5@b ./@c x#d /#e';
    expect(found(text)).toEqual([
      '7-19 handle:openai_news',
      '24-26 handle:x',
      '28-31 hashtag:ai',
      '32-39 hashtag:straße',
    ]);
  });
});
