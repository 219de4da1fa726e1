/**
 * The search page: runs Pagefind on the query in the address (?q=...), keeps the address in
 * step as the person types, and announces the result count to screen readers. Results are plain
 * links; everything else on the site works without this script.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#mp-search')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('#mp-search-status')!;
  const list = document.querySelector<HTMLOListElement>('#mp-search-results')!;
  const messages = JSON.parse(list.dataset.messages!) as Record<'loading' | 'none' | 'one' | 'other' | 'unavailable' | 'type', string>;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>);
  let latest = 0;

  async function run(query: string) {
    const ticket = ++latest;
    const term = query.trim();
    if (!term) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = messages.loading;
    try {
      const search = await (await load()).search(term);
      const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has started
      list.replaceChildren(...data.map(renderResult));
      const n = search.results.length;
      status.textContent = n === 0 ? messages.none : (n === 1 ? messages.one : messages.other).replace('{n}', String(n));
    } catch {
      status.textContent = messages.unavailable;
    }
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const type = document.createElement('p');
    type.className = 'mp-muted';
    type.textContent = (result.filters[messages.type] ?? []).join(', ');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, type, excerpt);
    return item;
  }

  const fromAddress = () => new URLSearchParams(location.search).get('q') ?? '';
  input.value = fromAddress();
  void run(input.value);

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void run(input.value);
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.pushState(null, '', url);
    void run(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = fromAddress();
    void run(input.value);
  });
  // Warm the index while the person is still reading the page.
  input.addEventListener('focus', () => void load(), { once: true });
}
