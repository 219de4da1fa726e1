/**
 * Countries come from the maintained `world-countries` package (ISO 3166-1 codes, UN region and
 * names in the six UN languages), not from a hand-typed list. Only officially assigned ISO codes
 * are accepted, so a content file cannot name a code that no standard knows.
 */
import worldCountries from 'world-countries';
import { regions } from './taxonomies';
import type { Region as RegionTerm } from '../schemas/taxonomies';
import type { Locale } from '../i18n/locales';

export interface Country {
  alpha2: string;
  alpha3: string;
  /** ISO 3166-1 numeric, as a 3-digit string ("218"): the id world-atlas maps use. */
  numeric: string;
  name: string;
  /** The common name in each locale (world-countries' translations; English where it has none). */
  names: Record<Locale, string>;
  region: RegionTerm;
  subregion: string;
  /** [latitude, longitude]: where the map puts a dot for a state too small for its outlines. */
  latlng: readonly [number, number];
}

const regionByPackageName = new Map(regions.map((r) => [r.countryRegion, r]));

export const countries: readonly Country[] = worldCountries
  .filter((c) => c.status === 'officially-assigned')
  .map((c) => {
    const region = regionByPackageName.get(c.region);
    if (!region) throw new Error(`world-countries region "${c.region}" of ${c.cca3} is missing from content/taxonomies/regions.json`);
    return {
      alpha2: c.cca2,
      alpha3: c.cca3,
      numeric: c.ccn3,
      name: c.name.common,
      names: {
        en: c.name.common,
        es: c.translations.spa?.common ?? c.name.common,
        fr: c.translations.fra?.common ?? c.name.common,
        ar: c.translations.ara?.common ?? c.name.common,
        ru: c.translations.rus?.common ?? c.name.common,
        zh: c.translations.zho?.common ?? c.name.common,
      },
      region,
      subregion: c.subregion,
      latlng: [c.latlng[0], c.latlng[1]] as const,
    };
  })
  .toSorted((a, b) => a.name.localeCompare(b.name, 'en'));

const byAlpha3 = new Map(countries.map((c) => [c.alpha3, c]));

export const isCountryCode = (code: string): boolean => byAlpha3.has(code);

export function countryByCode(alpha3: string): Country {
  const country = byAlpha3.get(alpha3.toUpperCase());
  if (!country) throw new Error(`unknown country code: ${alpha3}`);
  return country;
}

/** URL segment for a country page: lower-case alpha-3, e.g. /countries/tha/. */
export const countrySlug = (country: Pick<Country, 'alpha3'>) => country.alpha3.toLowerCase();
