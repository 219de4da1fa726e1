/**
 * Astro writes the "page not found" of each locale other than English to /<locale>/404/index.html.
 * Static hosts look for 404.html (Cloudflare Pages and others the nearest one up the address), so
 * the build moves it to /<locale>/404.html, beside the root 404.html that English keeps.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { defaultLocale, locales } from '../i18n/locales';

export default function locale404(): AstroIntegration {
  return {
    name: 'migration-practices:locale-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          const built = `${site}${locale}/404/index.html`;
          if (!existsSync(built)) throw new Error(`no 404 page was built for ${locale} (${built})`);
          renameSync(built, `${site}${locale}/404.html`);
          rmdirSync(`${site}${locale}/404`);
        }
      },
    },
  };
}
