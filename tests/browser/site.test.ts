import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBuilt, contentIds, htmlFiles, htmlPagesWhere } from '../support/dist';
import { launchChromium, serveDist } from '../support/browser';
import { axeViolations, installAxe } from '../support/axe';
import { localeInfo, localeOfPath, localePrefix, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { taxonomiesIn } from '../../src/data/taxonomy-translations';

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
  // The offline service worker is tested in offline.test.ts: here every request must pass through
  // context.route below, which a service worker's fetches would bypass.
  context = await browser.newContext({ serviceWorkers: 'block' });
  await installAxe(context);
  // Every request any page makes goes through here: only the local server is answered.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (new URL(url).origin === server.origin || url.startsWith('data:')) {
      // Permanent links (/id/…/) refresh to their entry at once; with ?check the page is served
      // without the refresh, so that it can be checked as a browser that ignores it shows it.
      if (/\/id\/[^/]+\/\?check$/.test(url))
        return route
          .fetch()
          .then(async (response) => route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') }));
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

describe('the search index', () => {
  it('finds every practice and programme by searching its title', async () => {
    const page = await open('/search/');
    const entries = (['practices', 'programmes'] as const).flatMap((c) => contentIds(c, '.mdx').map((id) => `/${c}/${id}/`));
    // Drive Pagefind's own JS API in the page: the index the visitor's browser gets. The import is
    // a string so that vitest does not rewrite it.
    await page.evaluate('window.mpPagefind = import("/pagefind/pagefind.js")');
    const missing = await page.evaluate(async (urls) => {
      const pagefind = await (
        window as unknown as { mpPagefind: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> }> }
      ).mpPagefind;
      const notFound: string[] = [];
      for (const url of urls) {
        const html = await (await fetch(url)).text();
        const title = new DOMParser().parseFromString(html, 'text/html').querySelector('h1')!.textContent;
        const search = await pagefind.search(title);
        const found = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        if (!found.some((d) => d.url === url)) notFound.push(`${url} (searched "${title}")`);
      }
      return notFound;
    }, entries);
    expect(entries.length).toBeGreaterThanOrEqual(46);
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe("search in people's words", () => {
  const done = (page: Page) =>
    page.waitForFunction(() => {
      const s = document.querySelector('#mp-search-status')?.textContent;
      return !!s && s !== 'Searching…';
    });
  const topResults = (page: Page, n = 3) =>
    page.locator('#mp-search-results h2 a').evaluateAll((as, k) => as.slice(0, k).map((a) => a.getAttribute('href')), n);
  const typeBox = (page: Page, value: string) =>
    page.locator('#mp-search-facets fieldset', { hasText: 'Type' }).getByLabel(new RegExp(`^${value} \\(\\d+\\)$`));

  it('finds a practice from a sentence that shares few words with its title', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('city ID card for people without papers')}`);
    await done(page);
    expect(await topResults(page)).toContain('/practices/new-york-city-identity-card/');
    await page.close();
  });

  it('finds the pages of a misspelt word and offers the corrected query', async () => {
    const page = await open('/search/?q=vacination');
    await done(page);
    expect(await topResults(page, 5)).toContain('/practices/maldives-red-crescent-migrant-workers-covid/');
    await expect(page.locator('#mp-search-correction a').textContent()).resolves.toBe('vaccination');
    await page.close();
  });

  it("a filter narrows the results and changes the other facets' counts", async () => {
    const page = await open('/search/?q=covid');
    await done(page);
    const total = Number((await page.locator('#mp-search-status').textContent())!.match(/^(\d+)/)![1]);
    await page.locator('#mp-search-filters summary').click();
    const countryCounts = () => page.locator('#mp-search-facets fieldset', { hasText: 'Region' }).locator('li:not([hidden]) label').allTextContents();
    const before = await countryCounts();
    const label = (await page
      .locator('#mp-search-facets fieldset', { hasText: 'Type' })
      .locator('label', { hasText: 'Joint programme' })
      .textContent())!;
    const programmes = Number(label.match(/\((\d+)\)/)![1]);
    await typeBox(page, 'Joint programme').check();
    await page.waitForURL(/type=Joint\+programme/);
    await page.waitForFunction((n) => document.querySelector('#mp-search-status')?.textContent?.startsWith(`${n} result`), programmes);
    expect(programmes).toBeLessThan(total);
    expect(await countryCounts()).not.toEqual(before);
    await page.close();
  });

  it('a shared address restores the query, the filters and the sort order', async () => {
    const page = await open('/search/?q=health&type=Practice&sort=title');
    await done(page);
    await expect(page.locator('#mp-search-q').inputValue()).resolves.toBe('health');
    await expect(typeBox(page, 'Practice').isChecked()).resolves.toBe(true);
    await expect(page.locator('#mp-search-sort').inputValue()).resolves.toBe('title');
    await expect(page.locator('#mp-search-filters').getAttribute('open')).resolves.not.toBeNull();
    const titles = await page.locator('#mp-search-results h2 a').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    expect(titles).toEqual(titles.toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const types = await page.locator('#mp-search-results .mp-result__type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Practice']));
    await page.close();
  });

  it('Back and Forward restore the previous and the next search', async () => {
    const page = await open('/search/?q=housing');
    await done(page);
    const housing = await topResults(page, 10);
    await page.locator('#mp-search-q').fill('diaspora');
    await page.locator('#mp-search-q').press('Enter');
    await page.waitForURL(/q=diaspora/);
    await done(page);
    const diaspora = await topResults(page, 10);
    expect(diaspora).not.toEqual(housing);
    await page.goBack();
    await page.waitForURL(/q=housing/);
    await page.waitForFunction((first) => document.querySelector('#mp-search-results h2 a')?.getAttribute('href') === first, housing[0]);
    await expect(page.locator('#mp-search-q').inputValue()).resolves.toBe('housing');
    await page.goForward();
    await page.waitForURL(/q=diaspora/);
    await page.waitForFunction((first) => document.querySelector('#mp-search-results h2 a')?.getAttribute('href') === first, diaspora[0]);
    await page.close();
  });

  it('browses every entry with no query, and a browse page links into search with its filter set', async () => {
    const objective = await open('/objectives/15/');
    await objective.locator('a.mp-search-link').click();
    await objective.waitForURL(/\/search\/\?objective=15/);
    await done(objective);
    const shown = await objective.locator('.mp-result__facts').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((facts) => facts.includes('15. '))).toBe(true);
    await objective.close();
  });

  it('without JavaScript, says so and links to the browse pages', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}/search/?q=health`);
    await expect(page.locator('.mp-search-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('#mp-search-app').isVisible()).resolves.toBe(false);
    await page.getByRole('navigation', { name: 'Browse by' }).getByRole('link', { name: 'Practices' }).click();
    await page.waitForURL(/\/practices\/$/);
    await noJs.close();
  });

  it('passes axe with results shown and the filters open', async () => {
    const page = await open('/search/?q=refugee&region=Europe');
    await done(page);
    await page.locator('#mp-search-results li').first().waitFor();
    await expect(page.locator('#mp-search-filters').getAttribute('open')).resolves.not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('does not move what is on screen while results and excerpts fill in (cumulative layout shift under 0.1)', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    // Layout shifts not caused by the person, summed as Chromium reports them from the first paint.
    await page.addInitScript(() => {
      const w = window as unknown as { mpShift: number };
      w.mpShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.mpShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('refugee children school')}`);
    await done(page);
    await page.locator('#mp-search-results .mp-result__excerpt mark').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { mpShift: number }).mpShift)).toBeLessThan(0.1);
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

  it('a section link copies its address where the browser allows it, and still scrolls there', async () => {
    const copying = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await copying.newPage();
    await page.goto(`${server.origin}/practices/thailand-migrant-friendly-health-services/`);
    await page.locator('#lessons a.mp-heading-anchor').click();
    await page.waitForURL(/#lessons$/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${server.origin}/practices/thailand-migrant-friendly-health-services/#lessons`,
    );
    await expect(page.locator('#mp-copy-status').textContent()).resolves.toBe('Link copied');
    expect(await page.locator('#lessons').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    await copying.close();
  });

  it('each key figure has its own link', async () => {
    const page = await open('/practices/thailand-migrant-friendly-health-services/#key-figure-2');
    const row = page.locator('#key-figure-2');
    await expect(row.locator('td').first().textContent()).resolves.toMatch(/^nearly 10%/);
    expect(await row.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    await page.close();
  });
});

describe('handouts', () => {
  // The practice with the most text is the hardest practice to fit; every programme is printed,
  // since each leaves out different reference parts.
  const english = htmlPagesWhere((url) => localeOfPath(url) === 'en');
  const longest = english
    .filter((p) => /^\/practices\/[^/]+\/$/.test(p.url))
    .map((p) => ({ url: p.url, length: p.$('article').text().length }))
    .toSorted((a, b) => b.length - a.length)[0]!;
  const programmes = english.filter((p) => /^\/programmes\/[^/]+\/$/.test(p.url));
  const handouts = [english.find((p) => p.url === longest.url)!, ...programmes];
  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  const printHidden = [
    '.mp-header',
    '.mp-search-form',
    '#related-entries',
    '.mp-cite-this__style--chicago',
    '#results-framework',
    '#self-assessment',
    '.mp-chart',
  ];
  // Checked where the page has them.
  const printShown = ['.mp-print-qr svg', '.mp-key-figures', '.mp-print-online'];

  it('every programme is printed', () => {
    expect(programmes.length).toBe(contentIds('programmes', '.mdx').length);
  });

  // The same handouts in the other languages, sampled: the longest practice and the programme
  // with the most parts, in each locale (Arabic prints right to left, at the handout's size).
  const southAfrica = '/programmes/south-africa-migrant-integration-social-cohesion/';
  const inOtherLocales = locales.filter((l) => l !== 'en').flatMap((l) => [longest.url, southAfrica].map((url) => `${localePrefix(l)}${url}`));
  it.each(inOtherLocales)('%s prints on at most two A4 pages', async (url) => {
    const page = await open(url);
    const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: false }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });

  it.each(handouts.map((h) => [h.url, h] as const))(
    '%s prints on at most two A4 and two Letter pages, with its title, permanent id, short link and source citation',
    async (url, { $ }) => {
      const page = await open(url);
      for (const format of ['A4', 'Letter']) {
        const pages = pageCount(await page.pdf({ format, preferCSSPageSize: false }));
        expect(pages, `${url} ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${url} ${format}`).toBeLessThanOrEqual(2);
      }
      await expect(page.locator('.mp-print-online').isVisible(), url).resolves.toBe(false); // a line for paper only
      await page.emulateMedia({ media: 'print' });
      // innerText leaves out what print CSS hides: this is the handout's text.
      const printed = words(await page.locator('body').innerText());
      const pid = $('.mp-pid').first().text();
      const shortLink = words($('.mp-print-qr__url').text()).replace(/^: /, '');
      expect(shortLink, url).toMatch(new RegExp(`^https?://[^/]+/id/${pid}/$`));
      const citations = $('.mp-cite-this__style--apa .mp-citation')
        .map((_, el) => words($(el).text()))
        .get();
      expect(citations.length, url).toBeGreaterThanOrEqual(2); // the entry, and the document it summarises
      for (const expected of [words($('h1').text()), pid, shortLink, ...citations]) expect(printed, url).toContain(expected);
      // Navigation, search, related lists, other citation styles and reference tables stay online;
      // the QR code and key figures are on paper. (One round trip for all: a few seconds a page.)
      const shown = await page.evaluate(
        (selectors) => Object.fromEntries(selectors.map((s) => [s, document.querySelector(s)?.checkVisibility() ?? null])),
        [...printHidden, ...printShown],
      );
      for (const s of printHidden) expect(shown[s], `${url} ${s}`).not.toBe(true);
      for (const s of printShown) expect(shown[s], `${url} ${s}`).not.toBe(false);
      expect(shown['.mp-print-qr svg'], url).toBe(true);
      if (url.startsWith('/programmes/')) {
        // In their place, one line says where the parts left out are: at the printed short link.
        const online = page.locator('.mp-print-online');
        await expect(online.isVisible(), url).resolves.toBe(true);
        await expect(online.textContent(), url).resolves.toContain(shortLink);
        if ($('#results-framework').length) await expect(online.textContent(), url).resolves.toContain('results framework');
      }
      await page.close();
    },
  );
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

describe('six languages', () => {
  it('the language switcher leads to the same page in another language, with the keyboard', async () => {
    const page = await open('/practices/thailand-migrant-friendly-health-services/#lessons');
    await page.setViewportSize({ width: 360, height: 740 });
    const summary = page.locator('.mp-lang summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Español' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/es/practices/thailand-migrant-friendly-health-services/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('.mp-lang summary').textContent()).resolves.toContain('Español');
    // The chrome speaks Spanish; the entry's own text is still English, and says so.
    await expect(page.getByRole('heading', { name: new RegExp(`^${dictionaries.es['practice.atAGlance']}`) }).count()).resolves.toBe(1);
    await expect(page.locator('main h1').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.mp-in-english').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('Arabic pages read right to left, their English passages left to right', async () => {
    const page = await open('/ar/practices/mexico-casa-monarca/');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('body').evaluate((b) => getComputedStyle(b).direction)).resolves.toBe('rtl');
    await expect(page.locator('main h1').evaluate((h) => getComputedStyle(h).direction)).resolves.toBe('ltr');
    // The brand sits at the right edge, the way Arabic reads.
    const brand = await page.locator('.mp-header__brand').boundingBox();
    expect(brand!.x + brand!.width).toBeGreaterThan((page.viewportSize()?.width ?? 1280) - 120);
    await page.close();
  });

  it('the phone menu opens without scripts and leads to the browse pages', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await noJs.newPage();
    await page.goto(`${server.origin}/fr/`);
    const menu = page.getByRole('navigation', { name: dictionaries.fr['nav.main'] });
    await expect(menu.isVisible()).resolves.toBe(false);
    await page.locator('.mp-menu summary').click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.getByRole('link', { name: dictionaries.fr['nav.countries'] }).click();
    await page.waitForURL('**/fr/countries/');
    await noJs.close();
  });

  it.each(locales)('%s: the search page answers a query in its language', async (locale) => {
    // The name of Thailand in the page's language: on the entry's page (at a glance), not in its English text.
    const thailand = taxonomiesIn(locale).countryByCode('THA').name;
    const page = await open(`${localePrefix(locale)}/search/?q=${encodeURIComponent(thailand)}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(localeInfo[locale].lang);
    const first = page.locator('#mp-search-results li a').first();
    await first.waitFor();
    const hrefs = await page.locator('#mp-search-results li a').evaluateAll((links) => links.slice(0, 10).map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`${localePrefix(locale)}/practices/thailand-migrant-friendly-health-services/`);
    await expect(page.locator('#mp-search-status').textContent()).resolves.not.toBe('');
    await page.close();
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
    '/recommendations/for/cities/',
    '/offline/',
    // A permanent short link, without its refresh (see the route above).
    '/id/P-002-03/?check',
    '/programmes/',
    // The programme that prints a budget by agency: its money chart.
    '/programmes/south-africa-migrant-integration-social-cohesion/',
    '/data/',
    // One page of each entry type and prose collection that has content.
    ...(['programmes', 'recommendations', 'themes', 'articles'] as const).flatMap((c) =>
      contentIds(c, '.mdx')
        .slice(0, 1)
        .map((id) => `/${c}/${id}/`),
    ),
  ];

  // Every template in every locale (sampled by template: every page in six languages would be
  // some 2,900 page loads; the dist tests read every page's HTML instead).
  const inEveryLocale = locales.flatMap((l) => templates.map((path) => [l, `${localePrefix(l)}${path}`] as const));

  it.each(inEveryLocale)(
    '%s %s fits a 320 px phone without sideways scrolling, its heading within the first 150 px of a 360 px one',
    async (_, path) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(server.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 360, height: 740 });
      const top = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeLessThanOrEqual(150);
      await page.close();
    },
  );

  it.each(locales.filter((l) => l !== 'en'))(
    '%s: every template passes axe',
    async (locale) => {
      const problems: string[] = [];
      const page = await context.newPage();
      for (const path of templates.map((t) => `${localePrefix(locale)}${t}`)) {
        await page.goto(server.origin + path);
        if (path.includes('/search/?q=')) await page.locator('#mp-search-results li').first().waitFor();
        for (const v of await axeViolations(page)) problems.push(`${path} ${v}`);
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
        if (stored) problems.push(`${path}: ${stored} items in localStorage/sessionStorage`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
    180_000,
  );

  it('made no request to any other host, set no cookie and broke no Content-Security-Policy rule', async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

describe('every English page of the site', () => {
  // Every built English page, plus the states that only the browser makes: search results, a
  // missing page. The other locales are checked template by template above.
  const paths = [
    ...htmlFiles()
      .filter((p) => localeOfPath(p.url) === 'en')
      .map((p) => (p.url.startsWith('/id/') ? `${p.url}?check` : p.url)),
    '/search/?q=health',
    '/no-such-page/',
  ];

  it("passes axe (WCAG 2.0, 2.1, 2.2 A and AA), and keeps nothing in the browser's storage", async () => {
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
    // The run above opened every English page: none of them asked another host for anything.
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
  }, 540_000);
});
