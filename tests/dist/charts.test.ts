/**
 * The charts' data tables in the built pages, compared with the content files read here on their
 * own (YAML front matter, not the site's code): a chart cannot drift from the collections.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import YAML from 'yaml';
import { assertBuilt, fileFor, root } from '../support/dist';

beforeAll(assertBuilt);

interface FrontMatter {
  countries?: string[];
  global?: boolean;
  level?: string;
  serviceAreas: string[];
  gcm: { objectives: { number: number }[] };
  theme?: string;
  kind?: string;
  budget?: { agency: string; approved?: { value: number; currency: string }; received?: { value: number; currency: string } }[];
  title: string;
  number?: number;
}
const read = (folder: string) =>
  readdirSync(join(root, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.slice(0, -4), type: folder, data: YAML.parse(readFileSync(join(root, 'content', folder, f), 'utf8').split(/^---$/m)[1]!) as FrontMatter }));
const practices = read('practices');
const programmes = read('programmes');
const recommendations = read('recommendations');
const entries = [...practices, ...programmes, ...recommendations];
const serves = (e: (typeof entries)[number], n: number) => e.data.gcm.objectives.some((o) => o.number === n);
const objectives = Array.from({ length: 23 }, (_, i) => i + 1);
const areaIds = (JSON.parse(readFileSync(join(root, 'content/taxonomies/service-areas.json'), 'utf8')) as { serviceAreas: { id: string }[] }).serviceAreas.map((s) => s.id);

const page = (path: string) => cheerio.load(readFileSync(fileFor(path)!, 'utf8'));
/** The data table of a chart, as { row key: numbers in its cells }. */
function table($: cheerio.CheerioAPI, chart: string): Map<string, number[]> {
  const rows = $(`#${chart} details table tbody tr`).toArray();
  expect(rows.length, `${chart} has a table`).toBeGreaterThan(0);
  return new Map(rows.map((tr) => [$(tr).attr('data-key')!, $(tr).find('td').toArray().map((td) => Number($(td).text().replace(/[^\d.]/g, '')))]));
}

describe('objective coverage (home page and objectives index)', () => {
  it.each(['/', '/objectives/'])('%s: entries per objective and type match the collections', (path) => {
    const rows = table(page(path), 'chart-objectives');
    expect([...rows.keys()]).toEqual(objectives.map(String));
    for (const n of objectives) {
      const counts = [practices, programmes, recommendations].map((list) => list.filter((e) => serves(e, n)).length);
      expect(rows.get(String(n)), `objective ${n}`).toEqual([...counts, counts.reduce((a, b) => a + b, 0)]);
    }
  });
});

describe('service area x objective heat map', () => {
  it.each(['/objectives/', '/service-areas/'])('%s: every cell matches the collections, and filled cells link to a page', (path) => {
    const $ = page(path);
    const rows = table($, 'chart-matrix');
    expect([...rows.keys()]).toEqual(areaIds);
    for (const area of areaIds)
      expect(rows.get(area), area).toEqual(objectives.map((n) => entries.filter((e) => e.data.serviceAreas.includes(area) && serves(e, n)).length));
    const filled = [...rows.values()].flat().filter((n) => n > 0).length;
    const links = $('#chart-matrix svg a').toArray();
    expect(links).toHaveLength(filled);
    for (const a of links) expect(fileFor($(a).attr('href')!), $(a).attr('href')).toBeDefined();
    // Each filled cell opens search with its objective and service area set.
    for (const a of links) expect($(a).attr('href')).toMatch(/^\/search\/\?objective=\d+\.[^&]+&area=./);
  });
});

describe('world map', () => {
  it.each(['/countries/', '/'])('%s shades each country with the number of entries that name it, and counts worldwide entries beside it', (path) => {
    const $ = page(path);
    const rows = table($, 'chart-map');
    const expected = new Map<string, number>();
    for (const e of entries) for (const c of e.data.countries ?? []) expected.set(c, (expected.get(c) ?? 0) + 1);
    expect(new Map([...rows].map(([k, v]) => [k, v.at(-1)]))).toEqual(expected);
    // Each country on the map is a link to its page; small states are dots.
    const hrefs = $('#chart-map svg a').toArray().map((a) => $(a).attr('href')!);
    expect(hrefs.toSorted()).toEqual([...expected.keys()].map((c) => `/countries/${c.toLowerCase()}/`).toSorted());
    for (const href of hrefs) expect(fileFor(href), href).toBeDefined();
    expect($('#chart-map svg circle').length).toBeGreaterThan(0); // Maldives
    const beside = $('#chart-map dd').toArray().map((dd) => Number($(dd).attr('data-count')));
    expect(beside).toEqual([
      entries.filter((e) => e.data.global && !(e.data.countries ?? []).length).length,
      entries.filter((e) => e.data.global && (e.data.countries ?? []).length).length,
      entries.filter((e) => e.data.level === 'regional').length,
    ]);
    expect($('#chart-map').text()).toContain('do not imply official endorsement or acceptance by the United Nations');
  });
});

