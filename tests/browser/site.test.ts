import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBuilt, contentIds, htmlPages } from '../support/dist';
import { launchChromium, serveDist } from '../support/browser';
import { axeViolations, installAxe } from '../support/axe';

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveDist>>;
const requests: string[] = [];
/** Requests to any other host, stopped before they leave, and Content-Security-Policy complaints. */
const foreign: string[] = [];
const cspErrors: string[] = [];

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  await installAxe(context);
  // Every request any page makes goes through here: only the local server is answered.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).origin === server.origin || url.startsWith('data:')) {
      // Permanent links (/id/…/) refresh to their entry at once; with ?check the page is served
      // without the refresh, so that it can be checked as a browser that ignores it shows it.
      if (/\/id\/[^/]+\/\?check$/.test(url))
        return route.fetch().then(async (response) => route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') }));
      return route.continue();
    }
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(`${m.page()?.url()}: ${m.text()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.origin + path);
  expect(response?.status(), path).toBeLessThan(path.includes('no-such') ? 500 : 400);
  return page;
}

describe('a practice page', () => {
  it('shows the practice with its at-a-glance box, sections and citations', async () => {
    const page = await open('/practices/thailand-migrant-friendly-health-services/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Migrant-friendly services in Thailand');
    await expect(page.getByRole('heading', { name: /At a glance/ }).isVisible()).resolves.toBe(true);
    for (const name of ['How it works', 'Results', 'Lessons', 'What to consider to replicate it', 'Key figures'])
      await expect(page.getByRole('heading', { name: new RegExp(`^${name}`) }).count(), name).resolves.toBe(1);
    // A citation leads to the section of the source page that holds the line.
    const cite = page.locator('.mp-cite a').first();
    await expect(cite.getAttribute('href')).resolves.toBe('/sources/002/#section-2-1');
    await page.close();
  });

  it('opens on the section a trainer linked to', async () => {
    const page = await open('/practices/thailand-migrant-friendly-health-services/#lessons');
    const top = await page.locator('#lessons').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(100);
    await page.close();
  });
});

describe('search', () => {
  it('finds a practice from the header search box', async () => {
    const page = await open('/');
    await page.getByRole('search').first().getByRole('searchbox').fill('Thailand');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Thailand/);
    const result = page.locator('#mp-search-results a[href="/practices/thailand-migrant-friendly-health-services/"]');
    await result.waitFor();
    await expect(page.locator('#mp-search-status').textContent()).resolves.toMatch(/^\d+ results?$/);
    await result.click();
    await page.waitForURL(/thailand-migrant-friendly-health-services/);
    await page.close();
  });

  it('finds a practice by a word people use for it, and keeps the query in the address', async () => {
    const page = await open('/search/');
    await page.locator('#mp-search-q').fill('LGBTI');
    await page.locator('#mp-search-results a[href="/practices/ecuador-mi-casa-fuera-de-casa/"]').waitFor();
    await page.waitForURL(/\?q=LGBTI/);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await open('/search/?q=zzzqqq');
    await page.waitForFunction(() => document.querySelector('#mp-search-status')?.textContent?.startsWith('No practice'));
    await expect(page.locator('#mp-search-results li').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('links that last', () => {
  it('a permanent short link lands on its entry', async () => {
    const page = await open('/id/P-002-03/');
    await page.waitForURL(/\/practices\/thailand-migrant-friendly-health-services\/$/);
    await expect(page.locator('.mp-pid').first().textContent()).resolves.toBe('P-002-03');
    await page.close();
  });
});

describe('the recommendations index', () => {
  const visible = (page: Page) => page.locator('.mp-checklist li:visible').count();

  it('filters by theme, kind and audience, and keeps the choice in the address', async () => {
    const page = await open('/recommendations/');
    const all = await page.locator('.mp-checklist li').count();
    if (all === 0) return void (await page.close()); // no recommendations yet
    await page.getByLabel('Kind').selectOption('policy-recommendation');
    await page.waitForURL(/kind=policy-recommendation/);
    const policy = await visible(page);
    expect(policy).toBeGreaterThan(0);
    expect(policy).toBeLessThan(all);
    await expect(page.locator('#mp-rec-status').textContent()).resolves.toBe(`${policy} of ${all} recommendations shown`);
    // A shared address restores the same list.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByLabel('Kind').inputValue()).resolves.toBe('policy-recommendation');
    expect(await visible(shared)).toBe(policy);
    await shared.close();
    await page.close();
  });

  it('without JavaScript, hides the filter and offers the pre-built lists', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}/recommendations/`);
    await expect(page.locator('#mp-rec-filter').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: 'Policy and practical recommendations' }).click();
    await page.waitForURL(/\/recommendations\/kind\/policy-recommendation\/$/);
    await noJs.close();
  });
});

describe('every template', () => {
  const templates = [
    '/',
    '/practices/',
    '/practices/thailand-migrant-friendly-health-services/',
    '/practices/ifrc-humanitarian-service-points/',
    '/objectives/',
    '/objectives/15/',
    '/objectives/9/',
    '/countries/',
    '/countries/mex/',
    '/service-areas/',
    '/service-areas/health/',
    '/sources/',
    '/sources/002/',
    '/about/',
    '/search/?q=health',
    '/no-such-page/',
    '/approaches/',
    '/approaches/one-stop-centres/',
    '/themes/',
    '/recommendations/',
    '/recommendations/kind/policy-recommendation/',
    '/programmes/',
    // One page of each entry type and prose collection that has content.
    ...(['programmes', 'recommendations', 'themes', 'articles'] as const).flatMap((c) => contentIds(c, '.mdx').slice(0, 1).map((id) => `/${c}/${id}/`)),
  ];

  it.each(templates)('%s fits a 320 px phone without sideways scrolling', async (path) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(server.origin + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('made no request to any other host, set no cookie and broke no Content-Security-Policy rule', async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

describe('every page of the site', () => {
  // Every built page, plus the states that only the browser makes: search results, a missing page.
  const paths = [...htmlPages().map((p) => (p.url.startsWith('/id/') ? `${p.url}?check` : p.url)), '/search/?q=health', '/no-such-page/'];

  it('passes axe (WCAG 2.0, 2.1, 2.2 A and AA), and keeps nothing in the browser\'s storage', async () => {
    const started = Date.now();
    const problems: string[] = [];
    const queue = [...paths];
    // Three tabs in one context share the browser (two cores): each page is loaded, then checked.
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const t0 = Date.now();
        const response = await page.goto(server.origin + path);
        if ((response?.status() ?? 0) >= (path === '/no-such-page/' ? 500 : 400)) problems.push(`${path}: HTTP ${response?.status()}`);
        if (path.startsWith('/search/?q=')) await page.locator('#mp-search-results li').first().waitFor();
        for (const v of await axeViolations(page)) problems.push(`${path} ${v}`);
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
        if (stored) problems.push(`${path}: ${stored} items in localStorage/sessionStorage`);
        // AXE_LOG=1 prints each page's time, to see where the minutes go.
        if (process.env.AXE_LOG) process.stderr.write(`${path} ${Date.now() - t0}\n`);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: 3 }, worker));
    console.log(`axe: ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(paths.length).toBeGreaterThan(400);
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  }, 540_000);
});
