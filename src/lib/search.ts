/**
 * Search in people's own words, on top of Pagefind. Pagefind matches a query only when a page
 * holds every query word it knows; people type sentences ("office at city hall where newcomers
 * get advice"). So the search page runs the exact query, then each meaningful word of it (and the
 * thesaurus's words for it) on its own, and merges the rankings here. Everything in this file is
 * pure: the browser script does the fetching, the build writes the page table and vocabulary.
 */

/** Families of words that mean the same to the people searching (content/thesaurus.yaml). */
export type Thesaurus = readonly (readonly string[])[];

/** Lower case, no accents, punctuation as spaces; hyphens and apostrophes inside words stay. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const words = (text: string): string[] => (normalise(text) ? normalise(text).split(' ') : []);

/**
 * Words that carry no meaning for finding a practice: grammar, and the filler people put around
 * what they want ("examples of", "how do cities help"). Dropped before the relaxed searches.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an the and or but of for to in on at by with from into onto about as is are was were be been being it its this that these those ' +
    'there their they them who whom whose which what where when why how do does did done can could should would will may might must ' +
    'i we you he she our your my me us not no nor so than then too very also just only any some all each every more most other such ' +
    'get gets getting give gives help helps helping people person someone example examples practice practices programme programmes ' +
    'project projects initiative way ways thing things something find want need needs like good best idea ideas doing ' +
    'new use used using make makes making provide provides providing offer offers support supports after before during while between ' +
    'through without within across over under up down out off again further once here same own both few if else yes via per etc'
  ).split(' '),
);
// "support" and "without" stay meaningful inside thesaurus phrases ("decent work",
// "without papers"): phrases are matched before stop words are dropped.

export interface Variant {
  /** What is sent to Pagefind. */
  term: string;
  /** 1 for the words typed, less for the thesaurus's words for them. */
  weight: number;
}
/** One meaningful part of a query: a word or thesaurus phrase, and the terms it is searched as. */
export interface Concept {
  text: string;
  variants: Variant[];
}

/** How much a thesaurus word counts next to the word typed. */
export const synonymWeight = 0.7;
/** The most terms one concept is searched as: the first terms of a family are its common ones. */
export const maxVariants = 6;

/** Split a query into concepts: thesaurus phrases first (longest match), then words that are not stop words. */
export function analyseQuery(query: string, thesaurus: Thesaurus): Concept[] {
  const typed = words(query);
  const groupOf = new Map<string, readonly string[]>();
  let longest = 1;
  for (const group of thesaurus)
    for (const term of group) {
      const key = normalise(term);
      groupOf.set(key, group);
      longest = Math.max(longest, key.split(' ').length);
    }
  const lookup = (phrase: string) => groupOf.get(phrase) ?? (phrase.endsWith('s') ? groupOf.get(phrase.slice(0, -1)) : undefined);

  const concepts: Concept[] = [];
  const add = (concept: Concept) => {
    if (!concepts.some((c) => c.text === concept.text)) concepts.push(concept);
  };
  for (let i = 0; i < typed.length;) {
    let taken = 0;
    for (let n = Math.min(longest, typed.length - i); n >= 1 && !taken; n--) {
      const phrase = typed.slice(i, i + n).join(' ');
      const group = lookup(phrase);
      if (!group || (n === 1 && stopWords.has(phrase))) continue;
      const others = group.map(normalise).filter((t) => t !== phrase && t !== phrase.slice(0, -1));
      add({
        text: phrase,
        variants: [{ term: phrase, weight: 1 }, ...others.slice(0, maxVariants - 1).map((term) => ({ term, weight: synonymWeight }))],
      });
      taken = n;
    }
    if (!taken) {
      // A hyphenated word no family knows ("foreign-owned") is searched as its parts: the
      // documents rarely hyphenate the same way the person did.
      for (const word of typed[i]!.split('-'))
        if (!stopWords.has(word) && (word.length > 1 || /\d/.test(word))) add({ text: word, variants: [{ term: word, weight: 1 }] });
      taken = 1;
    }
    i += taken;
  }
  return concepts;
}

/** Every distinct term the relaxed search sends to Pagefind. */
export const termsOf = (concepts: readonly Concept[]): string[] => [...new Set(concepts.flatMap((c) => c.variants.map((v) => v.term)))];

/**
 * The query as sent for the exact search: its words without the stop words. Pagefind requires
 * every word it is given, and each word costs the index chunk for its letters, so "office at city
 * hall" fetches and requires "at" for nothing.
 */
export const exactQueryOf = (query: string): string =>
  words(query)
    .filter((w) => !stopWords.has(w))
    .join(' ');

/**
 * A word that finds this many pages on its own is common enough: its thesaurus words would add
 * index chunks to fetch (bytes on a slow phone) and little to the ranking. Measured on the query
 * sets in tests/search/ (npm run bench:search): top-3 within a point or two of always expanding,
 * a third fewer index chunks.
 */
export const expandBelow = 20;

