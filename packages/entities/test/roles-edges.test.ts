import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleAndPlatformCandidates } from '../src/core/roles';
import { BUILT_IN_LOCALES } from '../src/locales/index';
import type { EntityLocale } from '../src/locales/types';

const W = '[\\p{Script=Latin}\\p{N}]';
// roles.ts's GLOBAL_PLATFORMS, as written there.
const GLOBAL = [
  'Twitter',
  'LinkedIn',
  'Facebook',
  'Instagram',
  'YouTube',
  'TikTok',
  'Threads',
  'Bluesky',
  'Reddit',
  'Mastodon',
  'Substack',
];

/** The recogniser as one expression per phrase with its word edges as lookarounds, read with matchAll. */
function byLookarounds(text: string, locales: EntityLocale[]): string[] {
  const whole = (p: string, flags: string) =>
    new RegExp(`(?:(?<!${W})|(?!${W}))(?:${p})(?:(?!${W})|(?<!${W}))`, flags);
  const out: string[] = [];
  for (const r of locales.flatMap((l) => l.roles))
    for (const m of text.matchAll(whole(r.pattern, 'giu'))) out.push(`ROLE ${m.index} ${m[0]}`);
  const platforms = [...locales.flatMap((l) => l.platforms).map((p) => p.pattern), ...GLOBAL];
  for (const p of platforms)
    for (const m of text.matchAll(whole(p, /^[a-z]/.test(p) ? 'giu' : 'gu')))
      out.push(`PLATFORM ${m.index} ${m[0]}`);
  return out;
}

const ours = (text: string, locales: EntityLocale[]) =>
  roleAndPlatformCandidates(text, locales).map((c) => `${c.type} ${c.start} ${text.slice(c.start, c.end)}`);

describe('roles and platforms at word edges', () => {
  const locales = Object.values(BUILT_IN_LOCALES);
  // Phrase words glued to Latin letters, digits, CJK, astral letters and lone surrogates.
  const words = locales.flatMap((l) =>
    [...l.roles, ...l.platforms].map((r) => r.pattern).filter((p) => /^[\p{L} ]+$/u.test(p)),
  );
  const piece = fc.oneof(
    fc.constantFrom(...words, ...GLOBAL, 'VP', 'CEO'),
    fc.constantFrom(' ', '.', 'x', 'É', '7', '研究', '𝐀', '\ud835', 'ſ', 'K', '-'),
  );

  it('finds what one expression per phrase with lookaround word edges finds, in every locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.array(piece, { maxLength: 12 }), (locale, parts) => {
        const text = parts.join('');
        const pair = [locale, BUILT_IN_LOCALES.en as EntityLocale].filter((l, i, a) => a.indexOf(l) === i);
        expect(ours(text, pair).sort()).toEqual(byLookarounds(text, pair).sort());
      }),
    );
  });

  it('cuts no Latin word, and keeps a Latin role inside CJK text', () => {
    const en = [BUILT_IN_LOCALES.en as EntityLocale];
    for (const text of ['the CEOs and a CEO', '研究VP负责', 'CEO7 and VPN', 'LinkedInX, LinkedIn']) {
      expect(ours(text, en).sort()).toEqual(byLookarounds(text, en).sort());
    }
    expect(ours('研究VP负责', en)).toEqual(byLookarounds('研究VP负责', en));
  });
});
