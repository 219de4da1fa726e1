/**
 * Groupings, facets and search filters derived from entries. Pure functions over plain data, so
 * tests call them without Astro; pages get their entries from src/lib/content.ts.
 */
import type { Country } from '../data/countries';
import { taxonomiesIn, type LocalizedTaxonomies } from '../data/taxonomy-translations';
import type { GcmObjective, NamedTerm, Region } from '../schemas/taxonomies';

/** Labels come in the page's locale: functions that name a term take its taxonomies (English by default). */
const english = (): LocalizedTaxonomies => taxonomiesIn(undefined);

/** The part of an entry the groupings read. */
export interface EntryFacets {
  id: string;
  collection?: string;
  data: {
    title: string;
    countries: string[];
    global: boolean;
    serviceAreas: string[];
    targetGroups: string[];
    gcm: { objectives: { number: number; primary: boolean }[] };
    source?: { doc: string };
    sources?: { doc: string }[];
  };
}

export const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'en');

export interface ObjectiveGroup<T> {
  objective: GcmObjective;
  /** Entries for which this is the primary objective. */
  primary: T[];
  /** Entries that also serve it. */
  secondary: T[];
}

/** All 23 objectives, each with its entries (empty groups included: pages say so). */
export function entriesByObjective<T extends EntryFacets>(entries: readonly T[], tx = english()): ObjectiveGroup<T>[] {
  return tx.gcmObjectives.map((objective) => {
    const links = entries.map((e) => ({ e, link: e.data.gcm.objectives.find((o) => o.number === objective.number) })).filter((x) => x.link);
    return {
      objective,
      primary: links
        .filter((x) => x.link!.primary)
        .map((x) => x.e)
        .toSorted(byTitle),
      secondary: links
        .filter((x) => !x.link!.primary)
        .map((x) => x.e)
        .toSorted(byTitle),
    };
  });
}

export interface CountryGroup<T> {
  country: Country;
  entries: T[];
}

/** Countries that have at least one entry, by name. */
export function entriesByCountry<T extends EntryFacets>(entries: readonly T[], tx = english()): CountryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const e of entries) for (const code of e.data.countries) groups.set(code, [...(groups.get(code) ?? []), e]);
  return [...groups]
    .map(([code, list]) => ({ country: tx.countryByCode(code), entries: list.toSorted(byTitle) }))
    .toSorted((a, b) => tx.compareNames(a.country.name, b.country.name));
}

/** Country groups by region, regions in taxonomy order, only regions with entries. */
export function countriesByRegion<T>(groups: readonly CountryGroup<T>[]) {
  const byRegion = new Map<string, { region: Region; countries: CountryGroup<T>[] }>();
  for (const g of groups.toSorted((a, b) => a.country.region.name.localeCompare(b.country.region.name, 'en'))) {
    const r = byRegion.get(g.country.region.id) ?? { region: g.country.region, countries: [] };
    r.countries.push(g);
    byRegion.set(g.country.region.id, r);
  }
  // Regions in the taxonomy's order: the same in every language.
  return [...byRegion.values()];
}

export interface ServiceAreaGroup<T> {
  serviceArea: NamedTerm;
  entries: T[];
}

/** Service areas in taxonomy order, each with its entries (empty ones included). */
export function entriesByServiceArea<T extends EntryFacets>(entries: readonly T[], tx = english()): ServiceAreaGroup<T>[] {
  return tx.serviceAreas.map((serviceArea) => ({
    serviceArea,
    entries: entries.filter((e) => e.data.serviceAreas.includes(serviceArea.id)).toSorted(byTitle),
  }));
}

export const primaryObjective = (e: EntryFacets, tx = english()) => tx.objectiveByNumber(e.data.gcm.objectives.find((o) => o.primary)!.number);

/** "15. Access to basic services": how an objective reads in filters and lists. */
export const objectiveLabel = (n: number, tx = english()) => `${n}. ${tx.objectiveByNumber(n).shortName}`;

export type SearchFilters = Record<string, string[]>;

/**
 * The Pagefind filters of one entry, keyed by the readable names the search UI shows.
 * `labels` are the interface strings for the filter names (from the i18n dictionary).
 */
