/**
 * Writes the offline service worker, dist/sw.js, as the last step of `astro build` (after the
 * Pagefind index, whose files it names), with Workbox's generateSW (workbox-build 7).
 *
 * - Precached when the worker installs (the shell): the CSS and scripts in /_astro/, Pagefind's
 *   runtime (pagefind.js and its entry file), the icon and the English offline page (another
 *   locale's is saved with the first page saved in that locale).
 * - Saved as they are used, in caches named with the build id: every page a reader opens
 *   (network first, the saved copy when the network fails), and the search files (Pagefind's
 *   WebAssembly, metadata, index chunks, fragments and filters, and the locale's page table and
 *   vocabulary: cache first, they do not change within a build). The six languages' WebAssembly
 *   (~58 kB each) and the index are fetched only by those who search, in the language they search in.
 * - The build id is a hash of what is precached (with their revisions: content hashes), so the
 *   same build always writes the same worker (`npm run check:deterministic`), and a build that
 *   changes any of it writes a new one. A new worker takes over at once, fetches again from the
 *   new build the pages the reader had saved, and deletes the old build's caches; it also saves
 *   the pages open when it takes over, the first page a reader opened among them
 *   (src/service-worker/worker.js, written into sw.js before Workbox's code).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generateSW, getManifest } from 'workbox-build';
import { defaultLocale, locales } from '../i18n/locales';

/**
 * What the worker downloads when it installs, relative to dist/. Of the offline pages, English's
 * only: another locale's (about 3 kB each) is saved with the first page saved in that locale.
 */
export const precachePatterns = ['_astro/**/*.{css,js}', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'favicon.svg', 'offline/index.html'];

/** The worker's own code (src/service-worker/worker.js) calls these; see there. */
interface WorkerHooks {
  mpPageSaved(param: unknown): Promise<void>;
  mpOffline(param: unknown): Promise<Response>;
}
declare const self: WorkerHooks;

/** The build id: a hash of the precache manifest (each file's address and content hash). */
export const buildId = (entries: readonly { url: string; revision: string | null }[]): string =>
  createHash('sha256')
    .update(JSON.stringify(entries.map((e) => [e.url, e.revision]).toSorted(([a], [b]) => String(a).localeCompare(String(b)))))
    .digest('hex')
    .slice(0, 12);

export async function writeServiceWorker(site: string): Promise<{ build: string; precached: number; bytes: number; warnings: string[] }> {
  const glob = {
    globDirectory: site,
    globPatterns: precachePatterns,
    // Vite's /_astro/ files carry their content hash in their name: no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
  };
  const manifest = await getManifest(glob);
  const build = buildId(manifest.manifestEntries);
  const result = await generateSW({
    ...glob,
    swDest: `${site}sw.js`,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // A query string never changes a file of this static site: /search/?q=… is the search page,
    // pagefind-entry.json?ts=<tag> the entry file.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        // Every page opened: from the network while there is one, else the copy saved last time,
        // else the offline page of the address's locale. Saved under its address without the
        // query, so a search page saved once answers any search.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: `mp-pages-${build}`,
          plugins: [
            {
              cacheKeyWillBeUsed: ({ request }) => Promise.resolve(request.url.split('?')[0]!),
              cacheDidUpdate: (param) => self.mpPageSaved(param),
              handlerDidError: (param) => self.mpOffline(param),
            },
          ],
        },
      },
      {
        // Search files, kept once used: they do not change within a build (cache names carry it).
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/') || /^(\/[a-z]{2})?\/search\/(pages|vocabulary)\.json$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: `mp-search-${build}` },
      },
      {
        // Any other file of the build's assets (images, fonts) that the precache does not hold.
        urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: `mp-assets-${build}` },
      },
    ],
  });
  const generated = readFileSync(`${site}sw.js`, 'utf8');
  const own = readFileSync(fileURLToPath(new URL('../service-worker/worker.js', import.meta.url)), 'utf8');
  const prefixed = locales.filter((l) => l !== defaultLocale);
  writeFileSync(`${site}sw.js`, `const MP_BUILD=${JSON.stringify(build)};const MP_LOCALES=${JSON.stringify(prefixed)};\n${own}\n${generated}`);
  return { build, precached: result.count, bytes: result.size, warnings: result.warnings };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'migration-practices:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { build, precached, bytes, warnings } = await writeServiceWorker(fileURLToPath(dir));
        if (warnings.length) throw new Error(`workbox: ${warnings.join('; ')}`);
        logger.info(`sw.js written (build ${build}): ${precached} files precached, ${(bytes / 1024).toFixed(1)} kB before compression`);
      },
    },
  };
}
