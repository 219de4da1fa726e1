import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { assertBuilt, contentIds, dist, fileFor, htmlPages, pagefindRecords } from '../support/dist';
import { gcmObjectives } from '../../src/data/taxonomies';
import { localeInfo, localeOfPath, localePrefix, locales } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/ui';
import { siteUrl } from '../../src/site-url';

/** Every page exists once per locale: English at the root, the others under /es/, /fr/, ... */
const prefixes = locales.map(localePrefix);

beforeAll(assertBuilt);

// Every entry in content/ is a page and a search record: the folder, the page address.
const indexedCollections: [folder: string, extension: string, page: string][] = [
  ['practices', '.mdx', 'practices'],
  ['programmes', '.mdx', 'programmes'],
  ['recommendations', '.mdx', 'recommendations'],
  ['themes', '.mdx', 'themes'],
  ['articles', '.mdx', 'articles'],
  ['sources', '.yaml', 'sources'],
];
const entryUrls = () => indexedCollections.flatMap(([folder, ext, page]) => contentIds(folder, ext).map((id) => `/${page}/${id}/`));

/** Rows of the open data for a collection, where the site publishes it (dist/data/<page>.json or .csv). */
function openDataIds(page: string): string[] | undefined {
  const json = join(dist, 'data', `${page}.json`);
  const csv = join(dist, 'data', `${page}.csv`);
  if (existsSync(json)) {
    const data = JSON.parse(readFileSync(json, 'utf8'));
    const rows: { id?: string; slug?: string; url?: string }[] = Array.isArray(data) ? data : (data.entries ?? data.rows ?? data[page]);
    return rows.map((r) => r.id ?? r.slug ?? r.url!.split('/').filter(Boolean).pop()!);
  }
  if (existsSync(csv)) {
    const [header, ...lines] = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
    const column = header!.split(',').findIndex((h) => ['id', 'slug'].includes(h.replace(/"/g, '')));
    return lines.map((l) => l.split(',')[column]!.replace(/"/g, ''));
  }
  return undefined;
}

/** Addresses listed in the sitemap, where the site has one (sitemap-*.xml or sitemap.xml). */
function sitemapPaths(): string[] | undefined {
  const files = existsSync(dist) ? readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f) && f !== 'sitemap-index.xml') : [];
  if (!files.length) return undefined;
  return files.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://x').pathname));
}

describe('every content entry', () => {
  // Conservation: entries in content/ = entry pages = Pagefind records = open-data rows = sitemap
  // entries, collection by collection (open data and sitemap where the site publishes them).
  const pages = htmlPages().map((p) => p.url);
  const records = pagefindRecords().map((r) => r.url);
  const sitemap = sitemapPaths();

  const cases = indexedCollections.flatMap(([folder, ext, page]) => locales.map((locale) => [folder, locale, ext, page] as const));
  it.each(cases)('%s in %s: one page, one search record, one sitemap entry each (and one data row)', (folder, locale, ext, page) => {
    const prefix = localePrefix(locale);
    const urls = contentIds(folder, ext).map((id) => `${prefix}/${page}/${id}/`).sort();
    const inCollection = (list: string[]) => list.filter((u) => new RegExp(`^${prefix}/${page}/[^/]+/$`).test(u)).sort();
    expect(inCollection(pages), 'entry pages').toEqual(urls);
    expect(inCollection(records), 'Pagefind records').toEqual(urls);
    // The open data is one dataset, in English, with the English addresses.
    const rows = openDataIds(page);
    if (rows && !prefix) expect(rows.map((id) => `/${page}/${id}/`).sort(), 'open data rows').toEqual(urls);
    if (sitemap) expect(inCollection(sitemap), 'sitemap entries').toEqual(urls);
  });

  it('indexes nothing but entries, each locale in its own index', () => {
    const urls = entryUrls();
    expect(urls.length).toBeGreaterThanOrEqual(12);
    expect(records.toSorted()).toEqual(prefixes.flatMap((p) => urls.map((u) => `${p}${u}`)).toSorted());
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).toSorted()).toEqual(locales.map((l) => localeInfo[l].lang.toLowerCase()).toSorted());
    for (const l of locales) expect(entry.languages[localeInfo[l].lang.toLowerCase()]!.page_count, l).toBe(urls.length);
  });

  it('carries search filters in the language of its index', () => {
    const es = dictionaries.es;
    const thailand = pagefindRecords().find((r) => r.url === '/es/practices/thailand-migrant-friendly-health-services/')!;
    expect(thailand.filters[es['filter.type']!]).toEqual([es['type.practice']]);
    expect(thailand.filters[es['filter.country']!]).toEqual(['Tailandia']);
    expect(Object.keys(thailand.filters)).not.toContain('Country');
  });

  it('carries readable search filters', () => {
    const thailand = pagefindRecords().find((r) => r.url === '/practices/thailand-migrant-friendly-health-services/')!;
    expect(thailand.meta.title).toBe('Migrant-friendly services in Thailand');
    expect(thailand.filters).toMatchObject({
      Type: ['Practice'],
      Country: ['Thailand'],
      Region: ['Asia'],
    });
    expect(thailand.filters['GCM objective']).toContain('15. Access to basic services');
    expect(thailand.filters['Service area']).toContain('Health');
    expect(thailand.filters).toMatchObject({ Origin: ['Numbered practice'], Level: ['National'] });
    expect(Object.keys(thailand.filters).toSorted()).toEqual(['Approach', 'Country', 'GCM objective', 'Level', 'Origin', 'Region', 'Service area', 'Source', 'Target group', 'Type']);
  });
});

describe('every page', () => {
  const pages = htmlPages();

  it('has the language and direction of its locale, and exactly one h1', () => {
    expect(pages.length).toBeGreaterThan(40 * locales.length);
    for (const { url, $ } of pages) {
      const { lang, dir } = localeInfo[localeOfPath(url)];
      expect($('html').attr('lang'), url).toBe(lang);
      expect($('html').attr('dir'), url).toBe(dir);
      expect($('h1').length, url).toBe(1);
      expect($('title').text().trim(), url).not.toBe('');
    }
  });

  it('links only to internal pages and anchors that exist', () => {
    const broken: string[] = [];
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!idsCache.has(file)) {
        const $ = cheerio.load(readFileSync(file, 'utf8'));
        idsCache.set(file, new Set($('[id]').map((_, el) => $(el).attr('id')).get()));
      }
      return idsCache.get(file)!;
    };
    // Chart tables and heat maps repeat the same few hundred links: look each path up once.
    const fileCache = new Map<string, string | undefined>();
    const fileOf = (path: string) => {
      const key = path.split('#')[0]!;
      if (!fileCache.has(key)) fileCache.set(key, fileFor(key));
      return fileCache.get(key);
    };
    for (const { url, file, $ } of pages) {
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^(https?:|mailto:)/.test(href)) return;
        const target = href.startsWith('#') ? url + href : href;
        const targetFile = target.startsWith('/') ? fileOf(target) : undefined;
        if (!targetFile) return void broken.push(`${url} → ${href}`);
        const hash = target.split('#')[1];
        if (hash && !idsOf(targetFile === file ? file : targetFile).has(decodeURIComponent(hash))) broken.push(`${url} → ${href} (no #${hash})`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const external: string[] = [];
    for (const { url, $ } of pages) {
      // Canonical and hreflang links name the site's public address; nothing fetches them.
      $('script[src], link[href]:not([rel="external"]):not([rel="canonical"]):not([rel="alternate"][hreflang]), img[src], iframe[src], source[src], video[src], audio[src]').each((_, el) => {
        const ref = $(el).attr('src') ?? $(el).attr('href')!;
        if (/^(https?:)?\/\//.test(ref)) external.push(`${url}: ${ref}`);
      });
      $('style').each((_, el) => {
        if (/url\((['"]?)(https?:)?\/\//.test($(el).text())) external.push(`${url}: url() in <style>`);
      });
    }
    expect(external).toEqual([]);
  });
});

describe('every locale', () => {
  const pages = htmlPages();
  const english = pages.filter((p) => localeOfPath(p.url) === 'en');
  /** Page types: the first segment of the address after the locale ("practices", "id", "" for home). */
  const typeOf = (url: string) => url.replace(/^\/(es|fr|ar|ru|zh)(?=\/)/, '').split('/')[1] ?? '';

  it.each(locales)('%s: has every page English has, type by type', (locale) => {
    const prefix = localePrefix(locale);
    const own = pages.filter((p) => localeOfPath(p.url) === locale).map((p) => p.url.slice(prefix.length));
    const count = (urls: string[]) => Object.fromEntries([...new Set(urls.map(typeOf))].toSorted().map((t) => [t, urls.filter((u) => typeOf(u) === t).length]));
    expect(count(own)).toEqual(count(english.map((p) => p.url)));
    expect(own.toSorted()).toEqual(english.map((p) => p.url).toSorted());
  });

  it('names the same page in every language (hreflang), and each of those names it back', () => {
    const alternatesOf = new Map(
      pages.map((p) => [p.url, new Map(p.$('link[rel="alternate"][hreflang]').map((_, l) => [[p.$(l).attr('hreflang')!, new URL(p.$(l).attr('href')!).pathname]] as const).get())]),
    );
    let checked = 0;
    for (const { url } of pages) {
      if (/404(\.html)?$/.test(url)) continue;
      const alternates = alternatesOf.get(url)!;
      expect([...alternates.keys()].toSorted(), url).toEqual([...locales.map((l) => localeInfo[l].lang), 'x-default'].toSorted());
      expect(alternates.get(localeInfo[localeOfPath(url)].lang), `${url} names itself`).toBe(url);
      for (const [lang, target] of alternates) {
        expect(fileFor(target), `${url} → ${lang} ${target}`).toBeDefined();
        expect(alternatesOf.get(target)?.get(localeInfo[localeOfPath(url)].lang), `${target} names ${url} back`).toBe(url);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(400 * locales.length);
  });

  it('switches language to the same page, each language named in itself', () => {
    for (const { url, $ } of pages) {
      if (/404(\.html)?$/.test(url)) continue;
      const links = $('.mp-lang a').map((_, a) => ({ href: $(a).attr('href')!, lang: $(a).attr('lang')!, text: $(a).text().trim() })).get();
      expect(links.map((l) => l.lang), url).toEqual(locales.map((l) => localeInfo[l].lang));
      expect(links.map((l) => l.text), url).toEqual(locales.map((l) => localeInfo[l].autonym));
      expect(links.map((l) => localeOfPath(l.href)), url).toEqual([...locales]);
      expect(links.map((l) => l.href.slice(localePrefix(localeOfPath(l.href)).length)), url).toEqual(locales.map(() => url.slice(localePrefix(localeOfPath(url)).length)));
    }
  });

  it('lists every page with its alternates in the sitemap', () => {
    const xml = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    const practice = urls.find((u) => u.includes(`<loc>${siteUrl}/es/practices/mexico-casa-monarca/</loc>`))!;
    expect(practice).toBeDefined();
    for (const l of locales)
      expect(practice).toContain(`hreflang="${localeInfo[l].lang}" href="${siteUrl}${localePrefix(l)}/practices/mexico-casa-monarca/"`);
  });

  it('shows no English interface string outside the parts marked lang="en", on every page of the other locales', () => {
    // The English strings that a translation must have replaced: phrases of two words or more
    // that differ from the locale's own (a short word such as "Regional" may be the same word).
    const en = dictionaries.en as Record<string, string>;
    const leaks: string[] = [];
    for (const locale of locales.filter((l) => l !== 'en')) {
      const own = dictionaries[locale] as Record<string, string>;
      const phrases = [
        ...new Set(
          Object.entries(en)
            .filter(([key, value]) => own[key] !== value)
            .flatMap(([, value]) => value.split(/\{\w+\}/))
            .map((part) => part.trim().replace(/^[\s,.;:()–-]+|[\s,.;:()–-]+$/g, ''))
            .filter((part) => part.split(/\s+/).length >= 2 && part.length >= 10),
        ),
      ];
      for (const { url, file } of pages.filter((p) => localeOfPath(p.url) === locale)) {
        // A fresh copy: the parsed pages are shared with the other tests.
        const $ = cheerio.load(readFileSync(file, 'utf8'));
        // Hidden search-filter values are never shown; a source document's title in them is a name.
        $('[lang="en"], [hidden], script, style, code').remove();
        const text = `${$('body').text()} ${$('[aria-label]').map((_, e) => $(e).attr('aria-label')).get().join(' ')}`.replace(/\s+/g, ' ');
        for (const phrase of phrases) if (text.includes(phrase)) leaks.push(`${url}: "${phrase}"`);
      }
    }
    expect(leaks.slice(0, 40)).toEqual([]);
  });
});

describe('permanent short links', () => {
  it('lead every entry from /id/<pid>/ to its readable page, without JavaScript', () => {
    const collections = ['practices', 'programmes', 'recommendations'];
    let checked = 0;
    for (const collection of collections)
      for (const id of contentIds(collection, '.mdx')) {
        const page = cheerio.load(readFileSync(fileFor(`/${collection}/${id}/`)!, 'utf8'));
        const pid = page('.mp-pid').first().text();
        expect(pid, `${collection}/${id} shows its permanent id`).toMatch(/^(P|R|JP)-/);
        const redirect = cheerio.load(readFileSync(fileFor(`/id/${pid}/`)!, 'utf8'));
        expect(redirect('meta[http-equiv="refresh"]').attr('content'), pid).toBe(`0; url=/${collection}/${id}/`);
        checked++;
      }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});

describe('browsing pages', () => {
  it('has a page for each of the 23 objectives, saying so when empty', () => {
    for (const o of gcmObjectives) expect(existsSync(join(dist, 'objectives', String(o.number), 'index.html')), `objective ${o.number}`).toBe(true);
    // Empty objectives are listed too, and say so (which ones are empty changes as content grows).
    const pages = gcmObjectives.map((o) => cheerio.load(readFileSync(join(dist, 'objectives', String(o.number), 'index.html'), 'utf8')));
    for (const $ of pages) {
      const empty = $('main a[href^="/practices/"], main a[href^="/programmes/"], main a[href^="/recommendations/"]').length === 0;
      if (empty) expect($('main').text()).toContain('No entry in the knowledge base serves this objective yet.');
    }
    const fifteen = cheerio.load(readFileSync(join(dist, 'objectives', '15', 'index.html'), 'utf8'));
    expect(fifteen('main a[href^="/practices/"]').length).toBeGreaterThanOrEqual(7);
  });

  it('has readable country and service area pages', () => {
    expect(fileFor('/countries/tha/')).toBeDefined();
    expect(fileFor('/countries/ecu/')).toBeDefined();
    expect(fileFor('/service-areas/health/')).toBeDefined();
    expect(fileFor('/404.html')).toBeDefined();
  });

  it('gives practice headings stable anchors', () => {
    const $ = cheerio.load(readFileSync(fileFor('/practices/thailand-migrant-friendly-health-services/')!, 'utf8'));
    for (const id of ['at-a-glance', 'how-it-works', 'results', 'lessons', 'what-to-consider-to-replicate-it', 'key-figures', 'sources-and-references', 'related-entries'])
      expect($(`#${id}`).length, id).toBe(1);
  });
});

describe('search records', () => {
  it('hold the entry text without citation labels or heading anchors', () => {
    const thailand = pagefindRecords().find((r) => r.url === '/practices/thailand-migrant-friendly-health-services/')!;
    expect(thailand.content).toContain('One Stop Service');
    expect(thailand.content).not.toMatch(/Source: document 002|\[002 §|Link to this section/);
  });
});

describe('the search page', () => {
  it('preloads only files the build wrote: the hashed index names it hints at are the current ones', () => {
    const search = htmlPages().find((p) => p.url === '/search/')!;
    const hinted = search.$('link[rel="preload"], link[rel="modulepreload"]')
      .map((_, l) => search.$(l).attr('href')!)
      .get();
    expect(hinted).toHaveLength(5);
    expect(hinted.filter((href) => !fileFor(href))).toEqual([]);
  });
});
