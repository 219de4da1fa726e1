/**
 * Structured data (schema.org JSON-LD) for every page, built from the same collections and
 * taxonomies as the page itself: one module, so that every template says the same things the same
 * way. Types come from schema-dts (types only: nothing of it reaches the browser).
 *
 * Every address in the data is on this site (the source documents are named by their page here,
 * the licence by the open-data page's licence section), so search engines and tests can follow all.
 */
import type {
  Article,
  BreadcrumbList,
  CollectionPage,
  Country as SchemaCountry,
  DataDownload,
  Dataset,
  DefinedTerm,
  DefinedTermSet,
  Graph,
  ItemList,
  Organization,
  Project,
  Report,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import { localeInfo, toLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { taxonomiesIn } from '../data/taxonomy-translations';
import { urlsIn, urls as englishUrls } from './urls';
import type { SourceData } from '../schemas/entries';

/** What every builder needs: the site's address and the page's locale. */
export interface LdContext {
  site: string | URL;
  locale: Locale;
}

export const ldContext = (site: string | URL | undefined, locale: string | undefined): LdContext => {
  if (!site) throw new Error('structured data needs the site address (astro.config.mjs `site`)');
  return { site, locale: toLocale(locale) };
};

const absolute = (ctx: LdContext, path: string) => new URL(path, ctx.site).href;
const ids = {
  website: (ctx: LdContext) => `${absolute(ctx, '/')}#website`,
  publisher: (ctx: LdContext) => `${absolute(ctx, '/')}#publisher`,
  objectives: (ctx: LdContext) => `${absolute(ctx, urlsIn(ctx.locale).objectives())}#gcm-objectives`,
};
/** The licence of the knowledge base's own text and data: described on the open-data page. */
const licence = (ctx: LdContext) => `${absolute(ctx, englishUrls.data())}#licence`;

/** The knowledge base as a publisher (every entry's publisher and the dataset's creator). */
export function publisher(ctx: LdContext): Organization {
  return {
    '@type': 'Organization',
    '@id': ids.publisher(ctx),
    name: useTranslations(ctx.locale)('site.name'),
    url: absolute(ctx, urlsIn(ctx.locale).home()),
  };
}

export function website(ctx: LdContext): WebSite {
  const t = useTranslations(ctx.locale);
  return {
    '@type': 'WebSite',
    '@id': ids.website(ctx),
    name: t('site.name'),
    description: t('site.description'),
    url: absolute(ctx, urlsIn(ctx.locale).home()),
    inLanguage: localeInfo[ctx.locale].lang,
    publisher: { '@id': ids.publisher(ctx) },
  };
}

/** The page itself: its name, address and language, part of the site. */
export function webPage(ctx: LdContext, page: { name: string; path: string; description?: string }): WebPage {
  return {
    '@type': 'WebPage',
    name: page.name,
    url: absolute(ctx, page.path),
    inLanguage: localeInfo[ctx.locale].lang,
    ...(page.description ? { description: page.description } : {}),
    isPartOf: { '@id': ids.website(ctx) },
  };
}

export function breadcrumbList(ctx: LdContext, trail: { name: string; path: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: absolute(ctx, step.path) })),
  };
}

/** The 23 GCM objectives as a set of defined terms (A/RES/73/195), in the page's language. */
function objectiveSet(ctx: LdContext): DefinedTermSet {
  return {
    '@type': 'DefinedTermSet',
    '@id': ids.objectives(ctx),
    name: useTranslations(ctx.locale)('objectives.title'),
    url: absolute(ctx, urlsIn(ctx.locale).objectives()),
  };
}

export function objectiveTerms(ctx: LdContext, numbers: readonly number[]): DefinedTerm[] {
  const tx = taxonomiesIn(ctx.locale);
  return numbers.map((n) => ({
    '@type': 'DefinedTerm',
    name: tx.objectiveByNumber(n).shortName,
    description: tx.objectiveByNumber(n).title,
    termCode: String(n),
    url: absolute(ctx, urlsIn(ctx.locale).objective(n)),
    inDefinedTermSet: objectiveSet(ctx),
  }));
}

export function countries(ctx: LdContext, codes: readonly string[]): SchemaCountry[] {
  const tx = taxonomiesIn(ctx.locale);
  return codes.map((code) => {
    const country = tx.countryByCode(code);
    return { '@type': 'Country', name: country.name, identifier: country.alpha3, url: absolute(ctx, urlsIn(ctx.locale).country(country)) };
  });
}

