import type { Script, TokenKind } from '../types';

const SCRIPTS: ReadonlyArray<[Script, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
const LETTER = /[\p{L}\p{N}]/u;
const COMMON_OR_INHERITED = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOfChar(ch: string): Script {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 'Latin' : 'Common';
  // The prolonged sound mark and iteration marks are Common/Han by property but read as kana/Han.
  if (c === 0x30fc) return 'Katakana';
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return COMMON_OR_INHERITED.test(ch) ? 'Common' : 'Other';
}

/** Script of a token: that of its first letter; `Common` when it has none (digits, punctuation). */
export function scriptOf(text: string, start: number, end: number): Script {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return 'Latin';
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (LETTER.test(ch)) {
      const s = scriptOfChar(ch);
      if (s !== 'Common') return s;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return 'Common';
}

const HAS_LETTER = /[\p{L}\p{M}]/u;
const STARTS_NUMBER = /^[\p{N}]/u;
const PUNCT = /^[\p{P}]+$/u;

/** Kind of a token from its text: number (starts with a digit, no letters), word, punctuation, symbol. */
export function kindOf(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39)
    return /[^\d.,:/\-'’]/.test(token) && HAS_LETTER.test(token) ? 'word' : 'number';
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return 'word';
  if (STARTS_NUMBER.test(token))
    return HAS_LETTER.test(token) && !/^\p{N}+$/u.test(token) ? 'word' : 'number';
  if (HAS_LETTER.test(token)) return 'word';
  if (/\p{N}/u.test(token)) return 'number';
  return PUNCT.test(token) ? 'punctuation' : 'symbol';
}
