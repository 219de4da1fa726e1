/** The entry's citation as a ris download (see src/lib/cite-formats.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf, getEntries, type Entry } from '../../lib/content';

export const getStaticPaths = (async () =>
  (await getEntries()).map((entry) => ({ params: { pid: entry.data.pid }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await citationOf((props as { entry: Entry }).entry)).ris, {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
