#!/usr/bin/env node
// Lists every link to another site in the built dist/, with the pages that carry it, without
// fetching any of them (no network here; checking them is a person's job, once in a while).
//   npm run build && npm run report:links            # a readable list
//   npm run report:links -- --tsv > links.tsv       # one "url<TAB>page" line per use
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist, filesUnder, requireBuilt } from './lib/dist.mjs';

requireBuilt();
const walk = filesUnder;
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const pagesByUrl = new Map();
for (const file of walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')))) {
  const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  for (const m of readFileSync(file, 'utf8').matchAll(/<a\b[^>]*\bhref="((?:https?:)?\/\/[^"]+|mailto:[^"]+)"/g)) {
    const url = decode(m[1]);
    if (!pagesByUrl.has(url)) pagesByUrl.set(url, new Set());
    pagesByUrl.get(url).add(page);
  }
}
const urls = [...pagesByUrl.keys()].sort();
if (process.argv.includes('--tsv')) {
  for (const url of urls) for (const page of [...pagesByUrl.get(url)].sort()) console.log(`${url}\t${page}`);
} else {
  const hosts = new Map();
  for (const url of urls) {
    const host = url.startsWith('mailto:') ? 'mailto' : new URL(url, 'https://x').host;
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  for (const url of urls) {
    const pages = [...pagesByUrl.get(url)].sort();
    console.log(`${url}\n    on ${pages.length} page${pages.length > 1 ? 's' : ''}: ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}`);
  }
  console.log(
    `\n${urls.length} external links (not fetched) to ${hosts.size} hosts; most linked: ${[...hosts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([h, n]) => `${h} (${n})`)
      .join(', ')}`,
  );
}
