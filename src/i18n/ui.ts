/**
 * Interface strings: one dictionary per locale in ./translations/ (en.json is the reference), and
 * the lookup that components use. A component asks for its page's locale once:
 *
 *   const t = useTranslations(Astro.currentLocale);
 *   t('nav.practices'); t.plural('list.count', 7); t.date(entry.lastReviewed);
 *
 * Every dictionary is checked when this module loads: a missing, empty or unknown key, a plural
 * form the language does not have, or a changed {placeholder} stops the build with the file, the
 * key and what was expected.
 */
import en from './translations/en.json';
import es from './translations/es.json';
import fr from './translations/fr.json';
import ar from './translations/ar.json';
import ru from './translations/ru.json';
import zh from './translations/zh.json';
import { defaultLocale, localeInfo, locales, toLocale, type Locale } from './locales';

export type { Locale } from './locales';

export type UiKey = keyof typeof en;
/** Keys whose English has `.one` and `.other`: each locale gives the forms its language has. */
export const pluralBases = ['list.count', 'list.entries', 'search.count'] as const;
export type PluralBase = (typeof pluralBases)[number];
type Dictionary = Readonly<Record<string, string>>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).toSorted();
const isPluralKey = (key: string) => pluralBases.some((b) => key.startsWith(`${b}.`));

/** The plural categories a locale's language uses (Arabic six, Russian four, Chinese one). */
export const pluralCategories = (locale: Locale): string[] => new Intl.PluralRules(localeInfo[locale].intl).resolvedOptions().pluralCategories;

/** The keys a locale's dictionary must have: English's, with each plural group in the locale's own forms. */
export function expectedKeys(locale: Locale): string[] {
  const plain = Object.keys(en).filter((k) => !isPluralKey(k));
  return [...plain, ...pluralBases.flatMap((b) => pluralCategories(locale).map((c) => `${b}.${c}`))];
}

/** Everything wrong with a dictionary, one line each: empty when it is complete. */
export function dictionaryProblems(locale: Locale, dictionary: Record<string, unknown>): string[] {
  const expected = expectedKeys(locale);
  const problems: string[] = [];
  for (const key of expected) {
    const value = dictionary[key];
    if (value === undefined) problems.push(`${key}: missing (expected a string, as in en.json)`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`${key}: expected a non-empty string`);
    else {
      const base = pluralBases.find((b) => key.startsWith(`${b}.`));
      const reference = base ? (en as Record<string, string>)[`${base}.other`]! : (en as Record<string, string>)[key]!;
      const want = placeholders(reference).join(', ');
      const got = placeholders(value).join(', ');
      // A plural form may leave out {n} only in English's "1 result"; elsewhere it must show it.
      if (want !== got && !(base && locale === defaultLocale)) problems.push(`${key}: placeholders {${got}} should be {${want}}`);
    }
  }
  const known = new Set(expected);
  for (const key of Object.keys(dictionary))
    if (!known.has(key)) problems.push(`${key}: unknown key (not in en.json, or a plural form ${locale} does not use)`);
  return problems;
}

function checked(locale: Locale, dictionary: Record<string, unknown>): Dictionary {
  const problems = dictionaryProblems(locale, dictionary);
  if (problems.length) throw new Error(`src/i18n/translations/${locale}.json:\n  ${problems.join('\n  ')}`);
  return dictionary as Dictionary;
}

const raw: Record<Locale, Record<string, unknown>> = { en, es, fr, ar, ru, zh };
export const dictionaries: Record<Locale, Dictionary> = Object.fromEntries(locales.map((l) => [l, checked(l, raw[l])])) as Record<Locale, Dictionary>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

export interface Translate {
  (key: UiKey, values?: Record<string, string | number>): string;
  readonly locale: Locale;
  /** The locale's Intl tag, for formatters outside this module (amounts). */
  readonly intl: string;
  /** "1 practice" / "7 practices", in the forms of the locale's language; {n} formatted for it. */
  plural(base: PluralBase, n: number, values?: Record<string, string | number>): string;
  /** The templates of a plural group by category ({ one: '1 result', other: '{n} results' }), for the search script. */
  pluralForms(base: PluralBase): Record<string, string>;
  /** "a, b and c" in the locale's words. */
  list(items: readonly string[]): string;
  /** 12,345 / 12 345 / 12.345, as the locale writes it. */
  number(n: number): string;
  /** A day, written out in the locale ("3 March 2026", "3 de marzo de 2026"). */
  date(d: Date): string;
}

const cache = new Map<Locale, Translate>();

/** The translations of one locale; pass `Astro.currentLocale` (undefined means the default). */
export function useTranslations(localeOrUndefined: string | undefined): Translate {
  const locale = toLocale(localeOrUndefined);
  const cached = cache.get(locale);
  if (cached) return cached;
  const dictionary = dictionaries[locale];
  const intl = localeInfo[locale].intl;
  const numbers = new Intl.NumberFormat(intl);
  const rules = new Intl.PluralRules(intl);
  const lists = new Intl.ListFormat(intl, { type: 'conjunction' });
  const dates = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const t = ((key: UiKey, values: Record<string, string | number> = {}) => fill(dictionary[key]!, values)) as Translate;
  Object.assign(t, {
    locale,
    intl,
    plural: (base: PluralBase, n: number, values: Record<string, string | number> = {}) =>
      fill(dictionary[`${base}.${rules.select(n)}`] ?? dictionary[`${base}.other`]!, { ...values, n: numbers.format(n) }),
    pluralForms: (base: PluralBase) => Object.fromEntries(pluralCategories(locale).map((c) => [c, dictionary[`${base}.${c}`]!])),
    list: (items: readonly string[]) => lists.format(items),
    number: (n: number) => numbers.format(n),
    date: (d: Date) => dates.format(d),
  });
  cache.set(locale, t);
  return t;
}
