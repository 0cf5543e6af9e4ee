import type { Candidate } from './candidate';

// Every pattern below is linear: repeated groups are separated by characters their bodies exclude.
// The lookahead first: V8 passes over characters that start no URL without testing the word edge at each.
const URL_RE = /(?=[hw])\b(?:https?:\/\/|www\.)[^\s<>"'`「」『』（）()[\]{}|\\^]+/giu;
const EMAIL_RE = /(?<![\w.%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
// Sticky: tried only where the text has the sign (see `eachSigned`); the name is what follows the sign.
const HANDLE_AT = /(?<![\p{L}\p{N}_@./])@[A-Za-z0-9_]{1,30}(?![\p{L}\p{N}_@])/uy;
const HASHTAG_AT = /(?<![\p{L}\p{N}_&#/])#[\p{L}_][\p{L}\p{N}_]*/uy;

const TRAILING = new Set([...'.,;:!?。、，！？…']);

type PatternType = 'URL' | 'EMAIL' | 'HANDLE' | 'HASHTAG';

// Built once: a text of handles has one candidate every three characters (issue #16, `@a #b …`).
const NAMES: Record<PatternType, { key: string; recognizer: string }> = {
  URL: { key: 'url:', recognizer: 'pattern:url' },
  EMAIL: { key: 'email:', recognizer: 'pattern:email' },
  HANDLE: { key: 'handle:', recognizer: 'pattern:handle' },
  HASHTAG: { key: 'hashtag:', recognizer: 'pattern:hashtag' },
};

/** A mention whose value is its normalised text; the key and recogniser are named after its type. */
function textCandidate(
  start: number,
  end: number,
  type: PatternType,
  normalized: string,
  confidence: number,
  priority: number,
): Candidate {
  const { key, recognizer } = NAMES[type];
  // The fields in `spanCandidate`'s order, without its spread of the extras.
  return {
    type,
    start,
    end,
    key: key + normalized,
    confidence,
    recognizer,
    priority,
    value: { kind: 'text', normalized },
  };
}

/**
 * Calls `found` with each match of `sticky` (which starts with `sign`) in the order and with the
 * spans `matchAll` of the same pattern gives, without a match object per match: the scan jumps from
 * one `sign` to the next with `indexOf` and tries the pattern there with `test()`.
 */
function eachSigned(
  text: string,
  sign: string,
  sticky: RegExp,
  found: (start: number, end: number) => void,
): void {
  for (let at = text.indexOf(sign); at >= 0; ) {
    sticky.lastIndex = at;
    if (sticky.test(text)) {
      found(at, sticky.lastIndex);
      at = text.indexOf(sign, sticky.lastIndex);
    } else at = text.indexOf(sign, at + 1);
  }
}

/** URL, EMAIL, HANDLE and HASHTAG mentions: language-free. */
export function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    // Trailing punctuation belongs to the sentence; trimmed by index (an end-anchored regex is quadratic).
    let end = url.length;
    while (end > 0 && TRAILING.has(url[end - 1] as string)) end--;
    url = url.slice(0, end);
    const normalized = normaliseUrl(url);
    out.push(textCandidate(m.index, m.index + url.length, 'URL', normalized, 0.99, 100));
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const tld = m[0].split('.').pop() ?? '';
    if (!/^[A-Za-z]{2,}$/.test(tld)) continue;
    out.push(textCandidate(m.index, m.index + m[0].length, 'EMAIL', m[0].toLowerCase(), 0.98, 99));
  }
  eachSigned(text, '@', HANDLE_AT, (start, end) =>
    out.push(textCandidate(start, end, 'HANDLE', text.slice(start + 1, end).toLowerCase(), 0.95, 90)),
  );
  eachSigned(text, '#', HASHTAG_AT, (start, end) =>
    out.push(textCandidate(start, end, 'HASHTAG', text.slice(start + 1, end).toLowerCase(), 0.9, 90)),
  );
  return out;
}

/** Host lower-cased without `www.`, path kept, no scheme, no trailing slash or fragment. */
export function normaliseUrl(url: string): string {
  const noScheme = url.replace(/^https?:\/\//i, '');
  const cut = noScheme.search(/[/?#]/);
  const host = (cut < 0 ? noScheme : noScheme.slice(0, cut)).toLowerCase().replace(/^www\./, '');
  let rest = cut < 0 ? '' : noScheme.slice(cut);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '/') end--;
  rest = rest.slice(0, end);
  return host + rest;
}
