import { type Candidate, matchCandidate } from './candidate';

// Every pattern below is linear: repeated groups are separated by characters their bodies exclude.
// The lookahead first: V8 passes over characters that start no URL without testing the word edge at each.
const URL_RE = /(?=[hw])\b(?:https?:\/\/|www\.)[^\s<>"'`「」『』（）()[\]{}|\\^]+/giu;
const EMAIL_RE = /(?<![\w.%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
const HANDLE_RE = /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_]{1,30})(?![\p{L}\p{N}_@])/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&#/])#([\p{L}_][\p{L}\p{N}_]*)/gu;

const TRAILING = new Set([...'.,;:!?。、，！？…']);

type PatternType = 'URL' | 'EMAIL' | 'HANDLE' | 'HASHTAG';

/** A mention whose value is its normalised text; the key and recogniser are named after its type. */
function textCandidate(
  m: { index: number; 0: string },
  type: PatternType,
  normalized: string,
  confidence: number,
  priority: number,
  length = m[0].length,
): Candidate {
  const name = type.toLowerCase();
  return matchCandidate(m, type, `${name}:${normalized}`, confidence, `pattern:${name}`, priority, {
    value: { kind: 'text', normalized },
    length,
  });
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
    out.push(textCandidate(m, 'URL', normalized, 0.99, 100, url.length));
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const tld = m[0].split('.').pop() ?? '';
    if (!/^[A-Za-z]{2,}$/.test(tld)) continue;
    out.push(textCandidate(m, 'EMAIL', m[0].toLowerCase(), 0.98, 99));
  }
  for (const m of text.matchAll(HANDLE_RE))
    out.push(textCandidate(m, 'HANDLE', (m[1] ?? '').toLowerCase(), 0.95, 90));
  for (const m of text.matchAll(HASHTAG_RE))
    out.push(textCandidate(m, 'HASHTAG', (m[1] ?? '').toLowerCase(), 0.9, 90));
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
