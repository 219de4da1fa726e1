/**
 * Resource hints for the search page. On a slow phone network the search's first results wait on
 * round trips, not bytes: the page's script loads pagefind.js, which fetches its entry file, which
 * names the index's metadata and WebAssembly, which decide which index chunk to fetch. Hinting
 * every file known in advance lets the browser fetch them all as soon as the HTML arrives.
 *
 * The metadata's name carries a hash that exists only once Pagefind has indexed the built site,
 * so the build writes these hints into the search page after indexing (src/integrations/pagefind.ts).
 */
import { createHash } from 'node:crypto';

/** What Pagefind writes to pagefind/pagefind-entry.json (the parts read here). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/**
 * Pagefind asks for its entry file as `pagefind-entry.json?ts=<tag>`, with the time as the tag
 * unless given one (its documented `metaCacheTag` option). A tag derived from the file's content
 * gives the same address on the page and in Pagefind's request, so the preloaded copy is used,
 * and a new address whenever the index changes.
 */
export const entryCacheTag = (entryJson: string): string => createHash('sha256').update(entryJson).digest('hex').slice(0, 12);

/**
 * The `<link>` tags that start the search's requests with the HTML: pagefind.js as a module, the
 * entry file, the metadata and the WebAssembly of the page's language as fetches (`as="fetch"`
 * with `crossorigin`, the mode of the `fetch()` calls that use them, or the browser fetches twice),
 * and any other files the page's own script fetches.
 */
export function searchPreloadLinks(options: { entryJson: string; language: string; basePath?: string; fetches?: readonly string[] }): string {
  const { entryJson, language, basePath = '/pagefind/', fetches = [] } = options;
  const entry = JSON.parse(entryJson) as PagefindEntry;
  const index = entry.languages[language] ?? Object.values(entry.languages)[0];
  if (!index) throw new Error('pagefind-entry.json lists no language index');
  const fetched = [
    `${basePath}pagefind-entry.json?ts=${entryCacheTag(entryJson)}`,
    `${basePath}pagefind.${index.hash}.pf_meta`,
    `${basePath}wasm.${index.wasm ?? 'unknown'}.pagefind`,
    ...fetches,
  ];
  return [
    `<link rel="modulepreload" href="${basePath}pagefind.js">`,
    ...fetched.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`),
  ].join('');
}

/** The page with the tags added at the end of its head; fails when the page has no head. */
export function addToHead(html: string, tags: string): string {
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('no </head> to add the search hints to');
  return html.slice(0, at) + tags + html.slice(at);
}
