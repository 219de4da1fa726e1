/** The entry's citation as a json download (see src/lib/cite-formats.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf, getEntries, type Entry } from '../../lib/content';

export const getStaticPaths = (async () =>
  (await getEntries()).map((entry) => ({ params: { pid: entry.data.pid }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await citationOf((props as { entry: Entry }).entry)).cslJson, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
