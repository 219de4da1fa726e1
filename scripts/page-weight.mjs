#!/usr/bin/env node
// Prints what a reader downloads, from the built dist/: for every page type, bytes of HTML, CSS,
// JS, fonts and images, raw and gzipped (the heaviest page of the type, and the mean), then what
// a first search fetches, measured in Chromium. Budgets are printed beside the numbers; they are
// goals to read, not tests (a missed budget exits 0).
//   npm run build && npm run bench:weight
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import worldCountries from 'world-countries';
import { dist, filesUnder, requireBuilt } from './lib/dist.mjs';

// The site's locales (src/i18n/locales.ts): English at the root, the others under /<locale>/.
const locales = ['en', 'es', 'fr', 'ar', 'ru', 'zh'];
const countryKey = { es: 'spa', fr: 'fra', ar: 'ara', ru: 'rus', zh: 'zho' };
const thailand = worldCountries.find((c) => c.cca3 === 'THA');
/** "Thailand" as each locale's pages name it: a first search in the reader's language. */
const thailandIn = (locale) => (locale === 'en' ? thailand.name.common : thailand.translations[countryKey[locale]].common);

requireBuilt();
const walk = filesUnder;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
const kinds = ['html', 'css', 'js', 'font', 'image'];
const kindOf = (path) => {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
};
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const cache = new Map();
const sizes = (file) => {
  if (!cache.has(file)) {
    const buffer = readFileSync(file);
    cache.set(file, { raw: buffer.length, gzip: gz(buffer) });
  }
  return cache.get(file);
};

