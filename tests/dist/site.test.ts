import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { assertBuilt, contentIds, dist, fileFor, htmlPages, pagefindRecords } from '../support/dist';
import { gcmObjectives } from '../../src/data/taxonomies';

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

  it.each(indexedCollections)('%s: one page, one search record, one data row, one sitemap entry each', (folder, ext, page) => {
    const urls = contentIds(folder, ext).map((id) => `/${page}/${id}/`).sort();
    const inCollection = (list: string[]) => list.filter((u) => new RegExp(`^/${page}/[^/]+/$`).test(u)).sort();
    expect(inCollection(pages), 'entry pages').toEqual(urls);
    expect(inCollection(records), 'Pagefind records').toEqual(urls);
    const rows = openDataIds(page);
    if (rows) expect(rows.map((id) => `/${page}/${id}/`).sort(), 'open data rows').toEqual(urls);
    if (sitemap) expect(inCollection(sitemap), 'sitemap entries').toEqual(urls);
  });

  it('indexes nothing but entries', () => {
    const urls = entryUrls();
    expect(urls.length).toBeGreaterThanOrEqual(12);
    expect(records.toSorted()).toEqual(urls.toSorted());
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(urls.length);
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

  it('has a language and exactly one h1', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const { url, $ } of pages) {
      expect($('html').attr('lang'), url).toBe('en');
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
      $('script[src], link[href]:not([rel="external"]), img[src], iframe[src], source[src], video[src], audio[src]').each((_, el) => {
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
