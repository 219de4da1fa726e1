/**
 * The part of the service worker that Workbox's generated code calls into (src/integrations/service-worker.ts
 * writes both into dist/sw.js, this part first, after two constants: MP_BUILD, the build id, and
 * MP_LOCALES, the locales that have an address prefix).
 *
 * - Every cache this file and the generated routes use carries the build id. When a new build's
 *   worker activates, it fetches again, from the new build, the pages the reader had saved with the
 *   old one, then deletes the old build's caches: no saved page of one build is shown with the
 *   assets of another, and the reader keeps what they had. It also saves the pages open at that
 *   moment: the first page a reader opens loads before there is a worker to save it.
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

/** Called when a page is saved: remember the short link it names, and save its locale's offline page. */
self.mpPageSaved = async ({ request, newResponse }) => {
  const page = new URL(request.url).pathname;
  const pages = await caches.open(MP_CACHES.pages);
  const found = /<a href="((?:\/[a-z]{2})?\/id\/[^"/]+\/)" class="mp-print-url"/.exec(await newResponse.clone().text());
  if (found && found[1] !== page) await (await caches.open(MP_CACHES.links)).put(found[1], new Response(page));
  // English's offline page is precached; another locale's is saved with the first page saved in it.
  const offline = mpOfflinePath(page);
  if (offline !== '/offline/' && !(await pages.match(offline)))
    await fetch(offline)
      .then((response) => (response.status === 200 ? pages.put(offline, response) : undefined))
      .catch(() => undefined);
};

/** Called when a page is neither on the network nor saved: a saved entry for its short link, else the offline page. */
self.mpOffline = async ({ request }) => {
  const { pathname } = new URL(request.url);
  const pages = await caches.open(MP_CACHES.pages);
  if (MP_SHORT_LINK.test(pathname)) {
    const target = await (await caches.open(MP_CACHES.links)).match(pathname);
    const page = target && (await target.text());
    if (page && (await pages.match(page))) return Response.redirect(page, 302);
  }
  // The English offline page is precached (Workbox keys it with a revision parameter).
  return (await pages.match(mpOfflinePath(pathname))) ?? (await caches.match('/offline/index.html', { ignoreSearch: true })) ?? Response.error();
};

/** Save a page (without its query) from the network, unless it is saved already. */
async function mpSave(address) {
  const url = address.split('?')[0].split('#')[0];
  const pages = await caches.open(MP_CACHES.pages);
  if (await pages.match(url)) return;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return;
    await pages.put(url, response.clone());
    await self.mpPageSaved({ request: new Request(url), newResponse: response });
  } catch {
    // Offline or gone: not saved.
  }
}

/**
 * When this build's worker takes over: the pages the reader had saved with an older build are
 * fetched again from this one, and the older build's caches deleted; the pages open now (the first
 * page a reader opens loads before the worker exists) are saved too.
 */
async function mpTakeOver() {
  const old = (await caches.keys()).filter((name) => MP_OWN_CACHE.test(name) && !name.endsWith(`-${MP_BUILD}`));
  const queue = [];
  for (const name of old.filter((n) => n.startsWith('mp-pages-')))
    for (const request of await (await caches.open(name)).keys()) if (!queue.includes(request.url)) queue.push(request.url);
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) queue.push(client.url);
  const work = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) await mpSave(url);
  };
  await Promise.all(Array.from({ length: 4 }, work));
  await Promise.all(old.map((name) => caches.delete(name)));
}

self.addEventListener('activate', (event) => event.waitUntil(mpTakeOver()));
