/**
 * The site's six languages, in one place: astro.config.mjs (routing, sitemap), the layout
 * (lang, dir, switcher), the dictionaries, the taxonomy translations and the tests read them here.
 * English is the default and keeps the addresses printed in handouts (no /en/ prefix).
 */
export const locales = ['en', 'es', 'fr', 'ar', 'ru', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

interface LocaleInfo {
  /** The language named in itself: what the language switcher shows. */
  autonym: string;
  /** `<html lang>` and hreflang: BCP 47. Pagefind builds one index per value. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph's locale form (language_TERRITORY). */
  ogLocale: string;
  /**
   * The tag given to Intl for numbers, dates, plurals and lists. Arabic keeps Latin digits
   * (ar-u-nu-latn): the figures in entries and charts stay those printed in the sources, and
   * the Maghreb and most Arabic sites on the web write them so.
   */
  intl: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { autonym: 'English', lang: 'en', dir: 'ltr', ogLocale: 'en_GB', intl: 'en-GB' },
  es: { autonym: 'Español', lang: 'es', dir: 'ltr', ogLocale: 'es_ES', intl: 'es' },
  fr: { autonym: 'Français', lang: 'fr', dir: 'ltr', ogLocale: 'fr_FR', intl: 'fr' },
  ar: { autonym: 'العربية', lang: 'ar', dir: 'rtl', ogLocale: 'ar_AR', intl: 'ar-u-nu-latn' },
  ru: { autonym: 'Русский', lang: 'ru', dir: 'ltr', ogLocale: 'ru_RU', intl: 'ru' },
  // Simplified Chinese. Pagefind segments Chinese for any zh-* code.
  zh: { autonym: '中文', lang: 'zh-Hans', dir: 'ltr', ogLocale: 'zh_CN', intl: 'zh-Hans' },
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The locale of a page, from Astro.currentLocale (undefined or unknown means the default). */
export const toLocale = (value: string | undefined): Locale => (isLocale(value) ? value : defaultLocale);

/** The address prefix of a locale: '' for English, '/es' for Spanish. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale}`);

/** `getStaticPaths` params for the `[...locale]` segment: undefined builds the English page at the root. */
export const localeParams = (): { locale: string | undefined }[] => locales.map((l) => ({ locale: l === defaultLocale ? undefined : l }));

/** Every locale's static paths for a page type that has its own (e.g. one per entry). */
export function pathsInEveryLocale<P extends Record<string, string | number | undefined>, T = undefined>(
  paths: { params: P; props?: T }[],
): { params: P & { locale: string | undefined }; props: T }[] {
  return localeParams().flatMap(({ locale }) => paths.map((p) => ({ params: { ...p.params, locale }, props: p.props as T })));
}

/**
 * The same page in another locale: swap the locale prefix of an address. Every page exists in
 * every locale, so this is all the language switcher and hreflang need.
 */
export function pathInLocale(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const bare = isLocale(first) && first !== defaultLocale ? `/${rest.join('/')}` : pathname;
  return `${localePrefix(to)}${bare}`;
}

/** Which locale an address belongs to, from its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : defaultLocale;
}

/**
 * The `lang` to put on an entry's own text (title, summary, body, reasons, figures) on a page of
 * `locale`: until entries are translated, their text is English inside a page of another
 * language, and screen readers and Pagefind must know it. Undefined on English pages.
 */
export const entryTextLang = (locale: string | undefined): 'en' | undefined => (toLocale(locale) === defaultLocale ? undefined : 'en');
