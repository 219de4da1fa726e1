/** /api/<collection>/index.json: every entry of the collection with its page and its API file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, exportEntries } from '../../../lib/content';
import { dataCollectionNames, type DataCollection } from '../../../lib/open-data';

export const getStaticPaths = (() => dataCollectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as DataCollection;
  const entries = (await exportEntries(collection)).map((e) => ({
    id: e.id,
    title: String(e.data.title),
    ...(typeof e.data.pid === 'string' && { pid: e.data.pid }),
    url: absoluteUrl(e.url),
    api: absoluteUrl(`/api/${collection}/${e.id}.json`),
  }));
  return new Response(`${JSON.stringify({ collection, count: entries.length, entries }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
