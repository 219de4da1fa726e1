/**
 * The one place pages query the content collections. Each collection is read once per build,
 * sorted (getCollection order is not stable), and handed out from here; groupings are derived
 * with the pure functions in ./groupings.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, searchFilters, type EntryFacets } from './groupings';
import { t } from '../i18n/ui';

export type Practice = CollectionEntry<'practices'>;
export type Source = CollectionEntry<'sources'>;

let practicesOnce: Promise<Practice[]> | undefined;
let sourcesOnce: Promise<Source[]> | undefined;

export const getPractices = () => (practicesOnce ??= getCollection('practices').then((all) => all.toSorted(byTitle)));
export const getSources = () => (sourcesOnce ??= getCollection('sources').then((all) => all.toSorted((a, b) => a.id.localeCompare(b.id))));

export async function getSource(id: string): Promise<Source> {
  const source = (await getSources()).find((s) => s.id === id);
  if (!source) throw new Error(`unknown source document: ${id}`);
  return source;
}

/** Newest first by review date, then by title: the home page's "latest entries". */
export async function latestPractices(count: number): Promise<Practice[]> {
  return (await getPractices())
    .toSorted((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || byTitle(a, b))
    .slice(0, count);
}

/** Entries whose source citations include document `doc`. */
export async function practicesFromSource(doc: string): Promise<Practice[]> {
  return (await getPractices()).filter((p) => p.data.source.doc === doc);
}

/** The Pagefind filters of an entry page, with the dictionary's filter names. */
export async function filtersFor(entry: EntryFacets, type: string) {
  const sources = new Map((await getSources()).map((s) => [s.id, s]));
  return searchFilters(entry, type, (doc) => `${doc} ${sources.get(doc)?.data.shortTitle ?? ''}`.trim(), {
    type: t('filter.type'),
    objective: t('filter.objective'),
    country: t('filter.country'),
    region: t('filter.region'),
    serviceArea: t('filter.serviceArea'),
    targetGroup: t('filter.targetGroup'),
    source: t('filter.source'),
  });
}
