#!/usr/bin/env node
// Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated) on the built site served
// from loopback: home, a practice, search with results, and an objective page. Prints the four
// scores and LCP, TBT and CLS. Numbers to read, not a test.
//   npm run build && npm run bench:lighthouse

import { createServer } from 'node:http';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { dist, requireBuilt } from './lib/dist.mjs';

requireBuilt();
// English, and a page of the right-to-left and the Chinese locales.
const pages = [
  '/',
  '/practices/thailand-migrant-friendly-health-services/',
  '/search/?q=health',
  '/objectives/15/',
  '/ar/practices/mexico-casa-monarca/',
  '/zh/',
];

const assets = sirv(dist, { dev: false });
const server = createServer((req, res) => assets(req, res, () => res.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const port = 9300 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    `--remote-debugging-port=${port}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const ms = (v) => `${Math.round(v)} ms`.padStart(9);
console.log(`${'page'.padEnd(56)} perf  a11y  best   seo        LCP       TBT     CLS`);
try {
  for (const path of pages) {
    const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const { categories: c, audits: a } = result.lhr;
    const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(5);
    console.log(
      `${path.padEnd(56)}${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')} ${ms(a['largest-contentful-paint'].numericValue)} ${ms(a['total-blocking-time'].numericValue)} ${a['cumulative-layout-shift'].numericValue.toFixed(3).padStart(7)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
console.log('\nMobile profile: simulated slow 4G (150 ms RTT, 1.6 Mbit/s) and 4x CPU slowdown, on this machine.');
