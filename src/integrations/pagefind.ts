/**
 * Builds the Pagefind index as the last step of `astro build`, with Pagefind's Node API, so one
 * command produces a site with working search. Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'migration-practices:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) return fail('createIndex', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`search index written: ${added.page_count} HTML files read, pages with data-pagefind-body indexed`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
