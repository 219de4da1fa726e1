/**
 * The search page. The whole state (query, filters, sort, pages shown) lives in the address, so a
 * copied link shows the same results and Back and Forward work. Matching is Pagefind's; this
 * script runs the query as typed and, word by word, with the thesaurus's words for it, and merges
 * the rankings (src/lib/search.ts). Facets count and sort from the page table the build writes
 * (/search/pages.json). Everything else on the site works without this script.
 */
import {
  analyseQuery,
  correction,
  conceptsToExpand,
  decodePageTable,
  exactQueryOf,
  facetCounts,
  matchesFilters,
  mergeRankings,
  parseState,
  sortPages,
  stateToSearch,
  termsOf,
  type FacetParam,
  type Hit,
  type IndexedPage,
  type PageTable,
  type SearchState,
  type SortKey,
  type Thesaurus,
  type Vocabulary,
} from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** The meta fields (title, summary, keywords) that hold a query word. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface Config {
  /** The page's language for Intl (plurals, numbers, sorting). */
  lang: string;
  /** The locale's page table and vocabulary: each locale has its own index. */
  tableUrl: string;
  vocabularyUrl: string;
  facets: FacetParam[];
  thesaurus: Thesaurus;
  /** "{n} results" in each plural form the language has (Intl.PluralRules categories). */
  counts: Record<string, string>;
  messages: Record<
    | 'loading'
    | 'none'
    | 'worldwide'
    | 'unavailable'
    | 'browsing'
    | 'relaxed'
    | 'didYouMean'
    | 'questionMark'
    | 'where'
    | 'objectives'
    | 'type'
    | 'country'
    | 'region'
    | 'objective',
    string
  >;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown per "page"; "more results" adds as many again. */
const PAGE_SIZE = 10;
/** Below this many exact results the query is relaxed word by word. */
const RELAX_BELOW = 10;

/**
 * Pagefind runs on the page's own thread, not in its web worker: the worker costs one more round
 * trip, and its requests cannot use the files the page preloads (src/lib/search-hints.ts). Its
 * entry file is asked for with the tag in the preload's address, so the preloaded copy is used.
 */
function pagefindOptions(): Record<string, unknown> {
  const hint = document.querySelector<HTMLLinkElement>('link[rel="preload"][href*="pagefind-entry.json?ts="]');
  const metaCacheTag = hint ? new URL(hint.href).searchParams.get('ts') : null;
  return { noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) };
}

