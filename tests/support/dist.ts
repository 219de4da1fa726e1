/** Reading the built site in dist/ as files: pages, links and the Pagefind index. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

export function assertBuilt() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let pagesOnce: ReturnType<typeof readPages> | undefined;
/** Every HTML page of the site, as its URL path ("/practices/x/") and parsed document (read once per run). */
export function htmlPages() {
  return (pagesOnce ??= readPages());
}

/** Every HTML page's URL path and file, without reading it (six languages make parsing them all slow). */
export function htmlFiles() {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith(join(dist, 'pagefind')))
    .map((file) => ({
      url: `/${relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '')}`,
      file,
    }));
}

/** The pages whose URL path passes `test`, parsed (and only those: a suite that needs one language reads one). */
export function htmlPagesWhere(test: (url: string) => boolean) {
  return htmlFiles()
    .filter(({ url }) => test(url))
    .map(({ url, file }) => ({ url, file, $: cheerio.load(readFileSync(file, 'utf8')) }));
}

function readPages() {
  return htmlFiles().map(({ url, file }) => ({ url, file, $: cheerio.load(readFileSync(file, 'utf8')) }));
}

/** Resolve a site path to the file that serves it, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface PagefindRecord {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every record of the Pagefind index, decoded from its fragment files. */
export function pagefindRecords(): PagefindRecord[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/, '')) as PagefindRecord;
  });
}

/** Slugs of the entries in content/<collection>/ (file names without extension). */
export function contentIds(collection: string, extension: string): string[] {
  const dir = join(root, 'content', collection);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .map((f) => f.slice(0, -extension.length))
        .sort()
    : [];
}
