/**
 * Search quality, side by side: runs the query set in tests/search/queries.json on the built
 * site in Chromium (no build here: run `npm run build` first), once through plain Pagefind (its
 * JS API, query as typed) and once through the search page, and prints the top-1, top-3 and
 * top-10 hit rates of each. A query is a hit at k when one of its expected entries is in the
 * first k results. `--misses` lists the queries our search does not get into the top 3.
 */
import { readFileSync } from 'node:fs';
import { launchChromium, searchDone, serveDist } from './serve-dist.mjs';

const { queries } = JSON.parse(readFileSync(new URL('../tests/search/queries.json', import.meta.url), 'utf8'));
const server = await serveDist();
const browser = await launchChromium();
const page = await browser.newPage();

async function plainPagefind(q) {
  return page.evaluate(async (term) => {
    const pf = await import('/pagefind/pagefind.js');
    const { results } = await pf.search(term);
    return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
  }, q);
}
// One search page for the whole run, driven like a person would: type, press Enter.
const searchPage = await browser.newPage();
await searchPage.goto(`${server.origin}/search/`);
async function ours(q) {
  await searchPage.locator('#mp-search-q').fill(q);
  await searchPage.locator('#mp-search-q').press('Enter');
  await searchDone(searchPage);
  return searchPage.locator('#mp-search-results h2 a').evaluateAll((links) => links.slice(0, 10).map((a) => a.getAttribute('href')));
}

const rank = (urls, expect) => {
  const i = urls.findIndex((u) => expect.includes(u));
  return i < 0 ? Infinity : i + 1;
};
const tally = { pagefind: [], ours: [] };
const misses = [];
await page.goto(`${server.origin}/`);
for (const { q, expect } of queries) {
  tally.pagefind.push(rank(await plainPagefind(q), expect));
  const got = await ours(q);
  const r = rank(got, expect);
  tally.ours.push(r);
  if (r > 3) misses.push(`  ${r === Infinity ? '-' : r}  ${q}\n       got ${got.slice(0, 3).join(' ')}`);
}
await browser.close();
await server.close();

const pct = (ranks, k) => `${((100 * ranks.filter((r) => r <= k).length) / ranks.length).toFixed(1)} %`.padStart(8);
console.log(`Search quality on ${queries.length} queries in users' words (tests/search/queries.json)\n`);
console.log('                 top-1     top-3    top-10');
console.log(`plain Pagefind ${pct(tally.pagefind, 1)}  ${pct(tally.pagefind, 3)}  ${pct(tally.pagefind, 10)}`);
console.log(`our search     ${pct(tally.ours, 1)}  ${pct(tally.ours, 3)}  ${pct(tally.ours, 10)}`);
if (process.argv.includes('--misses')) console.log(`\nNot in our top 3 (rank, query):\n${misses.join('\n')}`);
