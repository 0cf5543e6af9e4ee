import type { Candidate } from './candidate';

// Every pattern below is linear: repeated groups are separated by characters their bodies exclude.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`「」『』（）()[\]{}|\\^]+/giu;
const EMAIL_RE = /(?<![\w.%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
const HANDLE_RE = /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_]{1,30})(?![\p{L}\p{N}_@])/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&#/])#([\p{L}_][\p{L}\p{N}_]*)/gu;

const TRAILING = new Set([...'.,;:!?。、，！？…']);

/** URL, EMAIL, HANDLE and HASHTAG mentions: language-free. */
export function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    // Trailing punctuation belongs to the sentence; trimmed by index (an end-anchored regex is quadratic).
    let end = url.length;
    while (end > 0 && TRAILING.has(url[end - 1] as string)) end--;
    url = url.slice(0, end);
    const start = m.index;
    out.push({
      type: 'URL',
      start,
      end: start + url.length,
      key: `url:${normaliseUrl(url)}`,
      value: { kind: 'text', normalized: normaliseUrl(url) },
      confidence: 0.99,
      recognizer: 'pattern:url',
      priority: 100,
    });
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const tld = m[0].split('.').pop() ?? '';
    if (!/^[A-Za-z]{2,}$/.test(tld)) continue;
    const normalized = m[0].toLowerCase();
    out.push({
      type: 'EMAIL',
      start: m.index,
      end: m.index + m[0].length,
      key: `email:${normalized}`,
      value: { kind: 'text', normalized },
      confidence: 0.98,
      recognizer: 'pattern:email',
      priority: 99,
    });
  }
  for (const m of text.matchAll(HANDLE_RE)) {
    const normalized = (m[1] ?? '').toLowerCase();
    out.push({
      type: 'HANDLE',
      start: m.index,
      end: m.index + m[0].length,
      key: `handle:${normalized}`,
      value: { kind: 'text', normalized },
      confidence: 0.95,
      recognizer: 'pattern:handle',
      priority: 90,
    });
  }
  for (const m of text.matchAll(HASHTAG_RE)) {
    const normalized = (m[1] ?? '').toLowerCase();
    out.push({
      type: 'HASHTAG',
      start: m.index,
      end: m.index + m[0].length,
      key: `hashtag:${normalized}`,
      value: { kind: 'text', normalized },
      confidence: 0.9,
      recognizer: 'pattern:hashtag',
      priority: 90,
    });
  }
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
