/**
 * Why two entries are shown together, in words: "shares country: Mexico; objective 15; service
 * area: Health". Pure, so tests call it without a build.
 */
import { taxonomiesIn } from '../data/taxonomy-translations';
import { useTranslations } from '../i18n/ui';
import type { EntryFacets } from './groupings';

export function sharedReason(shared: { countries: string[]; objectives: number[]; serviceAreas: string[] }, locale?: string): string {
  const t = useTranslations(locale);
  const { countryByCode, serviceAreaById } = taxonomiesIn(locale);
  const parts = [
    shared.countries.length
      ? t('entry.shares.countries', { list: shared.countries.map((c) => countryByCode(c).name).join(t('i18n.comma')) })
      : undefined,
    shared.objectives.length ? t('entry.shares.objectives', { list: shared.objectives.join(t('i18n.comma')) }) : undefined,
    shared.serviceAreas.length
      ? t('entry.shares.serviceAreas', { list: shared.serviceAreas.map((s) => serviceAreaById(s).name).join(t('i18n.comma')) })
      : undefined,
  ].filter(Boolean);
  return `${t('entry.shares')} ${parts.join(t('i18n.semicolon'))}`;
}

/** What two entries have in common. */
export interface Shared {
  countries: string[];
  objectives: number[];
  serviceAreas: string[];
}

/** The part of an entry the related list reads: its facets and its explicit links. */
export interface LinkedFacets extends EntryFacets {
  collection: string;
  data: EntryFacets['data'] & {
    /** Practices the entry names as related (practices, programmes, recommendations). */
    related?: { id: string }[];
    /** Practices that show a recommendation in action. */
    relatedPractices?: { id: string }[];
    /** The recommendation a sub-point belongs to. */
    parent?: { id: string };
  };
}

const key = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;

/** Links written in the content, in either direction: "a names b" or "b names a". */
function explicitlyLinked(a: LinkedFacets, b: LinkedFacets): boolean {
  const names = (from: LinkedFacets, to: LinkedFacets) =>
    (to.collection === 'practices' && [...(from.data.related ?? []), ...(from.data.relatedPractices ?? [])].some((r) => r.id === to.id)) ||
    (to.collection === 'recommendations' && from.collection === 'recommendations' && from.data.parent?.id === to.id);
  return names(a, b) || names(b, a);
}

function shared(a: EntryFacets, b: EntryFacets): Shared {
  const objectives = new Set(a.data.gcm.objectives.map((o) => o.number));
  return {
    countries: b.data.countries.filter((x) => a.data.countries.includes(x)),
    objectives: b.data.gcm.objectives.map((o) => o.number).filter((n) => objectives.has(n)),
    serviceAreas: b.data.serviceAreas.filter((s) => a.data.serviceAreas.includes(s)),
  };
}

/**
 * Up to `limit` entries of any type related to `entry`, each with its reason: first the ones the
 * content links explicitly (either way), then those on the same ground (a shared objective plus a
 * shared country or service area), most in common first, then by title. Pure, so tests call it
 * on fixtures.
 */
export function relatedEntries<T extends LinkedFacets>(
  entry: LinkedFacets,
  candidates: readonly T[],
  limit = 5,
  locale?: string,
): { entry: T; reason: string }[] {
  const self = key(entry);
  return candidates
    .filter((c) => key(c) !== self)
    .map((c) => ({ entry: c, linked: explicitlyLinked(entry, c), shared: shared(entry, c) }))
    .filter(({ linked, shared: s }) => linked || (s.objectives.length > 0 && (s.countries.length > 0 || s.serviceAreas.length > 0)))
    .map((c) => ({ ...c, score: (c.linked ? 100 : 0) + 3 * c.shared.countries.length + c.shared.objectives.length + c.shared.serviceAreas.length }))
    .toSorted((a, b) => b.score - a.score || a.entry.data.title.localeCompare(b.entry.data.title, 'en'))
    .slice(0, limit)
    .map(({ entry: e, linked, shared: s }) => ({ entry: e, reason: relatedReason(linked, s, locale) }));
}

/** "Linked in the content; shares objective 15" or "Shares country: Mexico; objective 15". */
export function relatedReason(linked: boolean, s: Shared, locale?: string): string {
  const t = useTranslations(locale);
  const common = s.countries.length + s.objectives.length + s.serviceAreas.length > 0 ? sharedReason(s, locale) : '';
  if (!linked) return common;
  return common ? `${t('entry.linked')}${t('i18n.semicolon')}${common.charAt(0).toLowerCase()}${common.slice(1)}` : t('entry.linked');
}
