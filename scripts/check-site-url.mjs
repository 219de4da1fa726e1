#!/usr/bin/env node
// Builds the site with another address (SITE_URL), into a temporary folder, and fails if any file
// still names the placeholder address or if the places that must carry the address do not:
// canonical links and hreflang, the sitemap, robots.txt, the feed, structured data, citations.
//   npm run check:site-url
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesUnder } from './lib/dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const placeholder = 'migration-practices.example.org';
const address = 'https://practices.deploy-test.example.net';
const out = mkdtempSync(join(tmpdir(), 'mp-site-url-'));
try {
  const started = Date.now();
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: address },
  });
  console.log(`build with SITE_URL=${address}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const text = filesUnder(out).filter((f) => /\.(html|xml|txt|json|csv|bib|ris|webmanifest|js)$/.test(f));
  const stale = text.filter((f) => readFileSync(f, 'utf8').includes(placeholder)).map((f) => relative(out, f));
  const read = (path) => readFileSync(join(out, path), 'utf8');
  const must = {
    'canonical and hreflang (practice page)': read('es/practices/mexico-casa-monarca/index.html').includes(
      `<link rel="canonical" href="${address}/es/practices/mexico-casa-monarca/"`,
    ),
    'structured data': read('practices/mexico-casa-monarca/index.html').includes(`"url":"${address}/practices/mexico-casa-monarca/"`),
    citation: read('practices/mexico-casa-monarca/index.html').includes(`${address}/id/P-002-06/`),
    sitemap: read('sitemap-0.xml').includes(`<loc>${address}/</loc>`),
    'robots.txt': read('robots.txt').includes(`Sitemap: ${address}/sitemap-index.xml`),
    feed: read('feed.xml').includes(`${address}/`),
  };
  console.log(`${text.length} text files read; ${stale.length} still name ${placeholder}`);
  for (const f of stale.slice(0, 20)) console.log(`  ${f}`);
  for (const [what, ok] of Object.entries(must)) console.log(`  ${ok ? 'ok     ' : 'MISSING'} ${what}`);
  process.exitCode = stale.length || Object.values(must).some((ok) => !ok) ? 1 : 0;
} finally {
  rmSync(out, { recursive: true, force: true });
}
