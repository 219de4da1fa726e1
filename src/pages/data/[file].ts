/**
 * The open dataset's files: <collection>.json, <collection>.csv, and the JSON Schemas of both
 * (<collection>.schema.json, <collection>.csv.schema.json), generated from the zod schemas.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportEntries } from '../../lib/content';
import { csvColumns, csvRows, csvSchemaOf, dataCollectionNames, jsonSchemaOf, toCsv, type DataCollection } from '../../lib/open-data';

type Kind = 'json' | 'csv' | 'schema' | 'csvSchema';
const files: [Kind, string, string][] = [
  ['json', '.json', 'application/json'],
  ['csv', '.csv', 'text/csv; charset=utf-8; header=present'],
  ['schema', '.schema.json', 'application/schema+json'],
  ['csvSchema', '.csv.schema.json', 'application/schema+json'],
];

export const getStaticPaths = (() =>
  dataCollectionNames.flatMap((collection) =>
    files.map(([kind, ext, type]) => ({ params: { file: `${collection}${ext}` }, props: { collection, kind, type } })),
  )) satisfies GetStaticPaths;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const GET: APIRoute = async ({ props }) => {
  const { collection, kind, type } = props as { collection: DataCollection; kind: Kind; type: string };
  const body =
    kind === 'schema'
      ? json(jsonSchemaOf(collection))
      : kind === 'csvSchema'
        ? json(csvSchemaOf(collection))
        : kind === 'csv'
          ? toCsv(csvColumns(collection), csvRows(collection, await exportEntries(collection)))
          : await (async () => {
              const entries = await exportEntries(collection);
              return json({ collection, count: entries.length, entries });
            })();
  return new Response(body, { headers: { 'content-type': type } });
};
