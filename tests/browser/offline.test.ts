/**
 * Readable offline: the service worker (dist/sw.js, src/integrations/service-worker.ts) in
 * Chromium. A context of its own that allows service workers (site.test.ts routes every request
 * through context.route, which service-worker traffic bypasses, so that suite blocks the worker).
 * A reader opens an entry (English and Spanish) and searches once; then, offline, the entry
 * reloads, its short link leads to it, the search answers, and a page never opened shows the
 * offline page of its language, which lists what is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBuilt, fileFor } from '../support/dist';
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
    // The first page loaded before the worker existed: the worker saves it when it takes over.
    const saved = (path: string) => page.evaluate((p) => caches.match(p).then((r) => !!r), path);
    for (let tries = 0; tries < 50 && !(await saved(entry)); tries++) await page.waitForTimeout(100);
    expect(await saved(entry)).toBe(true);
    // Opened while the worker controls it: saved.
    await page.goto(`${server.origin}/es${entry}`);
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

/**
 * Two builds, the second with a changed stylesheet: the built site served as it is (build A), then
 * as a build B whose CSS has another content and name and whose worker has another build id.
 */
async function serveTwoBuilds() {
  const sw = readFileSync(fileFor('/sw.js')!, 'utf8');
  const buildA = /const MP_BUILD="(\w+)"/.exec(sw)![1]!;
  const cssA = /_astro\/[^"]+\.css/.exec(sw)![0];
  const cssB = cssA.replace(/\.css$/, 'b.css');
  const buildB = 'b'.repeat(buildA.length);
  let current: 'A' | 'B' = 'A';
  const types: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const asked = current === 'B' && path === `/${cssB}` ? `/${cssA}` : current === 'B' && path === `/${cssA}` ? '/no-such-file' : path;
    const file = fileFor(asked);
    if (!file) return res.writeHead(404).end();
    const ext = file.split('.').pop()!;
    let body: Buffer | string = readFileSync(file);
    if (current === 'B' && ['html', 'js', 'css'].includes(ext)) {
      body = body.toString('utf8').replaceAll(cssA, cssB).replaceAll(buildA, buildB);
      if (ext === 'css') body += '\n.mp-header{outline:1px solid #083b6a}';
    }
    res.writeHead(200, { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    builds: { A: buildA, B: buildB },
    css: { A: cssA, B: cssB },
    switchTo: (build: 'A' | 'B') => void (current = build),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a new build', () => {
  it('replaces the old cache cleanly: the saved pages come again from the new build, with its assets', async () => {
    const site = await serveTwoBuilds();
    const ctx = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const p = await ctx.newPage();
      const cacheNames = () => p.evaluate(() => caches.keys());
      await p.goto(site.origin + entry);
      await p.waitForFunction(() => !!navigator.serviceWorker.controller);
      await p.goto(`${site.origin}/practices/`);
      await p.goto(site.origin + entry);
      expect(await cacheNames()).toContain(`mp-pages-${site.builds.A}`);

      site.switchTo('B');
      // A visit checks for a new worker; it takes over, refetches the saved pages and drops build A's caches.
      await p.goto(`${site.origin}/about/`);
      const replaced = (names: string[]) => names.includes(`mp-pages-${site.builds.B}`) && !names.some((n) => n.endsWith(site.builds.A));
      for (let tries = 0; tries < 100 && !replaced(await cacheNames()); tries++) await p.waitForTimeout(200);
      const own = (await cacheNames()).filter((n) => n.startsWith('mp-'));
      expect(
        own.every((n) => n.endsWith(site.builds.B)),
        own.join(', '),
      ).toBe(true);

      await ctx.setOffline(true);
      // Saved under build A, opened again offline: build B's page, with build B's stylesheet from the precache.
      for (const path of ['/practices/', entry]) {
        await p.goto(site.origin + path);
        await expect(p.locator('link[rel="stylesheet"]').first().getAttribute('href'), path).resolves.toBe(`/${site.css.B}`);
        await expect(
          p.locator('.mp-header').evaluate((h) => getComputedStyle(h).outlineStyle),
          path,
        ).resolves.toBe('solid');
      }
    } finally {
      await ctx.close();
      await site.close();
    }
  });
});
