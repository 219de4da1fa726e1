/**
 * The part of the service worker that Workbox's generated code calls into (src/integrations/service-worker.ts
 * writes both into dist/sw.js, this part first, after two constants: MP_BUILD, the build id, and
 * MP_LOCALES, the locales that have an address prefix).
 *
 * - Every cache this file and the generated routes use carries the build id. When a new build's
 *   worker activates, it fetches again, from the new build, the pages the reader had saved with the
 *   old one, then deletes the old build's caches: no saved page of one build is shown with the
 *   assets of another, and the reader keeps what they had.
 * - A page that is neither on the network nor saved gets the offline page of its address's locale.
 * - An entry's short link (/id/<pid>/) that was never opened leads, offline, to the entry's page
 *   when that page is saved: every saved entry page names its short link, remembered here.
 */
/* global MP_BUILD, MP_LOCALES */
const MP_CACHES = { pages: `mp-pages-${MP_BUILD}`, links: `mp-links-${MP_BUILD}` };
const MP_OWN_CACHE = /^mp-(pages|links|search|assets)-/;
const MP_SHORT_LINK = /^(\/[a-z]{2})?\/id\/[^/]+\/$/;

/** The offline page of an address's locale: /es/offline/ for /es/…, /offline/ for English. */
const mpOfflinePath = (pathname) => {
  const first = pathname.split('/')[1];
  return MP_LOCALES.includes(first) ? `/${first}/offline/` : '/offline/';
};

/** Called when a page is saved: remember the short link it names, so that the link works offline. */
self.mpPageSaved = async ({ request, newResponse }) => {
  const page = new URL(request.url).pathname;
  const found = /<a href="((?:\/[a-z]{2})?\/id\/[^"/]+\/)" class="mp-print-url"/.exec(await newResponse.clone().text());
  if (found && found[1] !== page) await (await caches.open(MP_CACHES.links)).put(found[1], new Response(page));
};

/** Called when a page is neither on the network nor saved: a saved entry for its short link, else the offline page. */
self.mpOffline = async ({ request }) => {
  const { pathname } = new URL(request.url);
  if (MP_SHORT_LINK.test(pathname)) {
    const target = await (await caches.open(MP_CACHES.links)).match(pathname);
    const page = target && (await target.text());
    if (page && (await (await caches.open(MP_CACHES.pages)).match(page))) return Response.redirect(page, 302);
  }
  // The offline pages are precached (Workbox keys them with a revision parameter).
  return (await caches.match(`${mpOfflinePath(pathname)}index.html`, { ignoreSearch: true })) ?? Response.error();
};

/** Carry the reader's saved pages over to this build, then drop every other build's caches. */
async function mpReplaceOldBuild() {
  const old = (await caches.keys()).filter((name) => MP_OWN_CACHE.test(name) && !name.endsWith(`-${MP_BUILD}`));
  const pages = await caches.open(MP_CACHES.pages);
  const queue = [];
  for (const name of old.filter((n) => n.startsWith('mp-pages-')))
    for (const request of await (await caches.open(name)).keys()) if (!queue.includes(request.url)) queue.push(request.url);
  const carry = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (await pages.match(url)) continue;
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (response.status !== 200) continue;
        await pages.put(url, response.clone());
        await self.mpPageSaved({ request: new Request(url), newResponse: response });
      } catch {
        // Offline or gone: the page leaves with the old build's cache.
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, carry));
  await Promise.all(old.map((name) => caches.delete(name)));
}

self.addEventListener('activate', (event) => event.waitUntil(mpReplaceOldBuild()));
