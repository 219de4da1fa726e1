/**
 * The taxonomies in every locale. English is in the taxonomy files themselves
 * (content/taxonomies/*.json); each other locale has one file, content/taxonomies/translations/<locale>.json,
 * that gives every label of every taxonomy in that language, and lists under "unverified" the
 * wordings that could not be checked against an official UN text (see the translation standard).
 *
 * Consultation themes are entries (content/themes/), not a taxonomy file: their short titles sit
 * under "themes", keyed by the theme's file name, and a theme missing there stops the build
 * where the page asks for it (and the unit test that compares the list with content/themes/).
 *
 * `taxonomiesIn(locale)` hands out the same shapes as ./taxonomies with the labels in the locale,
 * so a component swaps one import for one call and prints `objective.shortName` as before.
 */
import es from '../../content/taxonomies/translations/es.json';
import fr from '../../content/taxonomies/translations/fr.json';
import ar from '../../content/taxonomies/translations/ar.json';
import ru from '../../content/taxonomies/translations/ru.json';
import zh from '../../content/taxonomies/translations/zh.json';
import {
  approaches,
  indexBy,
  gcmObjectives,
  guidingPrinciples,
  objective15Actions,
  organisationTypes,
  regions,
  serviceAreas,
  targetGroups,
} from './taxonomies';
import { countries, type Country } from './countries';
import { defaultLocale, localeInfo, locales, toLocale, type Locale } from '../i18n/locales';
import type { Approach, GcmObjective, NamedTerm, Region } from '../schemas/taxonomies';

type Named = { name: string; description?: string };
type Translated = Record<string, unknown>;

/** What a locale's file must hold: every id of every taxonomy, and what each id carries. */
function referenceOf(): Record<string, Record<string, Record<string, string> | string>> {
  const named = (items: readonly NamedTerm[]): Record<string, Record<string, string>> =>
    Object.fromEntries(
      items.map((i): [string, Record<string, string>] => [i.id, i.description ? { name: i.name, description: i.description } : { name: i.name }]),
    );
  return {
    gcmObjectives: Object.fromEntries(
      gcmObjectives.map((o) => [String(o.number), { shortName: o.shortName, title: o.title, ...(o.scope ? { scope: o.scope } : {}) }]),
    ),
    guidingPrinciples: Object.fromEntries(guidingPrinciples.map((p) => [p.id, p.name])),
    serviceAreas: named(serviceAreas),
    targetGroups: named(targetGroups),
    organisationTypes: named(organisationTypes),
    regions: Object.fromEntries(regions.map((r) => [r.id, r.name])),
    approaches: Object.fromEntries(approaches.map((a) => [a.id, a.name])),
    objective15Actions: Object.fromEntries(objective15Actions.map((a) => [a.letter, a.summary])),
  };
}
/** The English labels, in the shape of a translation file: what translators translate. */
export const taxonomyReference = referenceOf();

/** Everything wrong with a locale's taxonomy file, one line each ("serviceAreas.health.name: missing ..."). */
export function taxonomyTranslationProblems(json: Translated): string[] {
  const problems: string[] = [];
  const walk = (reference: unknown, value: unknown, path: string) => {
    if (typeof reference === 'string') {
      if (value === undefined) problems.push(`${path}: missing (expected the ${locales.length - 1}-language label of "${reference}")`);
      else if (typeof value !== 'string' || value.trim() === '') problems.push(`${path}: expected a non-empty string`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(
        `${path}: ${value === undefined ? 'missing: ' : ''}expected an object with the keys ${Object.keys(reference as object).join(', ')}`,
      );
      return;
    }
    for (const [key, ref] of Object.entries(reference as object)) walk(ref, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    for (const key of Object.keys(value)) {
      if (!path && (key === '$comment' || key === 'unverified' || key === 'themes')) continue;
      if (!(key in (reference as object))) problems.push(`${path ? `${path}.` : ''}${key}: unknown key (no such id in content/taxonomies/)`);
    }
  };
  walk(taxonomyReference, json, '');
  const themes = json.themes;
  if (typeof themes !== 'object' || themes === null || Object.values(themes).some((v) => typeof v !== 'string' || v.trim() === ''))
    problems.push('themes: expected an object of consultation theme id → non-empty short title');
  const unverified = json.unverified;
  if (!Array.isArray(unverified) || unverified.some((u) => typeof u !== 'string'))
    problems.push('unverified: expected a list of the label paths whose official wording could not be checked (may be empty)');
  else
    for (const path of unverified as string[]) {
      const found = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], taxonomyReference);
      if (typeof found !== 'string') problems.push(`unverified: "${path}" is not the path of a label`);
    }
  return problems;
}

