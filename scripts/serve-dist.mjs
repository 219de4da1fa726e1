/**
 * Serves the built dist/ on loopback for the benchmarks, as a real static host would: text files
 * gzip-compressed when the browser accepts it (Pagefind's index files are compressed already),
 * and the cache headers such a host is configured with (cachePolicy below). Without them the
 * browser guesses how long to keep each file from its age, and "warm" timings mean nothing.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

/**
 * Files whose name changes with their content (Vite's /_astro/ bundles, Pagefind's index, filter
 * and fragment chunks and its pf_meta, named by hash) are kept a year without asking again.
 * Everything else keeps its address from build to build (HTML, /search/pages.json, pagefind.js,
 * pagefind-entry.json, Pagefind's wasm.<language>.pagefind, whose name has no hash, and the
 * service worker /sw.js, which must never be "immutable" or a new build would not replace it), so
 * the browser may keep it but revalidates it on each use (ETag, 304 when unchanged).
 */
export function cachePolicy(pathname) {
  const hashed = /^\/_astro\/|^\/pagefind\/(index|filter|fragment)\/|^\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(pathname);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function serveDist(dir = 'dist') {
  if (!existsSync(`${dir}/search/pages.json`)) throw new Error(`No built site with search in ${dir}/: run npm run build first.`);
  const assets = sirv(dir, { dev: false, etag: true, setHeaders: (res, pathname) => res.setHeader('Cache-Control', cachePolicy(pathname)) });
  const server = createServer((req, res) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) {
      // Compress text responses on the way out.
      const chunks = [];
      const { write, end, writeHead, setHeader } = res;
      let textual = false;
      res.setHeader = (name, value) => {
        if (name.toLowerCase() === 'content-type') textual = /text|javascript|json|css|svg/.test(String(value));
        if (name.toLowerCase() === 'content-length') return res;
        return setHeader.call(res, name, value);
      };
      res.writeHead = (status, headers) => {
        for (const [k, v] of Object.entries(headers ?? {})) res.setHeader(k, v);
        res.statusCode = status;
        return res;
      };
      res.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
      res.end = (chunk) => {
        if (chunk) chunks.push(Buffer.from(chunk));
        let body = Buffer.concat(chunks);
        if (textual && body.length > 512) {
          body = gzipSync(body);
          setHeader.call(res, 'content-encoding', 'gzip');
        }
        setHeader.call(res, 'content-length', body.length);
        writeHead.call(res, res.statusCode);
        write.call(res, body);
        return end.call(res);
      };
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Wait until the search page has finished a search (its status no longer says it is searching). */
export const searchDone = (page, loading = 'Searching…') =>
  page.waitForFunction((text) => {
    const s = document.querySelector('#mp-search-status')?.textContent;
    return !!s && s !== text;
  }, loading);
