/**
 * The static JSON API: /api/<collection>/<slug>.json for every entry of every collection, so
 * other platforms can link and embed. Entries that have a permanent id carry it, their short
 * link and their related entries with reasons.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, exportEntries, getEntries } from '../../../lib/content';
import { dataCollectionNames, type DataCollection, type ExportEntry } from '../../../lib/open-data';
import { relatedEntries } from '../../../lib/related';
import { urls } from '../../../lib/urls';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      dataCollectionNames.map(async (collection) =>
        (await exportEntries(collection)).map((entry) => ({ params: { collection, slug: entry.id }, props: { collection, entry } })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { collection, entry } = props as { collection: DataCollection; entry: ExportEntry };
  const all = await getEntries();
  const self = all.find((e) => e.collection === collection && e.id === entry.id);
  const pid = self?.data.pid;
  const body = {
    collection,
    id: entry.id,
    url: absoluteUrl(entry.url),
    ...(pid && {
      pid,
      shortUrl: absoluteUrl(urls.permanent(pid)),
      cite: { bibtex: absoluteUrl(`/cite/${pid}.bib`), ris: absoluteUrl(`/cite/${pid}.ris`), cslJson: absoluteUrl(`/cite/${pid}.json`) },
      related: relatedEntries(self, all).map(({ entry: r, reason }) => ({
        collection: r.collection,
        id: r.id,
        title: r.data.title,
        url: absoluteUrl(urls.entry(r.collection, r.id)),
        reason,
      })),
    }),
    data: entry.data,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
