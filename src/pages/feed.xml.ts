/** RSS feed of new and updated entries, newest review first (@astrojs/rss; addresses from `site`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getEntries, getThemes } from '../lib/content';
import { entryType } from '../lib/groupings';
import { urls } from '../lib/urls';
import { useTranslations } from '../i18n/ui';

// The feed is English, like the addresses it lists.
const t = useTranslations(undefined);

export const GET: APIRoute = async (context) => {
  const entries = [
    ...(await getEntries()).map((e) => ({
      title: e.data.title,
      summary: e.data.summary,
      date: e.data.lastReviewed,
      link: urls.entry(e.collection, e.id),
      type: t(`type.${entryType(e)}`),
    })),
    ...(await getThemes()).map((e) => ({
      title: e.data.title,
      summary: e.data.summary,
      date: e.data.lastReviewed,
      link: urls.theme(e.id),
      type: t('feed.theme'),
    })),
    ...(await getArticles()).map((e) => ({
      title: e.data.title,
      summary: e.data.summary,
      date: e.data.lastReviewed,
      link: urls.article(e.id),
      type: t('feed.article'),
    })),
  ].toSorted((a, b) => b.date.getTime() - a.date.getTime() || a.link.localeCompare(b.link));
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    site: context.site!,
    trailingSlash: true,
    items: entries.map((e) => ({ title: e.title, description: e.summary, pubDate: e.date, link: e.link, categories: [e.type] })),
  });
};
