/**
 * Structured data and sharing tags on every page, in every locale: the JSON-LD parses, each node
 * has its type's required properties, and every address in it is this site's and leads to a page
 * (or file) that exists; Open Graph tags name the page, its address and its language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, contentIds, dist, fileFor, htmlPages } from '../support/dist';
import { localeInfo, localeOfPath, locales } from '../../src/i18n/locales';
import { siteUrl } from '../../src/site-url';

beforeAll(assertBuilt);

type Node = Record<string, unknown>;

/** The properties each type must carry here (schema.org's and search engines' guidance, for what this site publishes). */
const required: Record<string, string[]> = {
  WebPage: ['name', 'url', 'inLanguage'],
  WebSite: ['name', 'url', 'inLanguage'],
  Organization: ['name'],
  Article: ['headline', 'url', 'description', 'inLanguage', 'isBasedOn', 'license', 'dateModified', 'publisher'],
  Project: ['name', 'url', 'description', 'identifier', 'funder', 'member', 'isBasedOn', 'license', 'dateModified'],
  Report: ['name', 'url', 'publisher', 'datePublished'],
  DefinedTerm: ['name', 'termCode', 'inDefinedTermSet'],
  DefinedTermSet: ['name', 'url'],
  Country: ['name', 'identifier'],
  CollectionPage: ['name', 'url', 'inLanguage', 'mainEntity'],
  ItemList: ['itemListElement', 'numberOfItems'],
  ListItem: ['position', 'name'],
  BreadcrumbList: ['itemListElement'],
  Dataset: ['name', 'description', 'url', 'license', 'creator', 'keywords', 'distribution'],
  DataDownload: ['encodingFormat', 'contentUrl'],
};

/** Every node of a graph (objects with a @type), nested ones included. */
function nodesOf(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!value || typeof value !== 'object') return [];
  const node = value as Node;
  return [...(node['@type'] ? [node] : []), ...Object.entries(node).flatMap(([key, v]) => (key === '@context' ? [] : nodesOf(v)))];
}

/** Every address in a graph, @context (a vocabulary, not a page) aside. */
function addressesOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key !== '@context' && /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => addressesOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => addressesOf(v, k));
  return [];
}

const pages = () => htmlPages().filter((p) => !/404(\.html)?$/.test(p.url));
const graphOf = (url: string) => {
  const page = htmlPages().find((p) => p.url === url)!;
  const scripts = page.$('script[type="application/ld+json"]');
  return JSON.parse(scripts.first().text()) as { '@context': string; '@graph': Node[] };
};

