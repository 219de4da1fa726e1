// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import locale404 from './src/integrations/locale-404.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { loadRedirects, redirectConfig } from './src/lib/redirects.ts';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales.ts';
import { siteUrl } from './src/site-url.ts';

/** @param {string} page */
const redirectedFrom = (page) => loadRedirects().some((r) => page.endsWith(r.from));

export default defineConfig({
  // The site's canonical address, from SITE_URL at build time (src/site-url.ts; a placeholder by
  // default): canonical links, hreflang, the sitemap, robots.txt, the feed, structured data, QR
  // codes and citations use it (see README, "Deploying").
  site: siteUrl,
  // Old addresses of entries whose readable slug changed (content/redirects.yaml): static pages
  // that lead to the new address without JavaScript, so printed links keep working.
  redirects: redirectConfig(loadRedirects()),
  // Printed handouts carry these addresses: every page is a folder with a trailing slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // "jsx" (the default) drops whitespace between inline elements on separate lines.
  compressHTML: true,
  integrations: [
    contentCheck(),
    mdx(),
    // Entry and browsing pages only: the /id/ short links and redirect pages only lead elsewhere.
    sitemap({
      filter: (/** @type {string} */ page) => !/\/id\/[^/]+\/$/.test(page) && !/\/offline\/$/.test(page) && !redirectedFrom(page),
      // Each page lists the same page in the other languages (hreflang alternates).
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, localeInfo[l].lang])) },
    }),
    locale404(),
    pagefindIndex(),
    // After the index: the service worker precaches Pagefind's runtime and entry file.
    serviceWorker(),
  ],
  // Six languages; English keeps the addresses printed in handouts (no /en/), the others live
  // under /es/, /fr/, /ar/, /ru/, /zh/. Pages are built per locale from one file per page type
  // (src/pages/[...locale]/), so Astro.currentLocale tells every component its page's language.
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page: everything comes from the site itself.
  // Astro adds the hashes of its own inline scripts and styles. Pagefind's search compiles its
  // WebAssembly index reader (wasm.*.pagefind, fetched from /pagefind/), which needs
  // 'wasm-unsafe-eval': it allows compiling WebAssembly, not JavaScript eval.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
