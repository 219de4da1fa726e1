/** /api/index.json: the collections of the static JSON API and of the open dataset. */
import type { APIRoute } from 'astro';
import { absoluteUrl, exportEntries } from '../../lib/content';
import { dataCollectionNames } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  const collections = await Promise.all(
    dataCollectionNames.map(async (name) => ({
      name,
      count: (await exportEntries(name)).length,
      index: absoluteUrl(`/api/${name}/index.json`),
      json: absoluteUrl(`/data/${name}.json`),
      csv: absoluteUrl(`/data/${name}.csv`),
      schema: absoluteUrl(`/data/${name}.schema.json`),
    })),
  );
  return new Response(`${JSON.stringify({ documentation: absoluteUrl('/data/'), collections }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
