/**
 * Every internal address is built here. Trainers print these in handouts: change a pattern only
 * with a redirect for the old one.
 */
import { countrySlug, type Country } from '../data/countries';
import { localePrefix, toLocale } from '../i18n/locales';
import { sectionAnchor, sectionForLines } from './citations';
import type { SourceData } from '../schemas/entries';
import type { FacetParamName } from './search';

const englishUrls = {
  home: () => '/',
  practices: () => '/practices/',
  practice: (id: string) => `/practices/${id}/`,
  programmes: () => '/programmes/',
  programme: (id: string) => `/programmes/${id}/`,
  recommendations: () => '/recommendations/',
  recommendation: (id: string) => `/recommendations/${id}/`,
  /** Pre-built lists of recommendations, one per value of a facet: they filter without JavaScript. */
  recommendationsBy: (facet: 'kind' | 'for', value: string) => `/recommendations/${facet}/${value}/`,
  themes: () => '/themes/',
  theme: (id: string) => `/themes/${id}/`,
  approaches: () => '/approaches/',
  approach: (id: string) => `/approaches/${id}/`,
  article: (id: string) => `/articles/${id}/`,
  /** The short link that never changes: /id/P-002-03/ leads to the entry's readable address. */
  permanent: (pid: string) => `/id/${pid}/`,
  /** The page of any entry, from its collection. */
  entry: (collection: 'practices' | 'programmes' | 'recommendations', id: string) => `/${collection}/${id}/`,
  objectives: () => '/objectives/',
  objective: (n: number) => `/objectives/${n}/`,
  countries: () => '/countries/',
  country: (c: Pick<Country, 'alpha3'>) => `/countries/${countrySlug(c)}/`,
  serviceAreas: () => '/service-areas/',
  serviceArea: (id: string) => `/service-areas/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  sourceSection: (id: string, sectionId: string) => `/sources/${id}/#${sectionAnchor(sectionId)}`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** The search page with filters set: /search/?objective=15.+Access+to+basic+services */
  searchFiltered: (filters: Partial<Record<FacetParamName, string>>) => `/search/?${new URLSearchParams(filters)}`,
  about: () => '/about/',
  data: () => '/data/',
  accessibility: () => '/accessibility/',
};

type UrlBuilders = typeof englishUrls;

/**
 * The addresses of one locale: the English ones with the locale's prefix (/es/practices/...).
 * Pages and components take theirs from `urlsIn(Astro.currentLocale)`.
 */
export function urlsIn(locale: string | undefined): UrlBuilders {
  const prefix = localePrefix(toLocale(locale));
  if (!prefix) return englishUrls;
  const prefixed =
    (build: (...args: never[]) => string) =>
    (...args: never[]) =>
      `${prefix}${build(...args)}`;
  return Object.fromEntries(Object.entries(englishUrls).map(([name, build]) => [name, prefixed(build)])) as UrlBuilders;
}

/** English addresses: for the open data, the feed and the permanent short links that handouts print. */
export const urls: UrlBuilders = englishUrls;

/**
 * Where a citation leads: the section of the source page that holds the lines (or the section
 * the entry names), else the source page itself.
 */
export function citationTarget(source: { id: string; data: Pick<SourceData, 'sections'> }, lines: string, sectionId?: string, locale?: string) {
  const section = source.data.sections.find((s) => s.id === sectionId) ?? sectionForLines(source.data, lines);
  const u = urlsIn(locale);
  return { section, href: section ? u.sourceSection(source.id, section.id) : u.source(source.id) };
}
