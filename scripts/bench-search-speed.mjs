/**
 * Search speed on a slow phone network: in Chromium with the network throttled to Slow 4G
 * through the DevTools protocol (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: Lighthouse's
 * mobile setting), opens the search page with each of ten queries in the address and prints the
 * time to the first result and the bytes fetched, cold (empty cache) and warm (a returning
 * visitor: the browser cache holds what earlier searches loaded, starting with one search that is
 * not measured, so the first warm query is warm too). Serves dist/ as a host would, gzip for text
 * and its cache headers (serve-dist.mjs; run `npm run build` first).
 */
import { loadavg, cpus } from 'node:os';
import { launchChromium, searchDone, serveDist } from './serve-dist.mjs';

const queries = [
  'office at city hall where newcomers get advice',
  'mental health support after xenophobic attacks',
  'vaccines for people with no residence permit',
  'city ID card for people without papers',
  'vacination',
  'refugee children school',
  'Thailand',
  'diaspora investment',
  'water sanitation camp',
  'human trafficking survivors',
];
// LOCALE=es (fr, ar, ru, zh) measures that locale's search page and index; English by default.
const prefix = process.env.LOCALE && process.env.LOCALE !== 'en' ? `/${process.env.LOCALE}` : '';
const throttle = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const server = await serveDist();
const browser = await launchChromium();

async function measure(context, q) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', throttle);
  // Counted from the context, which also sees the requests of Pagefind's web worker.
  let bytes = 0;
  const count = async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  };
  context.on('requestfinished', count);
  const start = Date.now();
  await page.goto(`${server.origin}${prefix}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
  await page.locator('#mp-search-results li').first().waitFor({ timeout: 30_000 });
  const firstResults = Date.now() - start;
  await searchDone(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  context.off('requestfinished', count);
  return { firstResults, bytes };
}

const rows = [];
// The offline service worker is blocked: these numbers measure the network and Pagefind, as before
// the worker existed (with it, a returning reader's search files come from its cache).
const contextOptions = { serviceWorkers: 'block' };
const warm = await browser.newContext(contextOptions);
await measure(warm, 'migrant workers'); // the returning visitor's earlier visit, not counted
for (const q of queries) {
  const cold = await browser.newContext(contextOptions);
  const c = await measure(cold, q);
  await cold.close();
  const w = await measure(warm, q); // the same query in a browser whose cache holds the site from earlier queries
  rows.push({ q, c, w });
}
await warm.close();
await browser.close();
await server.close();

const kb = (b) => `${(b / 1024).toFixed(0)} kB`.padStart(7);
const ms = (t) => `${(t / 1000).toFixed(2)} s`.padStart(7);
console.log(`Search on Slow 4G (150 ms RTT, 1.6 Mbit/s): time from opening ${prefix}/search/?q=... to first results, and bytes fetched\n`);
console.log(`${'query'.padEnd(48)}   cold: time   bytes    warm: time   bytes`);
for (const { q, c, w } of rows)
  console.log(`${q.slice(0, 48).padEnd(48)}   ${ms(c.firstResults)} ${kb(c.bytes)}         ${ms(w.firstResults)} ${kb(w.bytes)}`);
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
console.log(
  `\ncold: median ${ms(median(rows.map((r) => r.c.firstResults)))}, worst ${ms(max(rows.map((r) => r.c.firstResults)))}; bytes median ${kb(median(rows.map((r) => r.c.bytes)))}, worst ${kb(max(rows.map((r) => r.c.bytes)))}`,
);
console.log(
  `warm: median ${ms(median(rows.map((r) => r.w.firstResults)))}, worst ${ms(max(rows.map((r) => r.w.firstResults)))}; bytes median ${kb(median(rows.map((r) => r.w.bytes)))}, worst ${kb(max(rows.map((r) => r.w.bytes)))}`,
);
console.log('goal: first results under 1.5 s cold, under 150 kB fetched');
// Times on a busy machine are not times on a phone: say how busy this one was.
console.log(`machine load while measuring: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