/**
 * The concepts whose thesaurus words are worth searching, given how many pages the word typed
 * found: the rare or unknown ones. The others keep only the word typed.
 */
export function conceptsToExpand(concepts: readonly Concept[], pagesFound: (term: string) => number, below = expandBelow): Concept[] {
  return concepts.filter((c) => c.variants.length > 1 && pagesFound(c.variants[0]!.term) < below);
}

export interface Hit {
  id: string;
  score: number;
  /** The term is in the page's title, summary or keywords (Pagefind's matched meta fields): the page is about it. */
  inMeta?: boolean;
}
export interface Ranked {
  id: string;
  score: number;
  /** How many of the query's concepts the page matches. */
  matched: number;
  /** Pagefind's own result for the whole query as typed. */
  exact: boolean;
}

/** How much more a term counts for a page whose title, summary or keywords hold it. */
export const metaBonus = 0.5;

/**
 * Merge the exact results and the results of each term into one ranking. A concept counts for a
 * page with the best of its terms: the term's Pagefind score relative to that term's best page
 * (so a page about the word counts more than one that mentions it), times the term's weight
 * (the word typed counts more than its thesaurus words), and half as much again when the page's
 * title, summary or keywords hold it. Concepts are weighted by how rare the word typed is
 * (inverse document frequency), so pages that match more of the query, and its rarer words, come first. Pages of
 * the exact search rank by the same measure: putting them first, whatever they matched, ranked
 * long hub pages above the entry people meant (measured: top-3 on the query sets improved when
 * they stopped jumping the queue).
 */
export function mergeRankings(input: {
  exact: readonly Hit[];
  concepts: readonly Concept[];
  hits: ReadonlyMap<string, readonly Hit[]>;
  totalPages: number;
}): Ranked[] {
  const { exact, concepts, hits, totalPages } = input;
  const pages = new Map<string, { score: number; matched: number }>();
  const exactIds = new Set(exact.map((h) => h.id));
  for (const concept of concepts) {
    const strength = new Map<string, number>();
    for (const { term, weight } of concept.variants) {
      const list = hits.get(term) ?? [];
      const best = Math.max(0, ...list.map((h) => h.score));
      for (const h of list) {
        const s = weight * (0.2 + (best > 0 ? (0.8 * h.score) / best : 0.8)) * (h.inMeta ? 1 + metaBonus : 1);
        if (s > (strength.get(h.id) ?? 0)) strength.set(h.id, s);
      }
    }
    if (strength.size === 0) continue;
    // How rare the concept is, by the word typed: its thesaurus words must not make a rare word
    // look common ("crowdfunding" stays rare though "funding" is everywhere).
    const df = hits.get(concept.variants[0]!.term)?.length || strength.size;
    const idf = Math.log(1 + totalPages / df);
    for (const [id, s] of strength) {
      const page = pages.get(id) ?? { score: 0, matched: 0 };
      page.score += idf * s;
      page.matched += 1;
      pages.set(id, page);
    }
  }
  // An exact result no single term found (Pagefind matched it another way) still takes part.
  const exactBest = Math.max(0, ...exact.map((h) => h.score));
  for (const h of exact) if (!pages.has(h.id)) pages.set(h.id, { score: exactBest > 0 ? h.score / exactBest : 0, matched: concepts.length });
  const ranked = [...pages].map(([id, p]) => ({ id, score: p.score, matched: p.matched, exact: exactIds.has(id) }));
  return ranked.toSorted((a, b) => b.score - a.score || Number(b.exact) - Number(a.exact) || a.id.localeCompare(b.id));
}

/** Edit distance with adjacent swaps counted once ("vaccniation"), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The vocabulary of the index: each word of four letters or more, with the number of pages that use it. */
export type Vocabulary = readonly (readonly [word: string, pages: number])[];

