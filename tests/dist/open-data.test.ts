import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as cheerio from 'cheerio';
import { parse as parseBibtex, parseRIS, CSLParser } from 'biblatex-csl-converter';
import { assertBuilt, contentIds, dist, fileFor } from '../support/dist';
import { loadRedirects } from '../../src/lib/redirects';
import { siteUrl } from '../../src/site-url';

beforeAll(assertBuilt);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));
const site = siteUrl;

// The dataset's collections: content folder, file extension.
const collections: [string, string, string][] = [
  ['practices', 'practices', '.mdx'],
  ['programmes', 'programmes', '.mdx'],
  ['recommendations', 'recommendations', '.mdx'],
  ['themes', 'themes', '.mdx'],
  ['articles', 'articles', '.mdx'],
  ['sources', 'sources', '.yaml'],
];

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  it.each(collections)('%s: JSON and CSV have one row per entry and validate against the generated schemas', (name, folder, ext) => {
    const ids = contentIds(folder, ext);
    expect(ids.length).toBeGreaterThan(0);

    const json = readJson(`data/${name}.json`);
    const schema = readJson(`data/${name}.schema.json`);
    expect(schema.$schema).toMatch(/2020-12/);
    const validJson = ajv.compile(schema);
    expect(validJson(json), JSON.stringify(validJson.errors?.slice(0, 3))).toBe(true);
    expect(json.count).toBe(ids.length);
    expect(json.entries.map((e: { id: string }) => e.id).toSorted()).toEqual(ids);

    const rows: Record<string, string>[] = parseCsv(read(`data/${name}.csv`), { columns: true, bom: true });
    expect(rows).toHaveLength(ids.length);
    expect(rows.map((r) => r.id).toSorted()).toEqual(ids);
    const validCsv = ajv.compile(readJson(`data/${name}.csv.schema.json`));
    expect(validCsv(rows), JSON.stringify(validCsv.errors?.slice(0, 3))).toBe(true);
    for (const row of rows) expect(fileFor(row.url!), row.url).toBeDefined();
  });

  it('joins lists in CSV cells with the documented separator', () => {
    const rows: Record<string, string>[] = parseCsv(read('data/practices.csv'), { columns: true });
    const thailand = rows.find((r) => r.id === 'thailand-migrant-friendly-health-services')!;
    expect(thailand.countries).toBe('THA');
    expect(thailand.serviceAreas!.split(' | ')).toContain('health');
    expect(thailand.pid).toBe('P-002-03');
    expect(cheerio.load(read('data/index.html'))('main').text()).toContain('“ | ”');
  });

  it('serves a JSON API file for every entry, and index files', () => {
    const api = readJson('api/index.json');
    for (const [name, folder, ext] of collections) {
      const ids = contentIds(folder, ext);
      const index = readJson(`api/${name}/index.json`);
      expect(index.count, name).toBe(ids.length);
      expect(api.collections.find((c: { name: string }) => c.name === name).count).toBe(ids.length);
      for (const id of ids) expect(readJson(`api/${name}/${id}.json`).id).toBe(id);
    }
    const thailand = readJson('api/practices/thailand-migrant-friendly-health-services.json');
    expect(thailand).toMatchObject({ pid: 'P-002-03', shortUrl: `${site}/id/P-002-03/` });
    expect(thailand.related.length).toBeGreaterThan(0);
    expect(thailand.related.length).toBeLessThanOrEqual(5);
  });
});

const entryPages = () =>
  ['practices', 'programmes', 'recommendations'].flatMap((c) => contentIds(c, '.mdx').map((id) => ({ collection: c, id, url: `/${c}/${id}/` })));

