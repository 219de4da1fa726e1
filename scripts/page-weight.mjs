#!/usr/bin/env node
// Prints what a reader downloads: HTML, CSS and JS per page type, and the search index, from
// the built dist/. Size goals are read from these numbers, not asserted in tests.
//   npm run build && npm run bench:weight
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html'));

/** Gzipped bytes of a page's HTML plus the CSS and JS it links from /_astro/. */
function pageWeight(file) {
  const text = readFileSync(file, 'utf8');
  const assets = [...new Set([...text.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => join(dist, m[1])))];
  return [text, ...assets.map((a) => readFileSync(a))].map((b) => gzipSync(b).length).reduce((a, b) => a + b, 0);
}

const groups = new Map();
for (const file of html) {
  const parts = relative(dist, file).split('/');
  const type = parts.length === 1 ? parts[0] : parts.length === 2 ? `${parts[0]}/` : `${parts[0]}/[page]/`;
  const bytes = pageWeight(file);
  const g = groups.get(type) ?? { count: 0, max: 0, total: 0 };
  groups.set(type, { count: g.count + 1, max: Math.max(g.max, bytes), total: g.total + bytes });
}
console.log('page type                  pages   max gzip (HTML+CSS+JS)    mean');
for (const [type, g] of [...groups].sort())
  console.log(`${type.padEnd(26)}${String(g.count).padStart(6)}   ${kb(g.max).padStart(22)}   ${kb(g.total / g.count).padStart(8)}`);
const pagefind = files.filter((f) => f.startsWith(join(dist, 'pagefind') + '/'));
const sum = (list) => list.reduce((a, f) => a + statSync(f).size, 0);
console.log(`\npages: ${html.length}; whole site: ${kb(sum(files))}; search bundle (dist/pagefind): ${kb(sum(pagefind))} in ${pagefind.length} files`);
const firstSearch = ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind'].map((f) => join(dist, 'pagefind', f)).filter(existsSync);
console.log(`a first search fetches at least ${kb(sum(firstSearch))} (pagefind.js, entry, wasm) plus index and fragment chunks`);
