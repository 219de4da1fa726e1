/**
 * The offline page lists the pages this device has saved in the page's language: what the service
 * worker keeps in its page cache (src/service-worker/worker.js), each named by its heading.
 */
import { localeOfPath } from '../i18n/locales';

/** The service worker's page caches are named `mp-pages-<build id>` (one, once a new build is in place). */
const PAGE_CACHE = /^mp-pages-/;
/** Short links and the offline pages themselves only lead elsewhere. */
const NOT_LISTED = /^(\/[a-z]{2})?\/(id|offline)\//;

export async function listSavedPages(): Promise<void> {
  const section = document.querySelector<HTMLElement>('#mp-offline-saved');
  const list = document.querySelector<HTMLUListElement>('#mp-offline-pages');
  if (!section || !list || !('caches' in window)) return;
  const locale = localeOfPath(location.pathname);
  const parser = new DOMParser();
  const saved: { path: string; title: string; lang: string | undefined }[] = [];
  for (const name of (await caches.keys()).filter((n) => PAGE_CACHE.test(n))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (NOT_LISTED.test(path) || localeOfPath(path) !== locale || saved.some((s) => s.path === path)) continue;
      const html = await (await cache.match(request))?.text();
      if (!html) continue;
      const doc = parser.parseFromString(html, 'text/html');
      const heading = doc.querySelector('main h1');
      const title = (heading?.textContent ?? doc.title).trim();
      // An entry's English title on a page of another language keeps its lang.
      saved.push({ path, title: title || path, lang: heading?.getAttribute('lang') ?? undefined });
    }
  }
  if (!saved.length) return;
  const lang = list.dataset.lang;
  list.replaceChildren(
    ...saved
      .toSorted((a, b) => a.title.localeCompare(b.title, lang))
      .map(({ path, title, lang: titleLang }) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: path, textContent: title });
        if (titleLang) link.lang = titleLang;
        item.append(link);
        return item;
      }),
  );
  section.hidden = false;
}