describe('cite this', () => {
  const pids = entryPages().map(({ url }) => cheerio.load(read(`${url.slice(1)}index.html`))('.mp-pid').first().text());

  it('offers APA and Chicago text and three downloads on every entry page', () => {
    for (const { url } of entryPages()) {
      const $ = cheerio.load(read(`${url.slice(1)}index.html`));
      const panel = $('.mp-cite-this');
      expect(panel.length, url).toBe(1);
      expect(panel.find('.mp-cite-this__style--apa .mp-citation').first().text(), url).toContain(`${site}/id/`);
      expect(panel.find('.mp-cite-this__style--chicago .mp-citation').length, url).toBeGreaterThanOrEqual(2);
      expect(panel.find('a[download]').length, url).toBe(3);
    }
  });

  it('BibTeX downloads parse, keyed by permanent id, naming the entry and its source document', () => {
    for (const pid of pids) {
      const result = parseBibtex(read(`cite/${pid}.bib`));
      expect(result.errors, pid).toEqual([]);
      expect(result.warnings, pid).toEqual([]);
      const entries = Object.values(result.entries);
      expect(entries.length, pid).toBeGreaterThanOrEqual(2);
      expect(entries[0]!.entry_key).toBe(pid.replace(/-/g, '_'));
      expect(entries[0]!.fields.url).toBe(`${site}/id/${pid}/`);
    }
  });

  it('RIS downloads parse with their fields whole', () => {
    for (const pid of pids) {
      const result = parseRIS(read(`cite/${pid}.ris`));
      expect(result.errors, pid).toEqual([]);
      const entries = Object.values(result.entries);
      expect(entries.length, pid).toBeGreaterThanOrEqual(2);
      expect(entries[0]!.fields.url).toBe(`${site}/id/${pid}/`);
      // citation-js wraps long lines; the whole note must survive (it names the source document).
      const note = JSON.stringify(entries[0]!.fields.note);
      expect(note, pid).toMatch(/Summarises: .+\(.+, \d{4}\)/);
    }
  });

  // The official CSL-JSON schema (csl-data.json) is not published on npm, so the records are read
  // with an independent CSL-JSON reader and checked against the schema's required fields and types.
  const cslTypes = new Set(['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage']);
  it('CSL-JSON downloads are valid CSL data', () => {
    for (const pid of pids) {
      const items = readJson(`cite/${pid}.json`) as { id: string; type: string; title: string; issued: { 'date-parts': number[][] } }[];
      for (const item of items) {
        expect(typeof item.id, pid).toBe('string');
        expect(cslTypes.has(item.type), `${pid} ${item.type}`).toBe(true);
        expect(item.issued['date-parts'][0]!.every(Number.isInteger), pid).toBe(true);
      }
      const parsed = new CSLParser(Object.fromEntries(items.map((i) => [i.id, i]))).parse();
      expect(Object.keys(parsed), pid).toHaveLength(items.length);
    }
  });
});

describe('feed, sitemap and redirects', () => {
  const contentPages = [...entryPages().map((e) => e.url), ...contentIds('themes', '.mdx').map((id) => `/themes/${id}/`), ...contentIds('articles', '.mdx').map((id) => `/articles/${id}/`)];

  it('the feed lists every entry page', () => {
    const $ = cheerio.load(read('feed.xml'), { xml: true });
    const links = $('item > link').map((_, el) => $(el).text()).get();
    expect(links.toSorted()).toEqual(contentPages.map((p) => site + p).toSorted());
  });

  it('the sitemap lists every entry page and no short link', () => {
    const index = cheerio.load(read('sitemap-index.xml'), { xml: true });
    const locs = index('sitemap > loc').map((_, el) => index(el).text()).get().flatMap((loc: string) => {
      const $ = cheerio.load(read(loc.replace(site + '/', '')), { xml: true });
      return $('url > loc').map((_, el) => $(el).text()).get();
    });
    for (const page of contentPages) expect(locs, page).toContain(site + page);
    expect(locs.filter((l: string) => l.includes('/id/'))).toEqual([]);
  });

  it('every old address in the redirects table leads to a page that exists', () => {
    for (const { from, to } of loadRedirects()) {
      const page = cheerio.load(read(`${from.slice(1)}index.html`));
      const target = page('meta[http-equiv="refresh"]').attr('content')?.split('url=')[1];
      expect(target, from).toBe(to);
      expect(fileFor(to), to).toBeDefined();
    }
  });
});
