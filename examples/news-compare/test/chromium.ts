// What the browser tests of the HTML report share (this example's and examples/web's): launching
// Debian's Chromium, and reading and checking the seed report's disagreement cards.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CORPUS_CHROMIUM ?? '/usr/bin/chromium';
/** `CORPUS_SKIP_BROWSER=1` skips the browser tests deliberately. */
export const SKIP_BROWSER = process.env.CORPUS_SKIP_BROWSER === '1';

/**
 * How long a page's actions and waits may take before they fail: Playwright's own default (30 s) is
 * a speed limit on a loaded 2-core machine, and tests must not pass or fail with the machine's load.
 */
export const HANG_GUARD_MS = 180_000;

/** The page (or context) with {@link HANG_GUARD_MS} as its default timeout. */
export function guarded<T extends { setDefaultTimeout(ms: number): void }>(target: T): T {
  target.setDefaultTimeout(HANG_GUARD_MS);
  return target;
}

/** Headless Chromium, or an error that says how to get it. */
export function launchChromium(what: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}, so ${what} cannot be tested in a browser. ` +
        'Install it (Debian: apt-get install -y chromium; .ci/run does this), point CORPUS_CHROMIUM at ' +
        'another Chromium binary, or set CORPUS_SKIP_BROWSER=1 to skip this test deliberately.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export interface ConflictCard {
  kind: string | null | undefined;
  subject: string | null | undefined;
  predicate: string | null | undefined;
  /** Each value with the first three characters of its sources' names: `2019 (000 002)`. */
  values: string[];
}

/** The disagreement cards of a report (in a page or a frame) as the reader sees them. */
export function conflictCards(report: Page | FrameLocator): Promise<ConflictCard[]> {
  const articles: Locator = report.locator('#conflicts article.conflict');
  return articles.evaluateAll((list) =>
    list.map((a) => ({
      kind: a.querySelector('.badge')?.textContent,
      subject: a.querySelector('.subject')?.textContent,
      predicate: a.querySelector('.predicate')?.textContent,
      values: [...a.querySelectorAll('.fact-value')].map(
        (v) =>
          `${v.querySelector('.value')?.textContent} (${[...v.querySelectorAll('.chips .chip')]
            .map((c) => c.textContent?.slice(0, 3))
            .join(' ')})`,
      ),
    })),
  );
}

/** What seeds/EXPECTED.md lists under "what the sources disagree on". */
export function expectSeedConflicts(cards: ConflictCard[]): void {
  const card = (predicate: string) => cards.find((c) => c.predicate === predicate);
  expect(card('joined')).toMatchObject({ kind: 'Contradiction', subject: 'Jerry Tworek' });
  expect(card('joined')?.values).toEqual(
    expect.arrayContaining(['2019 (000 002)', expect.stringMatching(/2017 \(001\)$/), '2017 (003)']),
  );
  expect(card('announced')?.kind).toBe('Contradiction');
  expect(card('announced')?.values).toEqual([
    expect.stringMatching(/^6 January( 2026)? \(000\)$/),
    expect.stringMatching(/^5 January 2026 \(002\)$/),
    expect.stringMatching(/^7 January( 2026)? \(004\)$/),
  ]);
  expect(cards.find((c) => c.kind === 'Spelling variant')?.values).toEqual(
    expect.arrayContaining(['Jerry Twerk (000)']),
  );
  expect(cards.some((c) => c.values.includes('X (000 002)') && c.values.includes('LinkedIn (003)'))).toBe(
    true,
  );
}
