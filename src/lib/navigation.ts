/**
 * The site's navigation lists, in one place: the header's main navigation and the browse pages
 * that the search page (and its no-JavaScript fallback) offers, in the page's locale.
 */
import { urlsIn } from './urls';
import { useTranslations } from '../i18n/ui';

export interface NavLink {
  href: string;
  label: string;
}

/** The browse pages: every entry is reachable from these without search. */
export const browsePages = (locale: string | undefined): NavLink[] => {
  const urls = urlsIn(locale);
  const t = useTranslations(locale);
  return [
    { href: urls.practices(), label: t('nav.practices') },
    { href: urls.programmes(), label: t('nav.programmes') },
    { href: urls.recommendations(), label: t('nav.recommendations') },
    { href: urls.objectives(), label: t('nav.objectives') },
    { href: urls.countries(), label: t('nav.countries') },
    { href: urls.serviceAreas(), label: t('nav.serviceAreas') },
    { href: urls.themes(), label: t('nav.themes') },
  ];
};

/** The header's main navigation: the browse pages that fit in a phone's header, then sources and about. */
export const mainNavigation = (locale: string | undefined): NavLink[] => {
  const urls = urlsIn(locale);
  const t = useTranslations(locale);
  return [
    ...browsePages(locale).filter((l) => l.href !== urls.themes()),
    { href: urls.sources(), label: t('nav.sources') },
    { href: urls.about(), label: t('nav.about') },
  ];
};