export function buildVocabulary(texts: Iterable<string>, minLength = 4): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of new Set(words(text))) if (w.length >= minLength && /^\p{L}[\p{L}'-]*$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].toSorted((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The word of the index that a misspelt word most likely meant: one letter off for short words,
 * two for words of seven letters or more; the closest, then the most used, wins.
 */
export function correction(word: string, vocabulary: Vocabulary): string | undefined {
  const w = normalise(word);
  if (w.length < 4 || vocabulary.some(([v]) => v === w)) return undefined;
  const max = w.length >= 7 ? 2 : 1;
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const [v, pages] of vocabulary) {
    const distance = editDistance(w, v, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: v, distance, pages };
  }
  return best?.word;
}

// ---------------------------------------------------------------------------------------------
// The page table: for every indexed page, what the result card, the facets and the sorting need,
// keyed by Pagefind's page id. Written at build time from Pagefind's own fragments.

export interface IndexedPage {
  id: string;
  url: string;
  title: string;
  /** The latest year the entry reports, for "newest first". */
  year?: number;
  facets: Record<string, string[]>;
  /** The entry's one-paragraph summary, so a result card shows without its Pagefind fragment. */
  summary?: string;
}
/** The page table as shipped: facet values once, pages refer to them by position. */
export interface PageTable {
  facets: string[];
  values: string[][];
  pages: [id: string, url: string, title: string, year: number | null, facets: number[][], summary: string][];
}

/**
 * The latest year an entry reports, for sorting "newest first": a practice's years, a
 * programme's period, else the year of the source document it comes from.
 */
export function entryYear(
  data: { years?: { from?: number; to?: number; lastReported?: number }; period?: { start?: string; end?: string } },
  sourceDate?: string,
): number | undefined {
  const found = [
    data.years?.to,
    data.years?.lastReported,
    data.years?.from,
    ...[data.period?.end, data.period?.start, sourceDate].flatMap((s) => (s ?? '').match(/\b(19|20)\d\d\b/g) ?? []).map(Number),
  ].filter((y): y is number => typeof y === 'number');
  return found.length ? Math.max(...found) : undefined;
}

export function encodePageTable(pages: readonly IndexedPage[], facetNames: readonly string[]): PageTable {
  const values = facetNames.map((f) =>
    [...new Set(pages.flatMap((p) => p.facets[f] ?? []))].toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  );
  return {
    facets: [...facetNames],
    values,
    pages: pages.map((p) => [
      p.id,
      p.url,
      p.title,
      p.year ?? null,
      facetNames.map((f, i) => (p.facets[f] ?? []).map((v) => values[i]!.indexOf(v))),
      p.summary ?? '',
    ]),
  };
}

export function decodePageTable(table: PageTable): IndexedPage[] {
  return table.pages.map(([id, url, title, year, facets, summary]) => ({
    id,
    url,
    title,
    ...(year === null ? {} : { year }),
    facets: Object.fromEntries(table.facets.map((f, i) => [f, (facets[i] ?? []).map((v) => table.values[i]![v]!)])),
    ...(summary ? { summary } : {}),
  }));
}

export type Filters = Readonly<Record<string, readonly string[]>>;

/** A page passes when, for every facet with a choice, it has one of the values chosen. */
export function matchesFilters(page: IndexedPage, filters: Filters, except?: string): boolean {
  return Object.entries(filters).every(
    ([facet, chosen]) => facet === except || chosen.length === 0 || chosen.some((v) => page.facets[facet]?.includes(v)),
  );
}

/**
 * Counts for every value of every facet, each facet counted with the other facets' choices
 * applied but not its own, so a count says how many results that value adds or keeps.
 */
export function facetCounts(pages: readonly IndexedPage[], filters: Filters, facetNames: readonly string[]): Record<string, Record<string, number>> {
  return Object.fromEntries(
    facetNames.map((facet) => {
      const counts: Record<string, number> = {};
      for (const page of pages) if (matchesFilters(page, filters, facet)) for (const v of page.facets[facet] ?? []) counts[v] = (counts[v] ?? 0) + 1;
      return [facet, counts];
    }),
  );
}

export const sortKeys = ['relevance', 'title', 'newest'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Results in the order asked for; ties keep the relevance order. */
export function sortPages<T extends Pick<IndexedPage, 'title' | 'year'>>(pages: readonly T[], sort: SortKey): T[] {
  if (sort === 'title') return pages.toSorted((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true }));
  if (sort === 'newest') return pages.toSorted((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return [...pages];
}

// ---------------------------------------------------------------------------------------------
// The state of the search page, all of it in the address, so a copied link shows the same results.

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: SortKey;
  /** How many pages of results are shown ("more results" adds one). */
  page: number;
}
/**
 * The facets of the search page, in the order it shows them: the name in the address, and the
 * dictionary key of the name the index and the page use (src/i18n/ui.ts).
 */
export const searchFacetKeys = [
  { param: 'type', key: 'filter.type' },
  { param: 'origin', key: 'filter.origin' },
  { param: 'objective', key: 'filter.objective' },
  { param: 'area', key: 'filter.serviceArea' },
  { param: 'country', key: 'filter.country' },
  { param: 'region', key: 'filter.region' },
  { param: 'level', key: 'filter.level' },
  { param: 'group', key: 'filter.targetGroup' },
  { param: 'source', key: 'filter.source' },
  { param: 'theme', key: 'filter.theme' },
] as const;
export type FacetParamName = (typeof searchFacetKeys)[number]['param'];

/** A facet's name in the address ("country") and as the index and the page show it ("Country"). */
export interface FacetParam {
  param: string;
  name: string;
}

export function parseState(search: string, facets: readonly FacetParam[]): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const filters: Record<string, string[]> = {};
  for (const { param, name } of facets) {
    const values = [...new Set(params.getAll(param).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (sortKeys as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address query for a state, in a fixed order, leaving out what is at its default. */
export function stateToSearch(state: SearchState, facets: readonly FacetParam[]): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { param, name } of facets) for (const v of state.filters[name] ?? []) params.append(param, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
