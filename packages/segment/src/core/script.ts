import type { Script, TokenKind } from '../types';
import { memoClass, memoTest } from './chars';

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

const NAMES: readonly Script[] = [...SCRIPTS.map(([name]) => name), 'Common', 'Other'];
const COMMON = NAMES.indexOf('Common');

/** Script of a letter or number (as an index into NAMES), memoised per character. */
const scriptIndex = memoClass((ch) => {
  const c = ch.codePointAt(0) ?? 0;
  if (!LETTER.test(ch)) return -1;
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 0 : COMMON;
  // The prolonged sound mark and iteration marks are Common/Han by property but read as kana/Han.
  if (c === 0x30fc) return NAMES.indexOf('Katakana');
  for (let k = 0; k < SCRIPTS.length; k++) if ((SCRIPTS[k] as [Script, RegExp])[1].test(ch)) return k;
  return COMMON_OR_INHERITED.test(ch) ? COMMON : COMMON + 1;
});

/** The scripts in the order of their codes (`scriptCodeOf`): the order of the `Script` type. */
export const SCRIPT_NAMES: readonly Script[] = NAMES;

/** `scriptOf` as an index into `SCRIPT_NAMES`. */
export function scriptCodeOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return 0;
      i++;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
    const k = scriptIndex(cp);
    if (k >= 0 && k !== COMMON) return k;
    i += cp > 0xffff ? 2 : 1;
  }
  return COMMON;
}

/** Script of a token: that of its first letter; `Common` when it has none (digits, punctuation). */
export function scriptOf(text: string, start: number, end: number): Script {
  return NAMES[scriptCodeOf(text, start, end)] as Script;
}

const HAS_LETTER = /[\p{L}\p{M}]/u;
const STARTS_NUMBER = /^[\p{N}]/u;
const PUNCT = /^[\p{P}]+$/u;

const isLetterOrMark = memoTest(HAS_LETTER);
const isNumber = memoTest(/\p{N}/u);

const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punctuation', 'symbol'];
/** `kindOf` of a one-unit token, memoised per code unit: punctuation is mostly single marks (`,`, `>`). */
const kindOfUnit = memoClass((ch) => KIND_NAMES.indexOf(kindOf(ch)));

/** `kindOf(text.slice(start, end))`, without the slice for the common cases (a letter first, one mark). */
export function kindAt(text: string, start: number, end: number): TokenKind {
  const c = text.charCodeAt(start);
  if (c < 0xd800 || c > 0xdfff) {
    if (isLetterOrMark(c) && !isNumber(c)) return 'word';
    if (end - start === 1) return KIND_NAMES[kindOfUnit(c)] as TokenKind;
  }
  return kindOf(text.slice(start, end));
}

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
