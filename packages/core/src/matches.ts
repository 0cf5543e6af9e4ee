// Most recognisers' patterns open with a lookbehind that keeps a match off the middle of a word:
// `(?<![\p{L}\p{N}])(?:march|april|…)`. V8 cannot skip ahead to the first letters such a pattern
// can start with, so it evaluates the lookbehind at every position of the text: a 300 kB pass of
// a month pattern takes ~15 ms with it and ~2–6 ms without (node 20, Italian text). allMatches
// searches for the rest of the pattern and checks the lookbehinds only where it matches.

/** A pattern split after its leading lookbehinds: the rest to search for, the lookbehinds to check. */
interface Split {
  rest: RegExp;
  edge: RegExp;
}

// Per RegExp object (patterns are module constants or cached per locale); null: searched as it is.
const splits = new WeakMap<RegExp, Split | null>();

/**
 * Every match of a global regular expression in `text`, the same as `[...text.matchAll(regex)]`
 * (same indexes, groups and order; a regex without the `g` flag throws the same TypeError), faster
 * when the pattern opens with lookbehinds (`(?<!…)`, `(?<=…)`).
 *
 * Only for patterns whose rest fails fast where the lookbehinds would have refused to start: the
 * rest is now tried at those places too. `(?<![\p{L}\p{N}])(?:march|april)\s+\d` is such a
 * pattern; `(?<![\w.])\w+@\w+` is not (tried inside "aaaa…", its `\w+` reads to the end of the
 * word from every letter: quadratic, where the lookbehind kept it linear).
 */
export function allMatches(text: string, regex: RegExp): RegExpExecArray[] {
  const split = splitOf(regex);
  if (!split) return [...text.matchAll(regex)] as RegExpExecArray[];
  const { rest, edge } = split;
  const unicode = rest.unicode;
  const out: RegExpExecArray[] = [];
  rest.lastIndex = 0;
  for (;;) {
    const match = rest.exec(text);
    if (match === null) break;
    edge.lastIndex = match.index;
    if (edge.test(text)) {
      out.push(match);
      if (match[0].length === 0) rest.lastIndex = nextIndex(text, rest.lastIndex, unicode);
    } else {
      // The whole pattern fails here; it may still match from the next character on.
      rest.lastIndex = nextIndex(text, match.index, unicode);
    }
  }
  rest.lastIndex = 0;
  return out;
}

/** The index after the character at `index`: a surrogate pair is one character under the `u` flag. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

function splitOf(regex: RegExp): Split | null {
  let split = splits.get(regex);
  if (split === undefined) {
    split = splitPattern(regex);
    splits.set(regex, split);
  }
  return split;
}

function splitPattern(regex: RegExp): Split | null {
  // Sticky and v-mode patterns are left alone (other matching rules, other class syntax).
  if (!regex.global || regex.sticky || regex.flags.includes('v')) return null;
  const { source } = regex;
  let end = 0;
  while (source.startsWith('(?<!', end) || source.startsWith('(?<=', end)) {
    const close = groupEnd(source, end);
    if (close < 0) return null;
    end = close;
  }
  if (end === 0 || end === source.length) return null;
  const lookbehinds = source.slice(0, end);
  // A capture or back-reference in the lookbehinds would renumber or lose the groups of a match.
  if (hasCaptureOrReference(lookbehinds)) return null;
  return {
    rest: new RegExp(source.slice(end), regex.flags),
    edge: new RegExp(lookbehinds, `${regex.flags.replace('g', '')}y`),
  };
}

/** The index after the `)` that closes the group opening at `start`, or -1. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function hasCaptureOrReference(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return true;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') return true;
      if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return true;
    }
  }
  return false;
}
