import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';

const metaphone = new DoubleMetaphone();

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Jaro-Winkler similarity (0..1) of two names, case- and accent-insensitive. */
export function jaroWinkler(a: string, b: string): number {
  return JaroWinklerDistance(fold(a), fold(b));
}

/** Damerau-Levenshtein edit distance, case- and accent-insensitive. */
export function editDistance(a: string, b: string): number {
  return DamerauLevenshteinDistance(fold(a), fold(b));
}

/** Double Metaphone codes agree (primary or secondary): the names sound alike in English. */
export function soundsAlike(a: string, b: string): boolean {
  const fa = fold(a).replace(/[^a-z]/g, '');
  const fb = fold(b).replace(/[^a-z]/g, '');
  if (!fa || !fb) return false;
  const [pa, sa] = metaphone.process(fa);
  const [pb, sb] = metaphone.process(fb);
  return pa === pb || (sa !== '' && sa === sb) || pa === sb || sa === pb;
}

/**
 * Near spellings of one word: a small edit distance relative to length, a high Jaro-Winkler score,
 * or the same sound. Equal strings are not "near".
 */
export function nearSpelling(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb || fa.length < 4 || fb.length < 4) return false;
  if (fa[0] !== fb[0]) return false;
  const d = editDistance(fa, fb);
  const jw = jaroWinkler(fa, fb);
  const maxLen = Math.max(fa.length, fb.length);
  if (d <= 1) return true;
  if (d <= 2 && maxLen >= 5 && jw >= 0.88) return true;
  return d <= 2 && jw >= 0.85 && soundsAlike(fa, fb);
}
