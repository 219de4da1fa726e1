/**
 * Search quality, side by side: runs the query sets in tests/search/ on the built site in
 * Chromium (no build here: run `npm run build` first), once through plain Pagefind (its JS API,
 * query as typed) and once through the search page, and prints the top-1, top-3 and top-10 hit
 * rates of each. A query is a hit at k when one of its expected entries is in the first k
 * results. `--misses` lists the queries our search does not get into the top 3.
 *
 * Two sets: queries.json is the set the ranking and the thesaurus were tuned on; heldout.json was
 * written from the content by someone who saw neither the search code, the thesaurus nor the
 * tuning set. Tune on the first only: the second says whether the tuning generalises.
 */
import { readFileSync } from 'node:fs';
import { launchChromium, searchDone, serveDist } from './serve-dist.mjs';

const sets = [
  ['tuning set', 'queries.json'],
  ['held-out set', 'heldout.json'],
].map(([name, file]) => ({ name, file, queries: JSON.parse(readFileSync(new URL(`../tests/search/${file}`, import.meta.url), 'utf8')).queries }));
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
const pct = (ranks, k) => `${((100 * ranks.filter((r) => r <= k).length) / ranks.length).toFixed(1)} %`.padStart(8);
await page.goto(`${server.origin}/`);
const report = [];
for (const { name, file, queries } of sets) {
  const tally = { pagefind: [], ours: [] };
  const misses = [];
  for (const { q, expect } of queries) {
    tally.pagefind.push(rank(await plainPagefind(q), expect));
    const got = await ours(q);
    const r = rank(got, expect);
    tally.ours.push(r);
    if (r > 3) misses.push(`  ${r === Infinity ? '-' : r}  ${q}\n       got ${got.slice(0, 3).join(' ')}`);
  }
  report.push(
    `Search quality, ${name}: ${queries.length} queries in users' words (tests/search/${file})\n`,
    '                 top-1     top-3    top-10',
    `plain Pagefind ${pct(tally.pagefind, 1)}  ${pct(tally.pagefind, 3)}  ${pct(tally.pagefind, 10)}`,
    `our search     ${pct(tally.ours, 1)}  ${pct(tally.ours, 3)}  ${pct(tally.ours, 10)}`,
    '',
  );
  if (process.argv.includes('--misses')) report.push(`Not in our top 3 (rank, query):\n${misses.join('\n')}\n`);
}
await browser.close();
await server.close();
console.log(report.join('\n'));
console.log('goal (issue 8): top-3 at least 90 %, top-10 at least 98 %');