describe('programme money', () => {
  const usd = (a?: { value: number; currency: string }) => (a?.currency === 'USD' ? a.value : 0);
  it('the programmes index shows received and outstanding US$ per programme, from the budget lines', () => {
    const rows = table(page('/programmes/'), 'chart-money');
    const withBudget = programmes.filter((p) => p.data.budget?.length);
    expect([...rows.keys()].toSorted()).toEqual(withBudget.map((p) => p.id).toSorted());
    for (const p of withBudget) {
      const approved = p.data.budget!.reduce((a, l) => a + usd(l.approved), 0);
      const received = p.data.budget!.reduce((a, l) => a + usd(l.received), 0);
      expect(rows.get(p.id), p.id).toEqual([received, approved - received, approved]);
    }
  });

  it('a programme page shows its budget by agency', () => {
    for (const p of programmes.filter((x) => x.data.budget?.length)) {
      const rows = table(page(`/programmes/${p.id}/`), 'chart-money');
      expect([...rows.values()]).toEqual(p.data.budget!.map((l) => [usd(l.received), usd(l.approved) - usd(l.received), usd(l.approved)]));
    }
  });
});

describe('recommendations by theme and kind', () => {
  it('counts every recommendation once, under its theme and kind', () => {
    const rows = table(page('/recommendations/'), 'chart-recommendations');
    const kinds = ['policy-recommendation', 'cso-support-to-cities', 'cso-direct-service'];
    const themes = read('themes').toSorted((a, b) => a.data.number! - b.data.number!);
    expect([...rows.keys()]).toEqual(themes.map((t) => t.id));
    for (const theme of themes) {
      const counts = kinds.map((k) => recommendations.filter((r) => r.data.theme === theme.id && r.data.kind === k).length);
      expect(rows.get(theme.id), theme.id).toEqual([...counts, counts.reduce((a, b) => a + b, 0)]);
    }
    expect([...rows.values()].reduce((a, r) => a + r.at(-1)!, 0)).toBe(recommendations.length);
  });
});

describe('country strips', () => {
  it("every country page counts its entries per objective and service area", () => {
    const codes = [...new Set(entries.flatMap((e) => e.data.countries ?? []))];
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      const $ = page(`/countries/${code.toLowerCase()}/`);
      const mine = entries.filter((e) => (e.data.countries ?? []).includes(code));
      const byObjective = table($, 'chart-country-objectives');
      expect([...byObjective.values()].map((v) => v[0]), code).toEqual(objectives.map((n) => mine.filter((e) => serves(e, n)).length));
      const byArea = table($, 'chart-country-areas');
      expect(new Map([...byArea].map(([k, v]) => [k, v[0]])), code).toEqual(
        new Map(areaIds.map((a) => [a, mine.filter((e) => e.data.serviceAreas.includes(a)).length] as const).filter(([, n]) => n > 0)),
      );
    }
  });
});

describe('every chart', () => {
  const pages = ['/', '/objectives/', '/service-areas/', '/countries/', '/programmes/', '/recommendations/', '/countries/mex/'];
  it.each(pages)('%s: an image with a title and a finding in words, and no script', (path) => {
    const $ = page(path);
    const charts = $('figure.mp-chart').toArray();
    expect(charts.length).toBeGreaterThan(0);
    for (const figure of charts) {
      const img = $(figure).find('[role="img"]').first();
      const [titleId, descId] = img.attr('aria-labelledby')!.split(' ');
      expect($(`#${titleId}`).text().length, path).toBeGreaterThan(5);
      expect($(`#${descId}`).text(), path).toMatch(/\d/);
      expect($(figure).find('details table th[scope="col"]').length).toBeGreaterThan(0);
    }
    // Charts are drawn at build time: no d3 and no chart script reach the browser.
    for (const s of $('script').toArray()) expect($(s).html() ?? '').not.toMatch(/d3|geoPath|topojson/);
    expect($('script[src*="d3"], script[src*="topojson"]')).toHaveLength(0);
  });

  it('the world map is drawn on the home and countries pages only, not inlined everywhere', () => {
    for (const path of ['/', '/countries/']) expect(page(path).html()).toContain('mp-chart__svg--map');
    for (const path of ['/objectives/', '/countries/mex/', '/practices/', '/service-areas/']) expect(page(path).html()).not.toContain('mp-chart__svg--map');
  });
});
