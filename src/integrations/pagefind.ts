/**
 * Builds the Pagefind index as the last step of `astro build`, with Pagefind's Node API, so one
 * command produces a site with working search. Any indexing error fails the build.
 *
 * Then, from Pagefind's own page fragments, it writes what the search page needs beside the
 * index: /search/pages.json (per page id: address, title, year, filter values and summary, so facets
 * count and sort, and result cards show, without loading every fragment) and /search/vocabulary.json (the index's words, loaded
 * only when a query word matches nothing, to offer a spelling correction). Last, it adds to the
 * search page the hints that fetch the index's files with the HTML (src/lib/search-hints.ts): their
 * names exist only now.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildVocabulary, encodePageTable, searchFacetKeys, type IndexedPage } from '../lib/search';
import { addToHead, searchPreloadLinks } from '../lib/search-hints';
import { defaultLocale, t } from '../i18n/ui';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind fragments are gzipped JSON behind a signature ("pagefind_dcd"). */
function readFragment(path: string): Fragment {
  const bytes = gunzipSync(readFileSync(path));
  const text = bytes.toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

export function writeSearchExtras(site: string): { pages: number; words: number } {
  const dir = `${site}pagefind/fragment`;
  const fragments = readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .toSorted()
    .map((f) => ({ id: f.slice(0, -'.pf_fragment'.length), fragment: readFragment(`${dir}/${f}`) }));
  const pages: IndexedPage[] = fragments.map(({ id, fragment }) => ({
    id,
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    ...(fragment.meta.year ? { year: Number(fragment.meta.year) } : {}),
    facets: fragment.filters,
    ...(fragment.meta.summary ? { summary: fragment.meta.summary } : {}),
  }));
  const table = encodePageTable(
    pages,
    searchFacetKeys.map((f) => t(f.key)),
  );
  const vocabulary = buildVocabulary(fragments.map(({ fragment }) => `${fragment.meta.title ?? ''} ${fragment.content}`));
  mkdirSync(`${site}search`, { recursive: true });
  writeFileSync(`${site}search/pages.json`, JSON.stringify(table));
  writeFileSync(`${site}search/vocabulary.json`, JSON.stringify(vocabulary));
  return { pages: pages.length, words: vocabulary.length };
}

/** The search page fetches the index's files as soon as its HTML arrives, not one after another. */
export function writeSearchHints(site: string): void {
  const page = `${site}search/index.html`;
  const tags = searchPreloadLinks({
    entryJson: readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8'),
    language: defaultLocale,
    fetches: ['/search/pages.json'],
  });
  writeFileSync(page, addToHead(readFileSync(page, 'utf8'), tags));
}

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
        const extras = writeSearchExtras(site);
        logger.info(`search page table (${extras.pages} pages) and vocabulary (${extras.words} words) written`);
        writeSearchHints(site);
      },
    },
  };
}