/** A page's own files: its HTML and the local CSS, JS, fonts and images it (and its CSS) loads. */
function pageFiles(file) {
  const html = readFileSync(file, 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<(?:link|script|img|source)\b[^>]*\b(?:href|src)="(\/[^"#?]+)"/g)) refs.add(m[1]);
  for (const ref of [...refs].filter((r) => r.endsWith('.css')))
    for (const m of readFileSync(join(dist, ref), 'utf8').matchAll(/url\(["']?(\/[^"')#?]+)/g)) refs.add(m[1]);
  // Inline <script> and <style> count as JS and CSS, not HTML.
  // (JSON-LD and other data blocks are not scripts: they stay in the HTML's count.)
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]))
    .map((m) => m[2])
    .join('');
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const total = Object.fromEntries(kinds.map((k) => [k, { raw: 0, gzip: 0 }]));
  const add = (kind, s) => ((total[kind].raw += s.raw), (total[kind].gzip += s.gzip));
  const own = sizes(file);
  add('html', { raw: own.raw - inlineJs.length - inlineCss.length, gzip: own.gzip });
  if (inlineJs) add('js', { raw: inlineJs.length, gzip: 0 });
  if (inlineCss) add('css', { raw: inlineCss.length, gzip: 0 });
  for (const ref of refs) {
    const path = join(dist, ref);
    const kind = kindOf(ref);
    if (existsSync(path) && statSync(path).isFile() && kinds.includes(kind) && path !== join(dist, 'favicon.svg')) add(kind, sizes(path));
  }
  return total;
}

const localeOf = (file) => {
  const first = relative(dist, file).split('/')[0];
  return locales.includes(first) && first !== 'en' ? first : 'en';
};
const typeOf = (file) => {
  const locale = localeOf(file);
  const parts = relative(locale === 'en' ? dist : join(dist, locale), file).split('/');
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : parts[0];
  if (parts.length === 2) return `/${parts[0]}/`;
  return `/${parts[0]}/[page]/${parts.length > 3 ? '…' : ''}`;
};

/** Per locale, per page type: how many pages, the heaviest, the mean. */
const byLocale = new Map(locales.map((l) => [l, new Map()]));
for (const file of walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')))) {
  const weight = pageFiles(file);
  const gzipTotal = kinds.reduce((a, k) => a + weight[k].gzip, 0);
  const types = byLocale.get(localeOf(file));
  const g = types.get(typeOf(file)) ?? { count: 0, heaviest: undefined, heaviestGzip: -1, sumGzip: 0 };
  g.count++;
  g.sumGzip += gzipTotal;
  if (gzipTotal > g.heaviestGzip) Object.assign(g, { heaviest: weight, heaviestGzip: gzipTotal, heaviestFile: relative(dist, file) });
  types.set(typeOf(file), g);
}
const groups = byLocale.get('en');

console.log('English: heaviest page of each type, kB raw/gzip (inline <script> and <style> counted as JS and CSS, raw only)');
console.log(
  `${'page type'.padEnd(30)}${'pages'.padStart(6)}${kinds.map((k) => k.padStart(13)).join('')}${'total gz'.padStart(10)}${'mean gz'.padStart(9)}`,
);
for (const [type, g] of [...groups].sort()) {
  const cells = kinds.map((k) => `${kb(g.heaviest[k].raw)}/${kb(g.heaviest[k].gzip)}`.padStart(13)).join('');
  console.log(`${type.padEnd(30)}${String(g.count).padStart(6)}${cells}${kb(g.heaviestGzip).padStart(10)}${kb(g.sumGzip / g.count).padStart(9)}`);
}

// A first search, as Chromium fetches it: the search page, Pagefind's script, its WebAssembly,
// the index and the fragments of the results shown. Text files are counted gzipped (as a host
// would send them); Pagefind's index files are already compressed.
const assets = sirv(dist, { dev: false });
const server = createServer((req, res) => assets(req, res, () => res.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const searched = {};
const searches = [['en', 'health'], ...locales.map((l) => [l, thailandIn(l)])];
for (const [locale, query] of searches) {
  // The search alone: the service worker's own downloads are counted below, once.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const fetched = [];
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const text = /text|javascript|json|svg/.test(r.headers()['content-type'] ?? '');
    fetched.push({ url: r.url().replace(origin, ''), bytes: text ? gz(body) : body.length });
  });
  await page.goto(`${origin}${locale === 'en' ? '' : `/${locale}`}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#mp-search-results li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  searched[`${locale}: ${query}`] = fetched;
}
await browser.close();
server.close();

const sum = (list) => list.reduce((a, f) => a + f.bytes, 0);
console.log('\nA first search (search page opened with ?q=…, until the network is idle), kB fetched:');
for (const [query, fetched] of Object.entries(searched)) {
  const by = (re) => sum(fetched.filter((f) => re.test(f.url)));
  console.log(
    `  "${query}": ${kb(sum(fetched))} in ${fetched.length} requests (page and CSS ${kb(by(/^\/(search|_astro)/))}, pagefind.js ${kb(by(/pagefind\.js/))}, WebAssembly ${kb(by(/wasm/))}, index ${kb(by(/\/index\/|pagefind-entry|pf_meta/))}, fragments ${kb(by(/\/fragment\//))}, filters ${kb(by(/\/filter\//))})`,
  );
}
const pagefind = walk(join(dist, 'pagefind'));
const files = walk(dist);
console.log(
  `\npages: ${[...groups.values()].reduce((a, g) => a + g.count, 0)}; whole site: ${kb(files.reduce((a, f) => a + statSync(f).size, 0))} kB; dist/pagefind: ${kb(pagefind.reduce((a, f) => a + statSync(f).size, 0))} kB in ${pagefind.length} files`,
);

const entryTypes = [
  '/practices/[page]/',
  '/programmes/[page]/',
  '/recommendations/[page]/',
  '/themes/[page]/',
  '/articles/[page]/',
  '/sources/[page]/',
];
const verdict = (ok) => (ok ? 'within' : 'MISSED');
console.log('\nPer locale, kB gzipped (pages; heaviest and mean entry page, entry JS; home; first search for "Thailand" in the locale\'s words)');
const budgetsMet = [];
for (const locale of locales) {
  const types = byLocale.get(locale);
  const entries = entryTypes.filter((t) => types.has(t)).map((t) => types.get(t));
  const heaviestEntry = Math.max(...entries.map((g) => g.heaviestGzip));
  const meanEntry = entries.reduce((a, g) => a + g.sumGzip, 0) / entries.reduce((a, g) => a + g.count, 0);
  const entryJs = Math.max(...entries.map((g) => g.heaviest.js.raw));
  const home = types.get('home').heaviestGzip;
  const search = sum(searched[`${locale}: ${thailandIn(locale)}`]);
  const pages = [...types.values()].reduce((a, g) => a + g.count, 0);
  const ok = heaviestEntry <= 25 * 1024 && entryJs === 0 && home <= 60 * 1024;
  budgetsMet.push(ok);
  console.log(
    `  ${locale}: ${pages} pages; entry heaviest ${kb(heaviestEntry)} (mean ${kb(meanEntry)}), JS ${entryJs} bytes; home ${kb(home)}; search ${kb(search)}: page budgets ${verdict(ok)}`,
  );
}
// The offline service worker: what it adds to a first visit once the page has loaded (the worker
// and the files it precaches, gzipped as a host sends them: the page's own CSS among them, which
// the browser may revalidate from its cache rather than fetch again), and the registration
// script every page carries inline.
const swFile = join(dist, 'sw.js');
if (existsSync(swFile)) {
  const worker = readFileSync(swFile);
  const precached = [...worker.toString('utf8').matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]);
  const precache = precached.map((url) => ({ url, ...sizes(join(dist, url)) }));
  const registration = [...readFileSync(join(dist, 'about', 'index.html'), 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .find((js) => js.includes('serviceWorker'));
  const precacheGzip = precache.reduce((a, f) => a + f.gzip, 0);
  console.log('\nService worker (readable offline), kB gzipped');
  console.log(`  sw.js ${kb(gz(worker))} (${kb(worker.length)} raw); precached on install: ${kb(precacheGzip)} in ${precache.length} files`);
  for (const f of precache.toSorted((a, b) => b.gzip - a.gzip)) console.log(`    ${f.url}: ${kb(f.gzip)}`);
  console.log(`  a first visit adds at most ${kb(gz(worker) + precacheGzip)} kB, once`);
  console.log(
    `  registration script: ${registration ? `${gz(Buffer.from(registration))} bytes gzipped (${registration.length} raw), inline on every page` : 'not found'}`,
  );
}
console.log('\nBudgets (every locale)');
console.log(`  entry pages ≤ 25 kB gzipped with no JS, home ≤ 60 kB gzipped: ${verdict(budgetsMet.every(Boolean))}`);
const search = Math.max(...Object.values(searched).map(sum));
console.log(`  search, first results ≤ 150 kB fetched: heaviest ${kb(search)} kB: ${verdict(search <= 150 * 1024)}`);
