import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { renderHtml } from '@corpus/compare';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The large comparison compare's own render test uses, with this test's names and sizes.
import { largeComparison } from '../../../packages/compare/test/large-comparison';
import { conflictCards, expectSeedConflicts, guarded, launchChromium, SKIP_BROWSER } from './chromium';

// The command as npm installs it: the `corpus-compare` bin of @corpus/cli.
const cliManifest = createRequire(import.meta.url).resolve('@corpus/cli/package.json');
const main = join(dirname(cliManifest), JSON.parse(readFileSync(cliManifest, 'utf8')).bin['corpus-compare']);
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

/** Opens a file:// page and records console errors, page errors and every request it makes. */
async function open(browser: Browser, file: string, viewport = { width: 1280, height: 900 }) {
  const page = guarded(await browser.newPage({ viewport }));
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** Is the element's box at least partly inside the viewport? */
function inViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const box = document.getElementById(target)!.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  }, id);
}

describe.skipIf(SKIP_BROWSER)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium('the HTML report');
    dir = await mkdtemp(join(tmpdir(), 'news-compare-browser-'));
    await mkdir(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('the seed report', () => {
    let report: string;
    beforeAll(async () => {
      // The articles are the .txt files; EXPECTED.md beside them describes the corpus.
      const files = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f));
      report = join(dir, 'report.html');
      await promisify(execFile)(process.execPath, [main, ...files, '--out', report, '--quiet']);
    });

    it('loads from file:// without errors and without any network request', async () => {
      const { page, errors, requests } = await open(browser, report);
      expect(errors).toEqual([]);
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
      expect(await page.locator('h1').textContent()).toBe('Comparison of 5 sources');
      // The summary lists the five sources with their languages.
      const langs = await page.locator('#summary tbody tr td:nth-child(2)').allTextContents();
      expect(langs).toEqual(['it', 'de', 'ja', 'en', 'zh']);
      await page.screenshot({ path: join(artifacts, 'report.png') });
      await page.close();
    });

    it('lists the seed conflicts, each value with the sources that give it', async () => {
      const { page } = await open(browser, report);
      expectSeedConflicts(await conflictCards(page));
      await page.close();
    });

    it('clicking a conflict value scrolls to its evidence sentence in the source text and highlights it', async () => {
      const { page, errors } = await open(browser, report);
      const value = page.locator('#conflicts a.value.jump').first();
      const targets = ((await value.getAttribute('data-targets')) ?? '').split(' ');
      const first = targets[0]!;
      expect(first).toMatch(/^ev-\d+-\d+-\d+$/);
      expect(await inViewport(page, first)).toBe(false);
      await value.click();
      const evidence = page.locator(`[id="${first}"]`);
      await expect.poll(() => evidence.getAttribute('class')).toContain('hl');
      expect(await inViewport(page, first)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
      // The highlighted text is the sentence quoted under the value, inside the source's open text.
      const quoted = await page
        .locator(`#conflicts a.jump[href="#${first}"]`)
        .last()
        .locator('xpath=ancestor::li[contains(@class,"evidence")]//blockquote')
        .textContent();
      expect(await evidence.textContent()).toBe(quoted);
      expect(await evidence.evaluate((el) => (el.closest('details') as HTMLDetailsElement).open)).toBe(true);
      expect(await evidence.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
        'rgba(0, 0, 0, 0)',
      );
      // Every source that gives this value is highlighted.
      for (const id of targets)
        expect(await page.locator(`[id="${id}"]`).getAttribute('class')).toContain('hl');
      expect(await page.locator('#status').textContent()).toMatch(/^Evidence highlighted in /);
      await page.screenshot({ path: join(artifacts, 'report-evidence.png') });
      expect(errors).toEqual([]);
      await page.close();
    });

    it('works from the keyboard: Enter on a value moves focus to its evidence', async () => {
      const { page } = await open(browser, report);
      const values = page.locator('#conflicts a.value.jump');
      const last = values.last();
      const target = ((await last.getAttribute('data-targets')) ?? '').split(' ')[0]!;
      await last.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
      expect(await inViewport(page, target)).toBe(true);
      await page.close();
    });

    it('fits a phone screen without sideways scrolling of the page', async () => {
      const { page, errors } = await open(browser, report, { width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(artifacts, 'report-phone.png') });
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('a report of hostile articles', () => {
    let report: string;
    beforeAll(async () => {
      const articles = join(dir, 'hostile');
      await mkdir(articles, { recursive: true });
      const payload = `<img src=x onerror="window.__pwned=1;alert(1)">`;
      await writeFile(
        join(articles, '"><img src=x onerror=alert(2)>.html'),
        `<!doctype html><html><head><title>${'</title>'.replace('/', '&#47;')}Acme &lt;script&gt;alert(3)&lt;/script&gt; buys Northwind</title>` +
          `<script>window.__pwned=4</script><style>body{display:none}</style></head><body><article>` +
          `<h1>Acme &lt;img src=x onerror=alert(5)&gt; buys Northwind</h1>` +
          `<p>Acme Corp agreed to buy Northwind on 5 January 2026, said <a href="javascript:alert(6)">Anna Weber</a> ${payload.replace(/</g, '&lt;')}.</p>` +
          `<p>Northwind was founded in 2011 in Oslo. <iframe src="javascript:alert(7)"></iframe> Read more at <a href="https://example.com/x">example.com</a>.</p>` +
          `</article></body></html>`,
      );
      await writeFile(
        join(articles, 'plain.txt'),
        `Acme Corp agreed to buy Northwind on 6 January 2026. Northwind was founded in 2012. javascript:alert(8) ${payload}\n`,
      );
      report = join(dir, 'hostile.html');
      await promisify(execFile)(process.execPath, [main, articles, '--out', report, '--quiet']);
    });

    it('runs nothing from the articles and links nowhere', async () => {
      const { page, errors, requests } = await open(browser, report);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // Open every source text and expand every deferred list, so all of the input is in the DOM.
      await page.evaluate(() => {
        for (const b of document.querySelectorAll<HTMLButtonElement>('button.more')) b.click();
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
      const hrefs = await page
        .locator('[href], [src], [action]')
        .evaluateAll((els) =>
          els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')),
        );
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !h?.startsWith('#'))).toEqual([]);
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('img, iframe, object, embed, form').count()).toBe(0);
      // The hostile file name is shown as text.
      expect(await page.locator('#summary tbody th').first().textContent()).toBe(
        '"><img src=x onerror=alert(2)>.html',
      );
      await page.close();
    });
  });

  describe('a 200-source comparison', () => {
    let file: string;
    beforeAll(async () => {
      const { comparison, documents } = synthetic(200);
      file = join(dir, 'large.html');
      await writeFile(file, renderHtml(comparison, { documents }));
    });

    it('loads with a bounded number of DOM nodes and stays usable', async () => {
      const { page, errors } = await open(browser, file);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      expect(nodes).toBeLessThan(6000);
      // A value whose evidence sits in a source not yet in the page still jumps to it.
      const value = page.locator('#conflicts a.value.jump').first();
      const targets = ((await value.getAttribute('data-targets')) ?? '').split(' ');
      const deep = targets[targets.length - 1]!;
      expect(deep).toMatch(/^ev-19\d-/);
      expect(await page.locator(`[id="${deep}"]`).count()).toBe(0);
      await page.evaluate((id) => {
        const a = document.querySelector('#conflicts a.value.jump') as HTMLAnchorElement;
        a.setAttribute('data-targets', id);
      }, deep);
      await value.click();
      await expect.poll(() => page.locator(`[id="${deep}"]`).getAttribute('class')).toContain('hl');
      expect(await inViewport(page, deep)).toBe(true);
      // "Show more" puts the rest of a list in the page.
      const more = page.locator('#summary button.more');
      await more.click();
      expect(await page.locator('#summary tbody tr').count()).toBe(200);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

function synthetic(n: number) {
  return largeComparison({
    names: Array.from({ length: n }, (_, i) => `source-${String(i).padStart(3, '0')}.txt`),
    text: (i, year) => `Mara Lind joined Northwind in ${year}. Outlet ${i} also says she left in 2026.`,
    subject: { key: 'person:mara lind', canonical: 'Mara Lind' },
    years: 10,
    entities: 120,
    entityName: 'Organisation',
    conflicts: 40,
    conflictPredicate: (c) => (c === 0 ? 'joined' : `claim ${c}`),
    coverage: (i, k) => (i * k) % 5,
    similarity: (i, j) => ((i + j) % 10) / 10,
    counts: { tokens: 16, mentions: 3 },
    sourceText: {
      mentions: [
        { type: 'PERSON', span: { start: 0, end: 9 } },
        { type: 'ORG', span: { start: 17, end: 26 } },
      ],
      removed: [{ reason: 'advertisement', text: 'Advertisement' }],
    },
  });
}
