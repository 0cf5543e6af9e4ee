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
  { roles: RegExp[]; roleKeys: string[]; platforms: RegExp[]; platformKeys: string[] }
>();

// Latin words need word boundaries; CJK role words do not (there are no spaces), but a Latin
// abbreviation inside CJK text ("研究VP") must not be cut out of a longer Latin word.
const W = '[\\p{Script=Latin}\\p{N}]';
const wrap = (p: string, flags: string) =>
  new RegExp(`(?:(?<!${W})|(?!${W}))(?:${p})(?:(?!${W})|(?<!${W}))`, flags);

function compiled(locales: EntityLocale[]) {
  const id = locales.map((l) => l.lang).join('+');
  const hit = cache.get(id);
  if (hit) return hit;
  const roles = locales.flatMap((l) => l.roles);
  const platforms = [...locales.flatMap((l) => l.platforms), ...GLOBAL_PLATFORMS];
  const r = {
    roles: roles.map((r) => wrap(r.pattern, 'giu')),
    roleKeys: roles.map((r) => r.key),
    // Platform names are proper names: case matters (a lower-case "x" is a letter, not a network).
    platforms: platforms.map((p) => wrap(p.pattern, /^[a-z]/.test(p.pattern) ? 'giu' : 'gu')),
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
    for (const m of text.matchAll(re)) {
      const slug = c.roleKeys[i] ?? 'role';
      // Earlier patterns are more specific ("vicepresidente della ricerca" before "vicepresidente").
      out.push(matchCandidate(m, 'ROLE', `role:${slug}`, 0.8, 'rules:role', 52 - i * 0.01));
    }
  });
  c.platforms.forEach((re, i) => {
    for (const m of text.matchAll(re)) {
      const slug = c.platformKeys[i] ?? 'platform';
      out.push(matchCandidate(m, 'PLATFORM', `platform:${slug}`, 0.85, 'rules:platform', 57));
    }
  });
  return out;
}
