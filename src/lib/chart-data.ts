/**
 * The numbers behind the charts, counted from entries (never typed). Pure functions over plain
 * data, so tests call them on fixtures; pages pass the collections from src/lib/content.ts.
 * Counting rules match the browse pages, so a chart's number equals the length of the list its
 * link opens.
 */
import { budgetTotals, type BudgetLine } from './money';
import type { Country } from '../data/countries';
import { entryType, entryTypes, type EntryFacets, type EntryType } from './groupings';
import { taxonomiesIn, type LocalizedTaxonomies } from '../data/taxonomy-translations';
import type { GcmObjective, NamedTerm } from '../schemas/taxonomies';

type Counted = EntryFacets & { collection: string };

const servesObjective = (e: EntryFacets, n: number) => e.data.gcm.objectives.some((o) => o.number === n);
/** Charts label their terms in the page's language: functions that name terms take its taxonomies (English by default). */
const english = (): LocalizedTaxonomies => taxonomiesIn(undefined);
const countBy = <T>(list: readonly T[], test: (x: T) => boolean) => list.reduce((n, x) => n + (test(x) ? 1 : 0), 0);

export interface ObjectiveCoverage {
  objective: GcmObjective;
  /** Entries that serve the objective (primary or not), by type. */
  byType: Record<EntryType, number>;
  total: number;
}

/** All 23 objectives, zeros included, each with its entries by type. */
export function objectiveCoverage(entries: readonly Counted[], tx = english()): ObjectiveCoverage[] {
  return tx.gcmObjectives.map((objective) => {
    const serving = entries.filter((e) => servesObjective(e, objective.number));
    const byType = Object.fromEntries(entryTypes.map((type) => [type, countBy(serving, (e) => entryType(e) === type)])) as Record<EntryType, number>;
    return { objective, byType, total: serving.length };
  });
}

export interface CoverageMatrix {
  /** Service areas in taxonomy order (the rows). */
  rows: readonly NamedTerm[];
  /** The 23 objectives (the columns). */
  columns: readonly GcmObjective[];
  /** counts[row][column]: entries tagged with both the service area and the objective. */
  counts: number[][];
}

/** Service area × objective: where entries are, and the empty cells where they are missing. */
export function objectiveServiceMatrix(entries: readonly EntryFacets[], tx = english()): CoverageMatrix {
  return {
    rows: tx.serviceAreas,
    columns: tx.gcmObjectives,
    counts: tx.serviceAreas.map((area) =>
      tx.gcmObjectives.map((o) => countBy(entries, (e) => e.data.serviceAreas.includes(area.id) && servesObjective(e, o.number))),
    ),
  };
}

export interface MapCounts {
  /** Countries named by at least one entry, with how many: what the choropleth shades. */
  countries: { country: Country; count: number }[];
  /** Worldwide entries that name no country: counted beside the map, not spread over it. */
  worldwideOnly: Record<EntryType, number>;
  /** Worldwide entries that also name example countries (counted on those countries too). */
  worldwideWithExamples: number;
  /** Regional entries (level "regional"), counted on each country they name. */
  regional: number;
}

/** Entries per country as the country pages list them, and the entries no country can hold. */
export function mapCounts(entries: readonly (Counted & { data: { level?: string } })[], tx = english()): MapCounts {
  const perCountry = new Map<string, number>();
  for (const e of entries) for (const code of e.data.countries) perCountry.set(code, (perCountry.get(code) ?? 0) + 1);
  const worldwideOnly = entries.filter((e) => e.data.global && e.data.countries.length === 0);
  return {
    countries: [...perCountry]
      .map(([code, count]) => ({ country: tx.countryByCode(code), count }))
      .toSorted((a, b) => b.count - a.count || tx.compareNames(a.country.name, b.country.name)),
    worldwideOnly: Object.fromEntries(entryTypes.map((type) => [type, countBy(worldwideOnly, (e) => entryType(e) === type)])) as Record<
      EntryType,
      number
    >,
    worldwideWithExamples: countBy(entries, (e) => e.data.global && e.data.countries.length > 0),
    regional: countBy(entries, (e) => e.data.level === 'regional'),
  };
}

export interface MoneyRow {
  id: string;
  label: string;
  /** US$ approved and received; amounts in other currencies are left to the tables. */
  approved: number;
  received: number;
}

const usd = (list: { value: number; currency: string }[]) => list.find((a) => a.currency === 'USD')?.value ?? 0;

/** One row per agency of a programme's budget (US$), in the order printed. */
export function moneyByAgency(budget: readonly BudgetLine[]): MoneyRow[] {
  return budget.map((line, i) => ({
    id: String(i),
    label: line.agency,
    approved: line.approved?.currency === 'USD' ? line.approved.value : 0,
    received: line.received?.currency === 'USD' ? line.received.value : 0,
  }));
}

/** One row per programme that prints a budget: its US$ totals computed from the lines. */
export function moneyByProgramme(programmes: readonly { id: string; data: { title: string; budget: readonly BudgetLine[] } }[]): MoneyRow[] {
  return programmes
    .filter((p) => p.data.budget.length > 0)
    .map((p) => {
      const totals = budgetTotals(p.data.budget);
      return { id: p.id, label: p.data.title, approved: usd(totals.approved), received: usd(totals.received) };
    });
}

/** Stacked-bar parts of a money row: what has arrived, and what is approved but not yet received. */
export const moneyParts = (row: MoneyRow) => ({
  received: Math.min(row.received, row.approved || row.received),
  outstanding: Math.max(row.approved - row.received, 0),
});

/** Recommendations per theme (rows, in theme order) and kind (columns, in the report's order). */
export function recommendationsByThemeAndKind<K extends string>(
  recommendations: readonly { data: { theme: { id: string }; kind: string } }[],
  themes: readonly { id: string; data: { number: number; shortTitle: string } }[],
  kinds: readonly K[],
): { theme: (typeof themes)[number]; byKind: Record<K, number>; total: number }[] {
  return themes.map((theme) => {
    const ofTheme = recommendations.filter((r) => r.data.theme.id === theme.id);
    const byKind = Object.fromEntries(kinds.map((k) => [k, countBy(ofTheme, (r) => r.data.kind === k)])) as Record<K, number>;
    return { theme, byKind, total: ofTheme.length };
  });
}

/** A country's entries by objective (all 23) and by service area (all of them): its strip. */
export function countryStrip(entries: readonly EntryFacets[], tx = english()) {
  return {
    objectives: tx.gcmObjectives.map((objective) => ({ objective, count: countBy(entries, (e) => servesObjective(e, objective.number)) })),
    serviceAreas: tx.serviceAreas.map((serviceArea) => ({
      serviceArea,
      count: countBy(entries, (e) => e.data.serviceAreas.includes(serviceArea.id)),
    })),
  };
}
