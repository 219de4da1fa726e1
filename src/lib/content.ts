/**
 * The one place pages query the content collections. Each collection is read once per build,
 * sorted (getCollection order is not stable), and handed out from here; groupings are derived
 * with the pure functions in ./groupings.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, searchFilters, type EntryFacets } from './groupings';
import { useTranslations } from '../i18n/ui';
import { taxonomiesIn } from '../data/taxonomy-translations';
import { parseThesaurus } from './thesaurus';
import thesaurusText from '../../content/thesaurus.yaml?raw';

import { entryCsl } from './cite-entry';
import { formatCitations, type FormattedCitation } from './cite-formats';
import { urls } from './urls';
import { exportValue, type DataCollection, type ExportEntry } from './open-data';
import { sourceDocument, type LdContext } from './structured-data';

export type Practice = CollectionEntry<'practices'>;
export type Programme = CollectionEntry<'programmes'>;
export type Recommendation = CollectionEntry<'recommendations'>;
export type Theme = CollectionEntry<'themes'>;
export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
/** The three kinds of entry that are tagged by objective, country and service area. */
export type Entry = Practice | Programme | Recommendation;

/** Read a collection once per build, in a stable order. */
function once<T>(load: () => Promise<T[]>, order: (a: T, b: T) => number) {
  let cached: Promise<T[]> | undefined;
  return () => (cached ??= load().then((all) => all.toSorted(order)));
}
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const byPid = <T extends { data: { pid: string } }>(a: T, b: T) => a.data.pid.localeCompare(b.data.pid, 'en', { numeric: true });

export const getPractices = once(() => getCollection('practices'), byTitle);
export const getProgrammes = once(() => getCollection('programmes'), byTitle);
/** In the report's order: theme, then position (R-003-1-01, R-003-1-02, ...). */
export const getRecommendations = once(() => getCollection('recommendations'), byPid);
export const getThemes = once(
  () => getCollection('themes'),
  (a, b) => a.data.number - b.data.number,
);
export const getArticles = once(() => getCollection('articles'), byId);
export const getServiceAreaNotes = once(() => getCollection('serviceAreaNotes'), byId);
export const getSources = once(() => getCollection('sources'), byId);

/** Practices, programmes and recommendations together, for the pages that browse every entry. */
export async function getEntries(): Promise<Entry[]> {
  return [...(await getPractices()), ...(await getProgrammes()), ...(await getRecommendations())];
}

async function find<T extends { id: string }>(list: Promise<T[]>, id: string, what: string): Promise<T> {
  const found = (await list).find((x) => x.id === id);
  if (!found) throw new Error(`unknown ${what}: ${id}`);
  return found;
}
export const getSource = (id: string) => find(getSources(), id, 'source document');
export const getTheme = (id: string) => find(getThemes(), id, 'consultation theme');

/** Newest first by review date, then by title: the home page's "latest entries". */
export async function latestPractices(count: number): Promise<Practice[]> {
  return (await getPractices()).toSorted((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || byTitle(a, b)).slice(0, count);
}

/** Source documents an entry draws on. */
export const docsOf = (e: Entry): string[] => [
  ...new Set(
    'sources' in e.data ? e.data.sources.map((s) => s.doc) : [e.data.source.doc, ...('alsoIn' in e.data ? e.data.alsoIn.map((s) => s.doc) : [])],
  ),
];

/** Entries whose source citations include document `doc`. */
export async function entriesFromSource(doc: string): Promise<Entry[]> {
  return (await getEntries()).filter((e) => docsOf(e).includes(doc));
}

/** The Pagefind filters of an entry page, with the filter names and values of the page's locale (each locale has its own index). */
export async function filtersFor(entry: EntryFacets, type: string, extra: Record<string, string[]>, locale: string | undefined) {
  const t = useTranslations(locale);
  const labels = new Map(await Promise.all((await getSources()).map(async (s) => [s.id, await sourceFilterLabel(s.id)] as const)));
  const base = searchFilters(
    entry,
    type,
    (doc) => labels.get(doc) ?? doc,
    {
      type: t('filter.type'),
      objective: t('filter.objective'),
      country: t('filter.country'),
      region: t('filter.region'),
      serviceArea: t('filter.serviceArea'),
      targetGroup: t('filter.targetGroup'),
      source: t('filter.source'),
      worldwide: t('practice.global'),
    },
    taxonomiesIn(locale),
  );
  return { ...base, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v.length > 0)) };
}

/** How a source document reads as a search filter value: "002 Promising practices in essential services". */
export async function sourceFilterLabel(doc: string): Promise<string> {
  return `${doc} ${(await getSource(doc)).data.shortTitle}`;
}

/** The search thesaurus's term families, as the search script uses them (group names are for editors). */
export const thesaurusGroups = (): string[][] => parseThesaurus(thesaurusText).groups.map((g) => g.terms);

/** The knowledge base's canonical address (astro.config.mjs `site`), for absolute links in citations, feeds and QR codes. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;

const citations = new Map<string, Promise<FormattedCitation>>();
/** "Cite this" for an entry: the entry at its permanent short address, and the documents it summarises. */
export function citationOf(entry: Entry): Promise<FormattedCitation> {
  const pid = entry.data.pid;
  if (!citations.has(pid))
    citations.set(
      pid,
      (async () => {
        const sources = await Promise.all(docsOf(entry).map(async (doc) => ({ ...(await getSource(doc)).data })));
        // Cited as the English knowledge base at its permanent short link: the reference stays one in every language.
        return formatCitations(entryCsl(entry.data, sources, useTranslations(undefined)('site.name'), absoluteUrl(urls.permanent(pid))));
      })(),
    );
  return citations.get(pid)!;
}

/** A collection of the open dataset as exported entries: id, page address, data as written. */
export async function exportEntries(collection: DataCollection): Promise<ExportEntry[]> {
  const load = {
    practices: getPractices,
    programmes: getProgrammes,
    recommendations: getRecommendations,
    themes: getThemes,
    articles: getArticles,
    sources: getSources,
  }[collection];
  const page = {
    practices: urls.practice,
    programmes: urls.programme,
    recommendations: urls.recommendation,
    themes: urls.theme,
    articles: urls.article,
    sources: urls.source,
  }[collection];
  return (await load()).map((e) => ({ id: e.id, url: page(e.id), data: exportValue(e.data) as Record<string, unknown> }));
}

/** The source documents an entry summarises, as structured data (each named by its page here). */
export async function sourceDocumentsOf(entry: Entry | Theme | Article, ctx: LdContext) {
  const data = entry.data;
  const docs =
    'pid' in data
      ? docsOf(entry as Entry)
      : 'sources' in data
        ? [...new Set(data.sources.map((s) => s.doc))]
        : [...new Set([data.question.cite.doc, data.results.doc, data.recommendations.doc])];
  return Promise.all(docs.map(async (doc) => sourceDocument(ctx, doc, (await getSource(doc)).data)));
}
