/**
 * Readable offline: the service worker (dist/sw.js, src/integrations/service-worker.ts) in
 * Chromium. A context of its own that allows service workers (site.test.ts routes every request
 * through context.route, which service-worker traffic bypasses, so that suite blocks the worker).
 * A reader opens an entry (English and Spanish) and searches once; then, offline, the entry
 * reloads, its short link leads to it, the search answers, and a page never opened shows the
 * offline page of its language, which lists what is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBuilt } from '../support/dist';
import { launchChromium, serveDist } from '../support/browser';

const entry = '/practices/thailand-migrant-friendly-health-services/';
const title = 'Migrant-friendly services in Thailand';
const pid = 'P-002-03';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveDist>>;
const requests: string[] = [];
/** Requests the worker itself made (its precache, the pages and files it fetched). */
const workerRequests: string[] = [];
const problems: string[] = [];

const searchDone = (p: Page) =>
  p.waitForFunction(() => {
    const s = document.querySelector('#mp-search-status')?.textContent;
    return !!s && !/…|\.\.\./.test(s);
  });

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext({ serviceWorkers: 'allow' });
  // Pages' requests and, in Chromium, the worker's own.
  context.on('request', (r) => {
    requests.push(r.url());
    if (r.serviceWorker()) workerRequests.push(r.url());
  });
  context.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`${m.page()?.url()}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`${e.page()?.url()}: ${e.error().message}`));
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('readable offline', () => {
  it('installs the worker, which then controls the pages', async () => {
    await page.goto(server.origin + entry);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    expect(context.serviceWorkers().map((w) => new URL(w.url()).pathname)).toEqual(['/sw.js']);
    // Opened while the worker controls them: saved.
    for (const path of [entry, `/es${entry}`]) await page.goto(server.origin + path);
    await page.goto(`${server.origin}/search/?q=Thailand`);
    await page.locator(`#mp-search-results a[href="${entry}"]`).waitFor();
  });

  it('offline: the entry reloads, from its page and its short link', async () => {
    await context.setOffline(true);
    await page.goto(server.origin + entry);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    // Styled: the build's CSS comes from the precache.
    await expect(page.locator('.mp-header').evaluate((h) => getComputedStyle(h).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    // Never opened, the short link still leads to the saved entry.
    await page.goto(`${server.origin}/id/${pid}/`);
    await page.waitForURL(`**${entry}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.goto(`${server.origin}/es/id/${pid}/`);
    await page.waitForURL(`**/es${entry}`);
  });

  it('offline: search answers from the files it has already fetched, on the search page saved with it', async () => {
    await page.goto(`${server.origin}/search/?q=Thailand`);
    await page.locator(`#mp-search-results a[href="${entry}"]`).waitFor();
    await searchDone(page);
    await expect(page.locator('#mp-search-status').textContent()).resolves.toMatch(/^\d+ results?/);
  });

  it('offline: a page never opened shows the offline page of its language, listing what is saved', async () => {
    await page.goto(`${server.origin}/countries/mex/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('You are offline');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const saved = page.locator('#mp-offline-pages a');
    await saved.first().waitFor();
    const listed = await saved.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toContain(entry);
    expect(listed).toContain('/search/');
    expect(listed.every((href) => !href?.startsWith('/es/'))).toBe(true);
    await page.locator(`#mp-offline-pages a[href="${entry}"]`).click();
    await page.waitForURL(`**${entry}`);

    await page.goto(`${server.origin}/es/countries/mex/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sin conexión');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await page.locator(`#mp-offline-pages a[href="/es${entry}"]`).waitFor();
    await expect(page.locator(`#mp-offline-pages a[href="/es${entry}"]`).getAttribute('lang')).resolves.toBe('en');
    await context.setOffline(false);
  });

  it('made no request to any other host and broke no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(workerRequests.map((url) => new URL(url).pathname)).toContain('/pagefind/pagefind.js');
    expect(requests.filter((url) => new URL(url).origin !== server.origin && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