describe('structured data', () => {
  it('every page has one JSON-LD graph that parses, and every node has its required properties', () => {
    const problems: string[] = [];
    const types = new Set<string>();
    for (const { url, $ } of pages()) {
      const scripts = $('script[type="application/ld+json"]');
      if (scripts.length !== 1) {
        problems.push(`${url}: ${scripts.length} JSON-LD scripts`);
        continue;
      }
      const text = scripts.text();
      if (text.includes('<')) problems.push(`${url}: an unescaped "<" in the JSON-LD`);
      const graph = JSON.parse(text) as { '@context': string; '@graph': Node[] };
      if (graph['@context'] !== 'https://schema.org') problems.push(`${url}: @context ${graph['@context']}`);
      for (const node of nodesOf(graph['@graph'])) {
        const type = String(node['@type']);
        types.add(type);
        // A tagged entry (it has a permanent id) is about its GCM objectives; an empty list has no items.
        const needs = [...(required[type] ?? []), ...(type === 'Article' && node.identifier ? ['about'] : [])].filter(
          (p) => !(type === 'ItemList' && p === 'itemListElement' && node.numberOfItems === 0),
        );
        const missing = needs.filter((p) => node[p] === undefined || node[p] === '' || (Array.isArray(node[p]) && !(node[p] as unknown[]).length));
        if (!required[type]) problems.push(`${url}: a node of type ${type}, which this test does not know`);
        if (missing.length) problems.push(`${url}: ${type} lacks ${missing.join(', ')}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect([...types].toSorted()).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList', 'CollectionPage', 'Dataset', 'DefinedTerm', 'Project', 'Report', 'WebPage']));
  });

  it("every address in it is the site's and leads to a page or file that exists", () => {
    const bad: string[] = [];
    const checked = new Set<string>();
    for (const { url, $ } of pages()) {
      for (const address of addressesOf(JSON.parse($('script[type="application/ld+json"]').text()))) {
        if (checked.has(address)) continue;
        checked.add(address);
        if (!address.startsWith(`${siteUrl}/`)) bad.push(`${url}: ${address} is not on ${siteUrl}`);
        else if (!fileFor(new URL(address).pathname)) bad.push(`${url}: ${address} leads nowhere`);
      }
    }
    expect(checked.size).toBeGreaterThan(1000);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('describes a practice as an article about its GCM objectives, where it happens, from which document', () => {
    const article = graphOf('/es/practices/thailand-migrant-friendly-health-services/')['@graph'].find((n) => n['@type'] === 'Article')!;
    expect(article).toMatchObject({ identifier: 'P-002-03', inLanguage: 'en', url: `${siteUrl}/es/practices/thailand-migrant-friendly-health-services/` });
    const about = article.about as Node[];
    expect(about.map((t) => t.termCode)).toContain('15');
    expect((about[0]!.inDefinedTermSet as Node).url).toBe(`${siteUrl}/es/objectives/`);
    expect((article.spatialCoverage as Node[]).map((c) => [c.identifier, c.name])).toEqual([['THA', 'Tailandia']]);
    expect((article.isBasedOn as Node[])[0]).toMatchObject({ '@type': 'Report', url: `${siteUrl}/es/sources/002/` });
  });

  it('describes a programme as a project funded by the Migration MPTF, with the places it serves and its organisations', () => {
    const project = graphOf('/programmes/south-africa-migrant-integration-social-cohesion/')['@graph'].find((n) => n['@type'] === 'Project')!;
    expect((project.funder as Node).name).toMatch(/Migration MPTF/);
    expect((project.areaServed as Node[]).map((c) => c.identifier)).toEqual(['ZAF']);
    expect((project.member as Node[]).length).toBeGreaterThan(2);
  });

  it('lists a list page\'s entries in order, and its breadcrumbs', () => {
    const graph = graphOf('/fr/countries/tha/')['@graph'];
    const list = graph.find((n) => n['@type'] === 'CollectionPage')!.mainEntity as Node;
    const cards = htmlPages().find((p) => p.url === '/fr/countries/tha/')!.$('main .mp-card h3 a');
    expect(list.numberOfItems).toBe(cards.length);
    expect((list.itemListElement as Node[]).map((i) => new URL(String(i.url)).pathname)).toEqual(cards.map((_, a) => a.attribs.href).get());
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as Node[];
    expect(crumbs.map((c) => new URL(String(c.item)).pathname)).toEqual(['/fr/', '/fr/countries/', '/fr/countries/tha/']);
  });

  it('describes the open data as a dataset with one download per file', () => {
    const dataset = graphOf('/data/')['@graph'].find((n) => n['@type'] === 'Dataset')!;
    const description = String(dataset.description);
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(5000);
    const downloads = dataset.distribution as Node[];
    const collections = ['practices', 'programmes', 'recommendations', 'themes', 'articles', 'sources'];
    expect(downloads).toHaveLength(collections.length * 3);
    for (const d of downloads) expect(existsSync(join(dist, new URL(String(d.contentUrl)).pathname))).toBe(true);
    expect(downloads.map((d) => d.encodingFormat)).toEqual(expect.arrayContaining(['application/json', 'text/csv']));
    expect(contentIds('practices', '.mdx').length).toBeGreaterThan(0);
  });
});

describe('sharing tags', () => {
  it('every page names its title, description, address, language and the other languages (Open Graph)', () => {
    const problems: string[] = [];
    for (const { url, $ } of pages()) {
      const og = (p: string) => $(`meta[property="og:${p}"]`);
      const locale = localeOfPath(url);
      if (!og('title').attr('content') || !og('description').attr('content')) problems.push(`${url}: no og:title or og:description`);
      if (og('url').attr('content') !== $('link[rel="canonical"]').attr('href')) problems.push(`${url}: og:url is not the canonical address`);
      if (og('locale').attr('content') !== localeInfo[locale].ogLocale) problems.push(`${url}: og:locale ${og('locale').attr('content')}`);
      const alternates = og('locale:alternate').map((_, m) => m.attribs.content).get().toSorted();
      if (alternates.join() !== locales.filter((l) => l !== locale).map((l) => localeInfo[l].ogLocale).toSorted().join()) problems.push(`${url}: og:locale:alternate ${alternates.join()}`);
      if ($('meta[name="twitter:card"]').attr('content') !== 'summary') problems.push(`${url}: no twitter:card`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('robots.txt names the sitemap at the site address', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  });
});