export function startSearchPage() {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const config = JSON.parse($('#mp-search-config').textContent) as Config;
  const { messages: m, facets, lang } = config;
  const pluralRules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const countText = (n: number) => (config.counts[pluralRules.select(n)] ?? config.counts.other ?? '{n}').replace('{n}', numbers.format(n));
  const form = $<HTMLFormElement>('#mp-search');
  const input = $<HTMLInputElement>('#mp-search-q');
  const status = $('#mp-search-status');
  const correctionLine = $('#mp-search-correction');
  const browseLinks = $('#mp-search-browse');
  const facetBox = $('#mp-search-facets');
  const activeCount = $('#mp-search-active');
  const sortSelect = $<HTMLSelectElement>('#mp-search-sort');
  const list = $<HTMLOListElement>('#mp-search-results');
  const more = $<HTMLButtonElement>('#mp-search-more');

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options(pagefindOptions());
      return pf;
    }));
  let table: Promise<IndexedPage[]> | undefined;
  const loadTable = () =>
    (table ??= fetch(config.tableUrl)
      .then((r) => r.json() as Promise<PageTable>)
      .then(decodePageTable));
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () => (vocabulary ??= fetch(config.vocabularyUrl).then((r) => r.json() as Promise<Vocabulary>));

  // ---- matching -------------------------------------------------------------------------------
  interface Matched {
    ranked: { id: string }[];
    results: Map<string, PagefindResult>;
    exact: boolean;
    corrected?: string;
  }
  const cache = new Map<string, Promise<Matched>>();
  const match = (q: string) => {
    const key = q.trim().toLowerCase();
    if (!cache.has(key)) cache.set(key, runMatch(q));
    return cache.get(key)!;
  };

  async function runMatch(q: string): Promise<Matched> {
    const pf = await loadPagefind();
    const results = new Map<string, PagefindResult>();
    const remember = (rs: PagefindResult[]) => rs.forEach((r) => results.has(r.id) || results.set(r.id, r));
    const toHits = (rs: PagefindResult[]): Hit[] =>
      rs.map((r) => ({ id: r.id, score: r.score, ...(r.matchedMetaFields?.length ? { inMeta: true } : {}) }));
    const concepts = analyseQuery(q, config.thesaurus);
    const hits = new Map<string, Hit[]>();
    const searchTerm = async (term: string) => {
      const found = (await pf.search(term)).results;
      hits.set(term, toHits(found));
      return found;
    };
    // First the query's meaningful words together (Pagefind's own match), and each on its own.
    const exactSearch = pf.search(exactQueryOf(q) || q).then((r) => r.results);
    const byWord = await Promise.all(concepts.map((c) => searchTerm(c.variants[0]!.term)));
    const exact = await exactSearch;
    remember(exact);
    if (exact.length >= RELAX_BELOW || concepts.length === 0) return { ranked: exact, results, exact: true };
    // Then the thesaurus's words, only for the words that found few pages (src/lib/search.ts says why).
    const expand = new Set(conceptsToExpand(concepts, (term) => hits.get(term)?.length ?? 0));
    for (const c of concepts) if (!expand.has(c)) c.variants = c.variants.slice(0, 1);
    const bySynonym = await Promise.all(
      termsOf([...expand])
        .filter((term) => !hits.has(term))
        .map(searchTerm),
    );
    // Keep excerpts from the words typed before those from the thesaurus's words.
    [...byWord, ...bySynonym].forEach(remember);

    // A word that matches nothing, alone and through the thesaurus, may be misspelt: correct it
    // from the index's vocabulary (loaded only now) and search the corrected word instead.
    let corrected: string | undefined;
    const unmatched = concepts.filter((c) => c.variants.every((v) => (hits.get(v.term)?.length ?? 0) === 0));
    if (unmatched.length) {
      const vocab = await loadVocabulary();
      const fixes = new Map<string, string>();
      for (const c of unmatched) {
        const fix = correction(c.text, vocab);
        if (!fix) continue;
        fixes.set(c.text, fix);
        // The corrected word goes through the thesaurus too ("refugess" → refugee, asylum seeker...).
        const fixedConcept = analyseQuery(fix, config.thesaurus)[0] ?? { text: fix, variants: [{ term: fix, weight: 1 }] };
        c.variants.push(...fixedConcept.variants.map((v) => ({ term: v.term, weight: v.weight * 0.9 })));
        (await Promise.all(fixedConcept.variants.map((v) => (hits.has(v.term) ? Promise.resolve([]) : searchTerm(v.term))))).forEach(remember);
      }
      if (fixes.size) corrected = q.replace(/[\p{L}\p{N}'-]+/gu, (w) => fixes.get(w.toLowerCase()) ?? w);
    }
    const totalPages = (await loadTable()).length;
    const ranked = mergeRankings({ exact: toHits(exact), concepts, hits, totalPages });
    return { ranked, results, exact: exact.length > 0, ...(corrected ? { corrected } : {}) };
  }

  // ---- state and address ------------------------------------------------------------------------
  let state: SearchState = parseState(location.search, facets);
  const address = (s: SearchState) => `${location.pathname}${stateToSearch(s, facets)}`;
  function commit(next: SearchState, how: 'push' | 'replace') {
    state = next;
    const url = address(state);
    if (url !== location.pathname + location.search) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void render();
  }

  // ---- facets -----------------------------------------------------------------------------------
  const checkboxes = new Map<string, { box: HTMLInputElement; count: HTMLSpanElement; item: HTMLLIElement }>();
  const boxKey = (name: string, value: string) => `${name}\u0000${value}`;
  let facetsBuilt = false;
  function buildFacets(pages: IndexedPage[]) {
    if (facetsBuilt) return;
    facetsBuilt = true;
    facets.forEach(({ param, name }) => {
      const values = [...new Set(pages.flatMap((p) => p.facets[name] ?? []))].toSorted((a, b) => a.localeCompare(b, lang, { numeric: true }));
      if (!values.length) return;
      const group = document.createElement('fieldset');
      group.className = 'mp-search__facet';
      const legend = document.createElement('legend');
      legend.textContent = name;
      const ul = document.createElement('ul');
      values.forEach((value, i) => {
        const item = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `mp-f-${param}-${i}`;
        box.value = value;
        box.addEventListener('change', () => {
          const chosen = new Set(state.filters[name] ?? []);
          if (box.checked) chosen.add(value);
          else chosen.delete(value);
          const filters = { ...state.filters, [name]: [...chosen] };
          if (!chosen.size) delete filters[name];
          commit({ ...state, filters, page: 1 }, 'push');
        });
        const label = document.createElement('label');
        label.htmlFor = box.id;
        const count = document.createElement('span');
        count.className = 'mp-search__count';
        label.append(`${value} `, count);
        item.append(box, label);
        ul.append(item);
        checkboxes.set(boxKey(name, value), { box, count, item });
      });
      group.append(legend, ul);
      facetBox.append(group);
    });
  }

  function showFacets(counts: Record<string, Record<string, number>>) {
    for (const [key, { box, count, item }] of checkboxes) {
      const [name, value] = key.split('\u0000') as [string, string];
      const n = counts[name]?.[value] ?? 0;
      box.checked = state.filters[name]?.includes(value) ?? false;
      count.textContent = `(${n})`;
      // A value no result has is left out, unless it is chosen (so it can be unchosen).
      item.hidden = n === 0 && !box.checked;
    }
    facetBox.querySelectorAll('fieldset').forEach((fs) => (fs.hidden = !fs.querySelector('li:not([hidden])')));
    const active = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
    activeCount.textContent = active ? `(${active})` : '';
  }

  // ---- results ----------------------------------------------------------------------------------
  let latest = 0;
  async function render() {
    const ticket = ++latest;
    input.value = state.q;
    sortSelect.value = state.sort;
    const q = state.q.trim();
    status.textContent = m.loading;
    try {
      const [pages, matched] = await Promise.all([loadTable(), q ? match(q) : undefined]);
      if (ticket !== latest) return; // a newer state is being shown
      buildFacets(pages);
      const byId = new Map(pages.map((p) => [p.id, p]));
      const candidates = matched
        ? matched.ranked.map((r) => byId.get(r.id)).filter((p): p is IndexedPage => !!p)
        : pages.filter((p) => (p.facets[m.type] ?? []).length > 0).toSorted((a, b) => a.title.localeCompare(b.title, lang));
      const filtered = sortPages(
        candidates.filter((p) => matchesFilters(p, state.filters)),
        state.sort,
      );
      showFacets(
        facetCounts(
          candidates,
          state.filters,
          facets.map((f) => f.name),
        ),
      );
      const shown = filtered.slice(0, state.page * PAGE_SIZE);
      // Cards show from the page table at once; each excerpt fills its reserved space when its
      // Pagefind fragment arrives.
      const cards = shown.map((p) => card(p, matched?.results.get(p.id)));
      const focusIndex = list.contains(document.activeElement) || document.activeElement === more ? list.children.length : -1;
      list.replaceChildren(...cards);
      more.hidden = shown.length >= filtered.length;
      // After "more results", move focus to the first new result rather than losing it.
      if (focusIndex >= 0 && cards[focusIndex]) cards[focusIndex].querySelector('a')!.focus();
      showCorrection(matched?.corrected);
      browseLinks.hidden = filtered.length > 0;
      const n = filtered.length;
      const count = n === 0 ? m.none : countText(n);
      status.textContent = !q ? `${count}. ${m.browsing}` : matched && !matched.exact && n > 0 ? `${count}. ${m.relaxed}` : count;
    } catch {
      if (ticket === latest) status.textContent = m.unavailable;
    }
  }

  function showCorrection(corrected: string | undefined) {
    correctionLine.hidden = !corrected;
    correctionLine.replaceChildren();
    if (!corrected) return;
    const link = document.createElement('a');
    link.href = address({ ...state, q: corrected, page: 1 });
    link.textContent = corrected;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      commit({ ...state, q: corrected, page: 1 }, 'push');
    });
    correctionLine.append(`${m.didYouMean} `, link, m.questionMark);
  }

  function card(page: IndexedPage, result: PagefindResult | undefined): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'mp-result';
    const type = document.createElement('p');
    type.className = 'mp-result__type';
    type.textContent = (page.facets[m.type] ?? []).join(', ');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.title;
    heading.append(link);
    item.append(type, heading);
    if (page.summary) {
      const summary = document.createElement('p');
      summary.className = 'mp-result__summary';
      summary.textContent = page.summary;
      item.append(summary);
    }
    const facts = document.createElement('dl');
    facts.className = 'mp-result__facts';
    const where = page.facets[m.country]?.length ? page.facets[m.country]! : (page.facets[m.region] ?? []).filter((r) => r === m.worldwide);
    const addFact = (term: string, values: string[]) => {
      if (!values.length) return;
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = values.join(', ');
      facts.append(dt, dd);
    };
    addFact(m.where, where);
    addFact(m.objectives, page.facets[m.objective] ?? []);
    if (facts.children.length) item.append(facts);
    if (result && state.q.trim()) {
      const excerpt = document.createElement('p');
      excerpt.className = 'mp-result__excerpt';
      item.append(excerpt);
      void result
        .data()
        // Pagefind's excerpt is escaped text with <mark> around the matched words.
        .then((data) => (excerpt.innerHTML = data.excerpt ? `…${data.excerpt}…` : ''))
        .catch(() => undefined);
    }
    return item;
  }

  // ---- events -----------------------------------------------------------------------------------
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // Typing replaces the current history entry: Back goes to the previous search, not to each letter.
    timer = window.setTimeout(() => commit({ ...state, q: input.value, page: 1 }, 'replace'), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    commit({ ...state, q: input.value, page: 1 }, 'push');
  });
  sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value as SortKey, page: 1 }, 'push'));
  more.addEventListener('click', () => commit({ ...state, page: state.page + 1 }, 'replace'));
  $('#mp-search-clear').addEventListener('click', () => commit({ ...state, filters: {}, page: 1 }, 'push'));
  window.addEventListener('popstate', () => {
    state = parseState(location.search, facets);
    void render();
  });
  // Open the filters when the address chose some, so the person sees why the list is short.
  if (Object.keys(state.filters).length) $<HTMLDetailsElement>('#mp-search-filters').open = true;
  // The index's files are on their way with the page (preloaded): start Pagefind on them now, so
  // that the first search does not wait for them. A failure shows when a search needs Pagefind.
  void loadPagefind()
    .then((pf) => pf.init())
    .catch(() => undefined);
  void render();
}
