import { describe, expect, it } from 'vitest';
import { relatedEntries, type LinkedFacets } from '../../src/lib/related';
import { csvColumns, csvRows, csvRowSchema, exportValue, jsonFileSchema, listSeparator, toCsv } from '../../src/lib/open-data';
import { dateParts, entryCsl } from '../../src/lib/cite-entry';
import { unwrapRis } from '../../src/lib/cite-formats';
import { redirectProblems } from '../../src/lib/redirects';

const entry = (collection: string, id: string, over: Partial<LinkedFacets['data']> = {}): LinkedFacets => ({
  id,
  collection,
  data: {
    title: id,
    countries: [],
    global: false,
    serviceAreas: ['health'],
    targetGroups: [],
    gcm: { objectives: [{ number: 15, primary: true }] },
    ...over,
  },
});

describe('related entries', () => {
  const self = entry('practices', 'self', { countries: ['MEX'], related: [{ id: 'linked' }] });
  const candidates = [
    self,
    entry('practices', 'linked', { serviceAreas: ['housing'], gcm: { objectives: [{ number: 2, primary: true }] } }),
    entry('programmes', 'same-country', { countries: ['MEX'] }),
    entry('recommendations', 'same-area'),
    entry('practices', 'objective-only', { serviceAreas: ['education'] }),
    ...Array.from({ length: 6 }, (_, i) => entry('practices', `more-${i}`)),
  ];

  it('puts explicit links first, then most in common, at most five, never the entry itself', () => {
    const found = relatedEntries(self, candidates);
    expect(found).toHaveLength(5);
    expect(found.map((r) => r.entry.id).slice(0, 2)).toEqual(['linked', 'same-country']);
    expect(found.map((r) => r.entry.id)).not.toContain('self');
    expect(found.map((r) => r.entry.id)).not.toContain('objective-only');
  });

  it('says why each is related', () => {
    const [linked, country] = relatedEntries(self, candidates);
    expect(linked!.reason).toBe('Linked in the content');
    expect(country!.reason).toBe('Shares country: Mexico; objective 15; service area: Health');
  });

  it('sees links in both directions and from recommendations to the practices that show them', () => {
    const rec = entry('recommendations', 'rec', { serviceAreas: ['housing'], relatedPractices: [{ id: 'self' }] });
    expect(relatedEntries(self, [rec]).map((r) => r.reason)).toEqual(['Linked in the content; shares objective 15']);
    expect(relatedEntries(rec, [self]).map((r) => r.entry.id)).toEqual(['self']);
  });
});

describe('open data', () => {
  const data = {
    title: 'A practice',
    summary: 'What it does.',
    countries: ['ECU', 'PER'],
    global: false,
    cities: [],
    gcm: {
      objectives: [
        { number: 15, primary: true, reason: 'why' },
        { number: 7, primary: false, reason: 'why' },
      ],
      principles: [],
      objective15Actions: [],
    },
    serviceAreas: ['health'],
    targetGroups: [],
    keywords: [],
    references: [],
    related: [{ id: 'other', collection: 'practices' }],
    lastReviewed: new Date('2026-11-02'),
    pid: 'P-002-03',
    origin: 'numbered-practice',
    approaches: [],
    themes: [],
    level: 'national',
    organisations: [{ name: 'Ministry', type: 'national-government' }],
    keyFigures: [],
    source: { doc: '002', section: '2.1', lines: '220-226', practice: 3 },
    alsoIn: [],
  };

  it('exports data as the content files write it: dates as days, links as ids', () => {
    expect(exportValue(data)).toMatchObject({ lastReviewed: '2026-11-02', related: ['other'] });
  });

  it('writes one CSV row per entry with lists joined by the separator', () => {
    const rows = csvRows('practices', [{ id: 'a-practice', url: '/practices/a-practice/', data }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'a-practice',
      countries: `ECU${listSeparator}PER`,
      'gcm.objectives': `15 (primary)${listSeparator}7`,
      source: '002:220-226',
      related: 'other',
    });
    expect(csvRowSchema('practices').safeParse(rows[0]).success).toBe(true);
    expect(toCsv(['id', 'title'], [{ id: 'x', title: 'say "hi", then go' }])).toBe('"id","title"\r\n"x","say ""hi"", then go"\r\n');
  });

  it('refuses a list value that contains the separator', () => {
    const bad = { ...data, keywords: [`a${listSeparator}b`] };
    expect(() => csvRows('practices', [{ id: 'x', url: '/practices/x/', data: bad }])).toThrow(/list separator/);
  });

  it('describes the JSON file with the content schema', () => {
    const file = { collection: 'practices', count: 1, entries: [{ id: 'x', url: '/practices/x/', data: exportValue(data) }] };
    const result = jsonFileSchema('practices').safeParse(file);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(csvColumns('sources').filter((c) => c === 'id')).toHaveLength(1);
  });
});

describe('citations', () => {
  it('cite the entry at its short link, and the documents it summarises, without an access date', () => {
    const items = entryCsl(
      { pid: 'R-003-2-05', title: 'A recommendation', lastReviewed: new Date('2026-11-02') },
      [{ id: '003', title: 'Report', publisher: 'Forum', date: '2016-07-19', kind: 'consultation-synthesis' }],
      'Migration Practices',
      'https://x.example/id/R-003-2-05/',
    );
    expect(items[0]).toMatchObject({
      'citation-key': 'R_003_2_05',
      'container-title': 'Migration Practices',
      URL: 'https://x.example/id/R-003-2-05/',
      issued: { 'date-parts': [[2026, 11]] },
    });
    expect(items[0]!.note).toBe('Summarises: Report (Forum, 2016)');
    expect(items[1]).toMatchObject({ id: 'doc-003', type: 'report', author: [{ literal: 'Forum' }], issued: { 'date-parts': [[2016, 7]] } });
    expect(items.some((i) => 'accessed' in i)).toBe(false);
    expect(dateParts('2022')).toEqual({ 'date-parts': [[2022]] });
  });

  it('joins RIS lines that citation-js wrapped', () => {
    expect(unwrapRis('TY  - RPRT\nAU  - UN Network, Working Group (co-led b\ny WHO)\nER  - \n')).toBe(
      'TY  - RPRT\r\nAU  - UN Network, Working Group (co-led by WHO)\r\nER  - \r\n',
    );
  });
});

describe('redirects table', () => {
  const live = new Set(['/practices/new/']);
  const exists = (p: string) => live.has(p);
  it('accepts an old address that leads to a live entry', () => {
    expect(redirectProblems([{ from: '/practices/old/', to: '/practices/new/', changed: '2026-11-23' }], exists)).toEqual([]);
  });
  it('refuses a target that is no entry, an old address that is live again, and duplicates', () => {
    const problems = redirectProblems(
      [
        { from: '/practices/old/', to: '/practices/gone/', changed: '2026-11-23' },
        { from: '/practices/new/', to: '/practices/new/', changed: '2026-11-23' },
        { from: '/practices/old/', to: '/practices/new/', changed: '2026-11-23' },
      ],
      exists,
    );
    expect(problems.join('\n')).toMatch(/gone\/, which is no entry/);
    expect(problems.join('\n')).toMatch(/live entry again/);
    expect(problems.join('\n')).toMatch(/listed twice/);
  });
});