export function searchFilters(
  e: EntryFacets,
  type: string,
  sourceLabel: (doc: string) => string,
  labels: {
    type: string;
    objective: string;
    country: string;
    region: string;
    serviceArea: string;
    targetGroup: string;
    source: string;
    worldwide: string;
  },
  tx = english(),
): SearchFilters {
  const countries = e.data.countries.map(tx.countryByCode);
  const docs = [...new Set([e.data.source?.doc, ...(e.data.sources ?? []).map((s) => s.doc)].filter((d): d is string => !!d))];
  const regionNames = [...new Set(countries.map((c) => c.region.name))];
  return {
    [labels.type]: [type],
    [labels.objective]: e.data.gcm.objectives.map((o) => objectiveLabel(o.number, tx)),
    [labels.country]: countries.map((c) => c.name),
    [labels.region]: e.data.global ? [...regionNames, labels.worldwide] : regionNames,
    [labels.serviceArea]: e.data.serviceAreas.map((id) => tx.serviceAreaById(id).name),
    [labels.targetGroup]: e.data.targetGroups.map((id) => tx.targetGroupById(id).name),
    [labels.source]: docs.map(sourceLabel),
  };
}

export type EntryType = 'practice' | 'programme' | 'recommendation';
const typeOfCollection: Record<string, EntryType> = { practices: 'practice', programmes: 'programme', recommendations: 'recommendation' };
export const entryTypes: readonly EntryType[] = ['practice', 'programme', 'recommendation'];

/** Which kind of entry this is, from the collection it was loaded from. */
export function entryType(e: { collection: string }): EntryType {
  const type = typeOfCollection[e.collection];
  if (!type) throw new Error(`not an entry collection: ${e.collection}`);
  return type;
}

/** Entries split by type, types in a fixed order, empty types left out. */
export function entriesByType<T extends { collection: string }>(entries: readonly T[]): { type: EntryType; entries: T[] }[] {
  return entryTypes.map((type) => ({ type, entries: entries.filter((e) => entryType(e) === type) })).filter((g) => g.entries.length > 0);
}

/** Each approach (002 box heading) with the practices printed under it, in taxonomy order. */
export function practicesByApproach<T extends { data: { title: string; approaches: string[] } }, A extends { id: string }>(
  practices: readonly T[],
  approaches: readonly A[],
): { approach: A; practices: T[] }[] {
  return approaches.map((approach) => ({ approach, practices: practices.filter((p) => p.data.approaches.includes(approach.id)).toSorted(byTitle) }));
}

/** Each of the six Objective 15 actions with the entries that show it. */
export function entriesByObjective15Action<
  T extends { data: { title: string; gcm: { objective15Actions: string[] } } },
  A extends { letter: string },
>(entries: readonly T[], actions: readonly A[]): { action: A; entries: T[] }[] {
  return actions.map((action) => ({
    action,
    entries: entries.filter((e) => e.data.gcm.objective15Actions.includes(action.letter)).toSorted(byTitle),
  }));
}

/** Recommendations of one theme grouped by kind, kinds in the report's order, empty kinds left out. */
export function recommendationsByKind<T extends { data: { kind: string } }>(recommendations: readonly T[], kinds: readonly string[]) {
  return kinds
    .map((kind) => ({ kind, recommendations: recommendations.filter((r) => r.data.kind === kind) }))
    .filter((g) => g.recommendations.length > 0);
}

/**
 * Entries that work on the same ground as `entry`: they share a country and an objective, or (for
 * worldwide entries) an objective and a service area. The reason is said in words on the page.
 */
export function sameGround<T extends EntryFacets>(
  entry: EntryFacets,
  candidates: readonly T[],
  limit = 5,
): { entry: T; shared: { countries: string[]; objectives: number[]; serviceAreas: string[] } }[] {
  const objectives = new Set(entry.data.gcm.objectives.map((o) => o.number));
  return candidates
    .filter((c) => c.id !== entry.id || c.collection !== entry.collection)
    .map((c) => ({
      entry: c,
      shared: {
        countries: c.data.countries.filter((x) => entry.data.countries.includes(x)),
        objectives: c.data.gcm.objectives.map((o) => o.number).filter((n) => objectives.has(n)),
        serviceAreas: c.data.serviceAreas.filter((s) => entry.data.serviceAreas.includes(s)),
      },
    }))
    .filter(({ shared }) => shared.objectives.length > 0 && (shared.countries.length > 0 || shared.serviceAreas.length > 0))
    .toSorted(
      (a, b) =>
        b.shared.countries.length - a.shared.countries.length ||
        b.shared.objectives.length + b.shared.serviceAreas.length - (a.shared.objectives.length + a.shared.serviceAreas.length) ||
        byTitle(a.entry, b.entry),
    )
    .slice(0, limit);
}
