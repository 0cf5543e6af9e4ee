import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conflictCards,
  expectSeedConflicts,
  guarded,
  launchChromium,
  SKIP_BROWSER,
} from '../../news-compare/test/chromium';
// The page as `pnpm --filter web start` serves it.
import { serve } from '../serve.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const screenshot = fileURLToPath(new URL('../screenshot.png', import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Violations axe-core rates serious or critical, as "rule: target" lines. */
async function seriousViolations(frame: Page | Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const results = await frame.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Drops the files on the drop zone as a reader's drag and drop would: one DataTransfer of Files. */
async function dropFiles(page: Page, files: { name: string; base64: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: 'text/plain' }));
    }
    const zone = document.getElementById('drop')!;
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** dist/bundle-size.json, as build.mjs writes it. */
interface BundleSize {
  initial: { bytes: number; files: string[]; byPackage: Record<string, number> };
  onDemand: { bytes: number; chunks: { file: string; bytes: number; entry?: string; packages: string[] }[] };
}
const size = (): BundleSize => JSON.parse(readFileSync(join(dist, 'bundle-size.json'), 'utf8'));
/** The on-demand chunks that hold an entry point of one of these packages (what loadLanguages imports). */
const chunksOf = (...entries: string[]) =>
  size()
    .onDemand.chunks.filter((c) => c.entry !== undefined && entries.includes(c.entry))
    .map((c) => `/${c.file}`);
/** wink-nlp and its English model: what only an English article needs. */
const englishChunks = () => chunksOf('wink-eng-lite-web-model', 'wink-nlp');