function checked(locale: Locale, json: Translated): Translated {
  const problems = taxonomyTranslationProblems(json);
  if (problems.length) throw new Error(`content/taxonomies/translations/${locale}.json:\n  ${problems.join('\n  ')}`);
  return json;
}

const files: Record<Exclude<Locale, 'en'>, Translated> = { es, fr, ar, ru, zh };
export const taxonomyTranslations = Object.fromEntries(Object.entries(files).map(([l, json]) => [l, checked(l as Locale, json)])) as Record<
  Exclude<Locale, 'en'>,
  Translated
>;

function build(locale: Locale) {
  const tr = locale === defaultLocale ? (taxonomyReference as Translated) : taxonomyTranslations[locale as Exclude<Locale, 'en'>];
  const section = (name: string) => tr[name] as Record<string, unknown>;
  const named = <T extends NamedTerm>(items: readonly T[], name: string): T[] => items.map((i) => ({ ...i, ...(section(name)[i.id] as Named) }));
  const objectives: GcmObjective[] = gcmObjectives.map((o) => ({ ...o, ...(section('gcmObjectives')[String(o.number)] as object) }));
  const principles = guidingPrinciples.map((p) => ({ ...p, name: section('guidingPrinciples')[p.id] as string }));
  const areas = named(serviceAreas, 'serviceAreas');
  const groups = named(targetGroups, 'targetGroups');
  const orgTypes = named(organisationTypes, 'organisationTypes');
  const regionList: Region[] = regions.map((r) => ({ ...r, name: section('regions')[r.id] as string }));
  const approachList: Approach[] = approaches.map((a) => ({ ...a, name: section('approaches')[a.id] as string }));
  const actions = objective15Actions.map((a) => ({ ...a, summary: section('objective15Actions')[a.letter] as string }));
  const regionById = new Map(regionList.map((r) => [r.id, r]));
  const compareNames = new Intl.Collator(localeInfo[locale].intl).compare;
  const countryList: Country[] = countries
    .map((c) => ({ ...c, name: c.names[locale], region: regionById.get(c.region.id) ?? c.region }))
    .toSorted((a, b) => compareNames(a.name, b.name));
  const countryIndex = indexBy(countryList, (c) => c.alpha3, 'country code');
  return {
    locale,
    gcmObjectives: objectives,
    objectiveByNumber: indexBy(objectives, (o) => o.number, 'GCM objective'),
    guidingPrinciples: principles,
    principleById: indexBy(principles, (p) => p.id, 'guiding principle'),
    serviceAreas: areas,
    serviceAreaById: indexBy(areas, (s) => s.id, 'service area'),
    targetGroups: groups,
    targetGroupById: indexBy(groups, (g) => g.id, 'target group'),
    organisationTypes: orgTypes,
    organisationTypeById: indexBy(orgTypes, (o) => o.id, 'organisation type'),
    regions: regionList,
    approaches: approachList,
    approachById: indexBy(approachList, (a) => a.id, 'approach'),
    objective15Actions: actions,
    objective15ActionByLetter: indexBy(actions, (a) => a.letter, 'Objective 15 action'),
    /** A consultation theme's short title ("Engaging the diaspora"), by theme id. */
    themeShortTitle: (id: string, english: string) => {
      if (locale === defaultLocale) return english;
      const title = section('themes')[id];
      if (typeof title !== 'string')
        throw new Error(`content/taxonomies/translations/${locale}.json: themes.${id}: missing (the short title of content/themes/${id}.mdx)`);
      return title;
    },
    /** Compares two names in the locale's alphabetical order. */
    compareNames,
    /** Countries with their names in the locale, in the locale's alphabetical order. */
    countries: countryList,
    countryByCode: (alpha3: string) => countryIndex(alpha3.toUpperCase()),
  };
}

export type LocalizedTaxonomies = ReturnType<typeof build>;
const cache = new Map<Locale, LocalizedTaxonomies>();

/** The taxonomies with their labels in a locale; pass `Astro.currentLocale`. */
export function taxonomiesIn(locale: string | undefined): LocalizedTaxonomies {
  const l = toLocale(locale);
  let found = cache.get(l);
  if (!found) cache.set(l, (found = build(l)));
  return found;
}
