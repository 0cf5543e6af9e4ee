/** Words by their first UTF-16 code unit: a text is compared with the few that start as it does. */
export interface WordsByFirst {
  byFirst: Map<number, string[]>;
  /** An empty word starts every text. */
  empty: boolean;
}

/** `words` filed by first code unit; each file longest first when `longestFirst` (for `longestAt`). */
export function wordsByFirst(words: Iterable<string>, longestFirst = false): WordsByFirst {
  const byFirst = new Map<number, string[]>();
  let empty = false;
  for (const word of words) {
    if (word.length === 0) empty = true;
    const key = word.charCodeAt(0);
    const filed = byFirst.get(key);
    if (filed) filed.push(word);
    else byFirst.set(key, [word]);
  }
  if (longestFirst) for (const filed of byFirst.values()) filed.sort((a, b) => b.length - a.length);
  return { byFirst, empty };
}

/** Whether one of the words starts `text` at `at`. */
export function startsWithOneOf({ byFirst, empty }: WordsByFirst, text: string, at: number): boolean {
  if (empty) return true;
  return byFirst.get(text.charCodeAt(at))?.some((w) => text.startsWith(w, at)) === true;
}

/** The longest of the words (filed `longestFirst`) that starts `text` at `at`, if one does. */
export function longestAt({ byFirst }: WordsByFirst, text: string, at: number): string | undefined {
  return byFirst.get(text.charCodeAt(at))?.find((w) => w.length > 0 && text.startsWith(w, at));
}

/**
 * Each longest word from left to right, not overlapping: what `text.matchAll` of an alternation of
 * the words (longest first) finds, without V8 trying the alternation at every place.
 */
export function* longestMatches(text: string, words: WordsByFirst): Generator<{ index: number; 0: string }> {
  let at = 0;
  while (at < text.length) {
    const word = longestAt(words, text, at);
    if (word === undefined) {
      at++;
      continue;
    }
    yield { index: at, 0: word };
    at += word.length;
  }
}