describe.skipIf(SKIP_BROWSER)('the web page in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let seedFiles: { name: string; base64: string }[];

  beforeAll(async () => {
    if (!existsSync(join(dist, 'app.js'))) throw new Error('examples/web is not built: run pnpm build.');
    server = await serve(dist);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium('the web page');
    // The articles are the .txt files; README.md and EXPECTED.md beside them describe the corpus.
    const names = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort();
    seedFiles = await Promise.all(
      names.map(async (name) => ({ name, base64: (await readFile(join(seeds, name))).toString('base64') })),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = guarded(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('the bundle is for the browser, each language’s data in chunks of its own, and its size is reported', () => {
    const { initial } = size();
    const initialFiles = new Set(initial.files.map((f) => `/${f}`));
    expect(initial.bytes).toBe(initial.files.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0));
    // wink's English model (3.6 MB), the n-gram model (1.25 MB) and every date parser load on demand,
    // not with the page.
    expect(Object.keys(initial.byPackage)).not.toContain('wink-eng-lite-web-model');
    expect(Object.keys(initial.byPackage)).not.toContain('chrono-node');
    // chrono-node comes bundled in @corpus/entities' browser chunks, one per locale (de-…, en-…).
    expect(initial.files.filter((f) => /^chunks\/(?:de|en|es|fr|it|ja|nl|pt|ru|zh)-/.test(f))).toEqual([]);
    // 1.52 MB at the end of session 10 (README, "Bundle"): the budget catches growth, not a goal.
    expect(initial.bytes).toBeLessThan(1_600_000);
    expect(englishChunks().length).toBeGreaterThan(0);
    for (const file of [...englishChunks(), ...chunksOf('@corpus/ingest')])
      expect(initialFiles.has(file)).toBe(false);
  });

  it('the seed files dropped on the page give the report: the four seed conflicts, each value with its evidence', async () => {
    const { page, errors, requests } = await open();
    await dropFiles(page, seedFiles);
    await expect.poll(() => page.locator('#chosen li').count()).toBe(5);
    await page.locator('#compare').click();
    await page.locator('#result').waitFor({ state: 'visible' });
    const report = page.frameLocator('#report');
    await report.locator('h1').waitFor();
    expect(await report.locator('h1').textContent()).toBe('Comparison of 5 sources');
    const langs = await report.locator('#summary tbody tr td:nth-child(2)').allTextContents();
    expect(langs).toEqual(['it', 'de', 'ja', 'en', 'zh']);
    // What seeds/EXPECTED.md lists under "what the sources disagree on", as the Node report has it.
    const cards = await conflictCards(report);
    expect(cards).toHaveLength(4);
    expectSeedConflicts(cards);

    // The README's picture: the page with its articles, and the report's verdict and first findings.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The report's frame paints on its own after the resize.
    await report
      .locator('#verdict')
      .evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(500);
    // Written to the README's file only when asked (UPDATE_SCREENSHOT=1), so a test run leaves the tree clean.
    const shot = await page.screenshot(process.env.UPDATE_SCREENSHOT ? { path: screenshot } : {});
    expect(shot.byteLength).toBeGreaterThan(10_000);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Clicking a value highlights its evidence sentence in the source text, inside the report.
    const value = report.locator('#conflicts a.value.jump').first();
    const first = ((await value.getAttribute('data-targets')) ?? '').split(' ')[0]!;
    expect(first).toMatch(/^ev-\d+-\d+-\d+$/);
    await value.click();
    const evidence = report.locator(`[id="${first}"]`);
    await expect.poll(() => evidence.getAttribute('class')).toContain('hl');
    expect(await evidence.evaluate((el) => (el.closest('details') as HTMLDetailsElement).open)).toBe(true);
    expect((await evidence.textContent())?.length).toBeGreaterThan(10);

    expect(errors).toEqual([]);
    // Nothing but the page's own files was requested: the articles never left the page.
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    const paths = new Set(requests.map((u) => new URL(u).pathname));
    const own = new Set(['/', '/style.css', ...size().initial.files.map((f) => `/${f}`)]);
    const chunks = new Set(size().onDemand.chunks.map((c) => `/${c.file}`));
    expect([...paths].filter((p) => !own.has(p) && !chunks.has(p))).toEqual([]);
    for (const file of own) expect(paths).toContain(file);
    // One of the five articles is English: its model came, on demand.
    for (const file of englishChunks()) expect(paths).toContain(file);
    await page.close();
  });

  /** Pastes the texts, compares them, and gives the report's languages and the paths the page requested. */
  async function comparePasted(texts: string[]): Promise<{ langs: string[]; paths: Set<string> }> {
    const { page, errors, requests } = await open();
    for (const text of texts) {
      await page.locator('#paste').fill(text);
      await page.locator('#add-paste').click();
    }
    await page.locator('#compare').click();
    await page.locator('#result').waitFor({ state: 'visible' });
    const langs = await page
      .frameLocator('#report')
      .locator('#summary tbody tr td:nth-child(2)')
      .allTextContents();
    expect(errors).toEqual([]);
    await page.close();
    return { langs, paths: new Set(requests.map((u) => new URL(u).pathname)) };
  }

  it('analysing German articles only fetches the German data, never the English model or Japanese names', async () => {
    const { langs, paths } = await comparePasted([
      'Die Acme AG kauft Northwind, teilte Vorstandschefin Anna Weber am 5. Januar 2026 in Oslo mit.',
      'Anna Weber, Chefin der Acme AG, gab am 6. Januar 2026 bekannt, Northwind zu übernehmen.',
    ]);
    expect(langs).toEqual(['de', 'de']);
    expect(englishChunks().length).toBeGreaterThan(0);
    // No other language's tables: the Japanese name readings and the city names of other scripts.
    // (chrono-node's German locale is one of @corpus/entities' chunks: de-….)
    const others = chunksOf('@corpus/entities').filter((f) => !/^\/chunks\/(?:german-nouns|de)-/.test(f));
    for (const file of [...englishChunks(), ...others]) expect(paths).not.toContain(file);
    // What was fetched on demand is German's (chrono-node's German locale, the German noun filter) and
    // the n-gram model that told the language.
    expect([...paths].some((p) => /^\/chunks\/de-/.test(p))).toBe(true);
    expect([...paths].some((p) => /^\/chunks\/german-nouns-/.test(p))).toBe(true);
    for (const file of chunksOf('@corpus/ingest')) expect(paths).toContain(file);
  });

  it('analysing Japanese articles needs neither the English model nor the n-gram model (kana tell the language)', async () => {
    const { langs, paths } = await comparePasted([
      'アクメ社は2026年1月5日、ノースウィンドを買収すると発表した。',
      'アクメ社は1月6日にノースウィンドの買収を発表した。',
    ]);
    expect(langs).toEqual(['ja', 'ja']);
    expect(chunksOf('@corpus/ingest').length).toBeGreaterThan(0);
    for (const file of [...englishChunks(), ...chunksOf('@corpus/ingest')]) expect(paths).not.toContain(file);
    for (const file of chunksOf('@corpus/entities').filter((f) => /^\/chunks\/german-nouns-/.test(f)))
      expect(paths).not.toContain(file);
    // The Japanese name readings came with the first Japanese article.
    expect([...paths].some((p) => /^\/chunks\/japanese-names-/.test(p))).toBe(true);
  });

  it('pasted articles are compared too, and a file that cannot be read is named, not fatal', async () => {
    const { page, errors } = await open();
    for (const text of [
      'Acme Corp agreed to buy Northwind on 5 January 2026, said Anna Weber, its chief executive.',
      'Acme Corp agreed on 6 January 2026 to buy Northwind, the Oslo company founded in 2011.',
    ]) {
      await page.locator('#paste').fill(text);
      await page.locator('#add-paste').click();
    }
    await dropFiles(page, [{ name: 'empty.txt', base64: '' }]);
    await expect.poll(() => page.locator('#chosen li').count()).toBe(3);
    await page.locator('#compare').click();
    await page.locator('#result').waitFor({ state: 'visible' });
    const report = page.frameLocator('#report');
    expect(await report.locator('h1').textContent()).toBe('Comparison of 2 sources');
    expect(await report.locator('#summary tbody th').allTextContents()).toEqual([
      'pasted-1.txt',
      'pasted-2.txt',
    ]);
    expect(await page.locator('#summary').textContent()).toMatch(/Not read: empty\.txt \(E_EMPTY/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core) on the page with its report', async () => {
    const context = guarded(await browser.newContext({ bypassCSP: true }));
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await dropFiles(page, seedFiles.slice(0, 2));
    await page.locator('#compare').click();
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  describe('the seed report as `pnpm demo` writes it (examples/seed-report)', () => {
    let report: string;
    beforeAll(async () => {
      const out = await mkdtemp(join(tmpdir(), 'web-seed-report-'));
      const demo = require.resolve('seed-report/package.json').replace(/package\.json$/, 'dist/main.js');
      await promisify(execFile)(process.execPath, [demo, seeds, '--out', out]);
      report = pathToFileURL(join(out, 'report.html')).href;
    });

    it('has no serious or critical accessibility violations (axe-core)', async () => {
      // axe is injected as a script, which the report's own CSP would refuse.
      const context = guarded(await browser.newContext({ bypassCSP: true }));
      const page = await context.newPage();
      await page.goto(report, { waitUntil: 'load' });
      expect(await page.locator('#conflicts article.conflict').count()).toBe(4);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it('says what it found in plain words, and filters the findings by kind, source and language', async () => {
      const page = guarded(await browser.newPage());
      await page.goto(report, { waitUntil: 'load' });
      expect(await page.locator('#verdict').textContent()).toMatch(
        /^The story is about Jerry Tworek\. Sources disagree on 4 facts; the largest: Jerry Tworek (joined|announced): .* vs .*\. They agree on 5 facts\.$/,
      );
      const shown = () => page.locator('li[data-kind]:visible').count();
      expect(await shown()).toBe(9);
      await page.getByLabel('Spelling variant', { exact: true }).uncheck();
      expect(await shown()).toBe(8);
      expect(await page.locator('#filter-count').textContent()).toBe('Showing 8 of 9 findings.');
      await page.getByLabel('Agreement', { exact: true }).uncheck();
      expect(await page.locator('li[data-kind]:visible article.agreement').count()).toBe(0);
      // Only what the English source (003) states: the joining year and the platform.
      await page.locator('select[data-filter="source"]').selectOption({ label: '003_8d3bda8906caf15d.txt' });
      const predicates = await page.locator('li[data-kind]:visible .predicate').allTextContents();
      expect(predicates).toEqual(expect.arrayContaining(['joined', 'announced on']));
      expect(predicates).not.toContain('announced');
      await page.locator('select[data-filter="source"]').selectOption('');
      await page.locator('select[data-filter="lang"]').selectOption('zh');
      expect(await page.locator('li[data-kind]:visible .predicate').allTextContents()).toContain('announced');
      await page.close();
    });

    it('moves between findings with j and k, and says where it is', async () => {
      const page = guarded(await browser.newPage());
      await page.goto(report, { waitUntil: 'load' });
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const focused = () =>
        page.evaluate(() => document.activeElement?.querySelector('.predicate')?.textContent);
      const second = await page.locator('li[data-kind] .predicate').nth(1).textContent();
      expect(await focused()).toBe(second);
      expect(await page.locator('#status').textContent()).toMatch(
        /^Finding 2 of 9: Contradiction, Jerry Tworek /,
      );
      await page.keyboard.press('k');
      expect(await focused()).toBe(await page.locator('li[data-kind] .predicate').first().textContent());
      await page.close();
    });

    it('prints without its controls', async () => {
      const page = guarded(await browser.newPage());
      await page.goto(report, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['nav', '#filters', 'button.more', 'a.jump:not(.value)'])
        expect(await page.locator(selector).first().isVisible()).toBe(false);
      expect(await page.locator('#conflicts article.conflict').first().isVisible()).toBe(true);
      await page.close();
    });
  });
});
