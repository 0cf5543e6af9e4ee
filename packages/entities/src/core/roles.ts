import type { EntityLocale, RolePattern } from '../locales/types';
import { type Candidate, matchCandidate } from './candidate';

// Brand names are written the same in every Latin-script text: one list for all locales. Locales add
// only what is theirs (the cue around a bare "X", native names such as 推特 or 링크드인).
const GLOBAL_PLATFORMS: RolePattern[] = [
  { pattern: 'Twitter', key: 'x' },
  { pattern: 'LinkedIn', key: 'linkedin' },
  { pattern: 'Facebook', key: 'facebook' },
  { pattern: 'Instagram', key: 'instagram' },
  { pattern: 'YouTube', key: 'youtube' },
  { pattern: 'TikTok', key: 'tiktok' },
  { pattern: 'Threads', key: 'threads' },
  { pattern: 'Bluesky', key: 'bluesky' },
  { pattern: 'Reddit', key: 'reddit' },
  { pattern: 'Mastodon', key: 'mastodon' },
  { pattern: 'Substack', key: 'substack' },
];

const cache = new Map<
  string,
  { roles: EdgeMatcher[]; roleKeys: string[]; platforms: EdgeMatcher[]; platformKeys: string[] }
>();

// Latin words need word boundaries; CJK role words do not (there are no spaces), but a Latin
// abbreviation inside CJK text ("研究VP") must not be cut out of a longer Latin word.
const W = '[\\p{Script=Latin}\\p{N}]';

/**
 * A phrase that must not cut a Latin word: it starts where the text before it, or its own first
 * character, is not Latin (or a digit), and ends where the text after it, or its own last character,
 * is not. As one expression, `(?:(?<!W)|(?!W))(?:p)(?:(?!W)|(?<!W))`, that leading assertion is tried
 * at every position of the text, for each of some forty phrases (a tenth of a 300 kB analysis); the
 * phrase alone lets V8 skip ahead to its first characters, and the edges are checked in code.
 */
interface EdgeMatcher {
  phrase: RegExp;
  /** The whole expression, sticky: asked only where the phrase's first match ends inside a word. */
  whole: RegExp;
  /** W, with the phrase's flags (case folding included). */
  w: RegExp;
}

function edgeMatcher(pattern: string, flags: string): EdgeMatcher {
  return {
    phrase: new RegExp(`(?:${pattern})`, `g${flags}`),
    whole: new RegExp(`(?:(?<!${W})|(?!${W}))(?:${pattern})(?:(?!${W})|(?<!${W}))`, `y${flags}`),
    w: new RegExp(W, flags),
  };
}

/** Whether the code point starting at `at` is W (false at the end of the text). */
function wAt(m: EdgeMatcher, text: string, at: number): boolean {
  if (at >= text.length) return false;
  return m.w.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/** Whether the code point ending just before `at` is W (false at the start of the text). */
function wBefore(m: EdgeMatcher, text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return m.w.test(pair ? text.slice(at - 2, at) : (text[at - 1] as string));
}

/**
 * What `text.matchAll(whole)` gives, in order. The phrase's first match at a position is the whole
 * expression's there whenever both edges hold (the engine tries the alternatives in the same order);
 * where the start fails, the whole expression fails at that position too; where only the end fails,
 * another alternative may still end at an edge, which the whole expression is asked.
 */
function edgeMatches(m: EdgeMatcher, text: string): { index: number; 0: string }[] {
  const { phrase, whole } = m;
  const out: { index: number; 0: string }[] = [];
  const step = (at: number) => ((text.charCodeAt(at) & 0xfc00) === 0xd800 && at + 1 < text.length ? 2 : 1);
  phrase.lastIndex = 0;
  for (let x = phrase.exec(text); x !== null; x = phrase.exec(text)) {
    const at = x.index;
    let end = at + x[0].length;
    if (wBefore(m, text, at) && wAt(m, text, at)) {
      phrase.lastIndex = at + step(at);
      continue;
    }
    if (wAt(m, text, end) && wBefore(m, text, end)) {
      whole.lastIndex = at;
      const y = whole.exec(text);
      if (y === null) {
        phrase.lastIndex = at + step(at);
        continue;
      }
      end = at + y[0].length;
    }
    out.push({ index: at, 0: text.slice(at, end) });
    phrase.lastIndex = end === at ? at + step(at) : end;
  }
  return out;
}

function compiled(locales: EntityLocale[]) {
  const id = locales.map((l) => l.lang).join('+');
  const hit = cache.get(id);
  if (hit) return hit;
  const roles = locales.flatMap((l) => l.roles);
  const platforms = [...locales.flatMap((l) => l.platforms), ...GLOBAL_PLATFORMS];
  const r = {
    roles: roles.map((r) => edgeMatcher(r.pattern, 'iu')),
    roleKeys: roles.map((r) => r.key),
    // Platform names are proper names: case matters (a lower-case "x" is a letter, not a network).
    platforms: platforms.map((p) => edgeMatcher(p.pattern, /^[a-z]/.test(p.pattern) ? 'iu' : 'u')),
    platformKeys: platforms.map((p) => p.key),
  };
  cache.set(id, r);
  return r;
}

/** ROLE and PLATFORM mentions from the locale's phrase lists (the document's language, then English). */
export function roleAndPlatformCandidates(text: string, locales: EntityLocale[]): Candidate[] {
  const c = compiled(locales);
  const out: Candidate[] = [];
  c.roles.forEach((re, i) => {
    for (const m of edgeMatches(re, text)) {
      const slug = c.roleKeys[i] ?? 'role';
      // Earlier patterns are more specific ("vicepresidente della ricerca" before "vicepresidente").
      out.push(matchCandidate(m, 'ROLE', `role:${slug}`, 0.8, 'rules:role', 52 - i * 0.01));
    }
  });
  c.platforms.forEach((re, i) => {
    for (const m of edgeMatches(re, text)) {
      const slug = c.platformKeys[i] ?? 'platform';
      out.push(matchCandidate(m, 'PLATFORM', `platform:${slug}`, 0.85, 'rules:platform', 57));
    }
  });
  return out;
}