/** A source document, named by its page on this site. */
export function sourceDocument(ctx: LdContext, id: string, source: Pick<SourceData, 'title' | 'publisher' | 'date'>): Report {
  return {
    '@type': 'Report',
    name: source.title,
    url: absolute(ctx, urlsIn(ctx.locale).source(id)),
    datePublished: source.date,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
}

interface EntryFacts {
  /** The permanent id, for entries that have one (practices, programmes, recommendations). */
  pid?: string;
  title: string;
  summary: string;
  countries: readonly string[];
  objectives: readonly number[];
  lastReviewed: Date;
  keywords?: readonly string[];
}

/** What the structured data says of an entry with a permanent id (practice, programme, recommendation), from its data as written. */
export const entryFacts = (data: {
  pid: string;
  title: string;
  summary: string;
  countries: readonly string[];
  gcm: { objectives: readonly { number: number }[] };
  lastReviewed: Date;
  keywords: readonly string[];
}): EntryFacts => ({
  pid: data.pid,
  title: data.title,
  summary: data.summary,
  countries: data.countries,
  objectives: data.gcm.objectives.map((o) => o.number),
  lastReviewed: data.lastReviewed,
  keywords: data.keywords,
});

const entryCommon = (ctx: LdContext, path: string, e: EntryFacts, sources: ReturnType<typeof sourceDocument>[]) => ({
  ...(e.pid ? { identifier: e.pid } : {}),
  url: absolute(ctx, path),
  description: e.summary,
  // Entries are written in English; their translations are the next step.
  inLanguage: 'en',
  ...(e.objectives.length ? { about: objectiveTerms(ctx, e.objectives) } : {}),
  isBasedOn: sources,
  license: licence(ctx),
  dateModified: e.lastReviewed.toISOString().slice(0, 10),
  publisher: { '@id': ids.publisher(ctx) },
  ...(e.keywords?.length ? { keywords: e.keywords.join(', ') } : {}),
});

/** A practice, recommendation, theme or article: what it says, about which objectives, where, from which document. */
export function entryArticle(ctx: LdContext, path: string, e: EntryFacts, sources: ReturnType<typeof sourceDocument>[]): Article {
  return {
    '@type': 'Article',
    headline: e.title,
    ...entryCommon(ctx, path, e, sources),
    ...(e.countries.length ? { spatialCoverage: countries(ctx, e.countries) } : {}),
  };
}

/** A joint programme: a project funded by the Migration MPTF, where it serves, who takes part. */
export function programmeProject(
  ctx: LdContext,
  path: string,
  e: EntryFacts & { organisations: readonly string[] },
  sources: ReturnType<typeof sourceDocument>[],
): Project {
  return {
    '@type': 'Project',
    name: e.title,
    ...entryCommon(ctx, path, e, sources),
    funder: { '@type': 'Organization', name: 'Migration Multi-Partner Trust Fund (Migration MPTF)' },
    ...(e.countries.length ? { areaServed: countries(ctx, e.countries) } : {}),
    member: e.organisations.map((name) => ({ '@type': 'Organization', name })),
  };
}

/** A list page: the collection and the entries it lists, in order. */
export function collectionPage(
  ctx: LdContext,
  page: { name: string; path: string; description?: string },
  items: { name: string; path: string }[],
): CollectionPage {
  const list: ItemList = {
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, url: absolute(ctx, item.path) })),
  };
  return {
    '@type': 'CollectionPage',
    name: page.name,
    url: absolute(ctx, page.path),
    inLanguage: localeInfo[ctx.locale].lang,
    ...(page.description ? { description: page.description } : {}),
    isPartOf: { '@id': ids.website(ctx) },
    mainEntity: list,
  };
}

/** The open dataset: every file to download, its format and licence. */
export function openDataset(
  ctx: LdContext,
  data: {
    name: string;
    description: string;
    keywords: readonly string[];
    dateModified: Date;
    files: { name: string; path: string; format: string }[];
  },
): Dataset {
  const downloads: DataDownload[] = data.files.map((f) => ({
    '@type': 'DataDownload',
    name: f.name,
    encodingFormat: f.format,
    contentUrl: absolute(ctx, f.path),
  }));
  return {
    '@type': 'Dataset',
    name: data.name,
    description: data.description,
    url: absolute(ctx, urlsIn(ctx.locale).data()),
    keywords: [...data.keywords],
    license: licence(ctx),
    creator: { '@id': ids.publisher(ctx) },
    isAccessibleForFree: true,
    dateModified: data.dateModified.toISOString().slice(0, 10),
    inLanguage: 'en',
    distribution: downloads,
  };
}

/** The page's graph: the nodes it describes, as one JSON-LD object. */
export function graphOf(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text in it can close the script. */
export const jsonLdText = (graph: Graph): string => JSON.stringify(graph).replace(/</g, '\\u003c');
