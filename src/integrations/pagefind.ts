/**
 * Builds the Pagefind index as the last step of `astro build`, with Pagefind's Node API, so one
 * command produces a site with working search. Any indexing error fails the build.
 *
 * Pagefind builds one index per `<html lang>`, so each locale's pages are searched on their own.
 * Then, from Pagefind's own page fragments, it writes what each locale's search page needs beside
 * the index: <locale>/search/pages.json (per page id: address, title, year, filter values and summary, so facets
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
import { useTranslations } from '../i18n/ui';
import { localeInfo, localeOfPath, localePrefix, locales, type Locale } from '../i18n/locales';

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

/** Where a locale's search files go: /search/ for English, /es/search/ for Spanish. */
const searchDir = (site: string, locale: Locale) => `${site}${localePrefix(locale).slice(1)}${localePrefix(locale) ? '/' : ''}search/`;

export function writeSearchExtras(site: string): Record<Locale, { pages: number; words: number }> {
  const dir = `${site}pagefind/fragment`;
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .toSorted()
    .map((f) => ({ id: f.slice(0, -'.pf_fragment'.length), fragment: readFragment(`${dir}/${f}`) }));
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      writeLocaleSearchExtras(
        site,
        locale,
        all.filter(({ fragment }) => localeOfPath(fragment.url) === locale),
      ),
    ]),
  ) as Record<Locale, { pages: number; words: number }>;
}

function writeLocaleSearchExtras(site: string, locale: Locale, fragments: { id: string; fragment: Fragment }[]): { pages: number; words: number } {
  const t = useTranslations(locale);
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
  const out = searchDir(site, locale);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}pages.json`, JSON.stringify(table));
  writeFileSync(`${out}vocabulary.json`, JSON.stringify(vocabulary));
  return { pages: pages.length, words: vocabulary.length };
}

/** Pagefind's name for a locale's index: the page's lang, lower-cased ("zh-hans"), or its language alone. */
export function pagefindLanguage(entryJson: string, locale: Locale): string {
  const languages = Object.keys((JSON.parse(entryJson) as { languages: Record<string, unknown> }).languages);
  const lang = localeInfo[locale].lang.toLowerCase();
  const found = languages.find((l) => l === lang) ?? languages.find((l) => l === lang.split('-')[0]);
  if (!found) throw new Error(`Pagefind built no index for ${locale} (lang "${lang}"); it has: ${languages.join(', ')}`);
  return found;
}

/** Each search page fetches its locale's index files as soon as its HTML arrives, not one after another. */
export function writeSearchHints(site: string): void {
  const entryJson = readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8');
  for (const locale of locales) {
    const page = `${searchDir(site, locale)}index.html`;
    const tags = searchPreloadLinks({
      entryJson,
      language: pagefindLanguage(entryJson, locale),
      fetches: [`${localePrefix(locale)}/search/pages.json`],
    });
    writeFileSync(page, addToHead(readFileSync(page, 'utf8'), tags));
  }
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
        for (const [locale, e] of Object.entries(extras))
          logger.info(`${locale}: search page table (${e.pages} pages) and vocabulary (${e.words} words) written`);
        writeSearchHints(site);
      },
    },
  };
}
