import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import {
  countryStrip,
  mapCounts,
  moneyByAgency,
  moneyByProgramme,
  moneyParts,
  objectiveCoverage,
  objectiveServiceMatrix,
  recommendationsByThemeAndKind,
} from '../../src/lib/chart-data';
import {
  binLabels,
  binOf,
  contrastRatio,
  countBins,
  emptyFill,
  fillFor,
  mapRamp,
  matrixLayout,
  seriesFills,
  seriesText,
  sequential,
  shortUsd,
  stackedBars,
  stripLayout,
  textOn,
  wrapText,
} from '../../src/lib/chart-layout';
import { coverageFinding, mapFinding, matrixFinding, moneyFinding } from '../../src/lib/chart-findings';
import { worldMapLayout } from '../../src/lib/world-map';
import { countryByCode } from '../../src/data/countries';
import { serviceAreas } from '../../src/data/taxonomies';

// Plain entry fixtures: only the fields the charts read.
const entry = (
  collection: string,
  id: string,
  { objectives = [15], areas = ['health'], countries = [] as string[], global = false, level = 'national' } = {},
) => ({
  id,
  collection,
  data: {
    title: id,
    countries,
    global,
    level,
    serviceAreas: areas,
    targetGroups: [],
    gcm: { objectives: objectives.map((number, i) => ({ number, primary: i === 0 })) },
  },
});
const entries = [
  entry('practices', 'a', { objectives: [15, 16], areas: ['health', 'education'], countries: ['MEX'] }),
  entry('practices', 'b', { objectives: [15], areas: ['health'], countries: ['MEX', 'MDV'] }),
  entry('programmes', 'c', { objectives: [7], areas: ['protection'], countries: ['ETH', 'KEN'], level: 'regional' }),
  entry('recommendations', 'd', { objectives: [16], areas: ['social-cohesion'], global: true }),
  entry('practices', 'e', { objectives: [1], areas: ['health'], countries: ['THA'], global: true, level: 'global' }),
];

describe('chart data', () => {
  it('counts entries per objective and type, all 23 objectives with zeros', () => {
    const rows = objectiveCoverage(entries);
    expect(rows).toHaveLength(23);
    expect(rows.find((r) => r.objective.number === 15)).toMatchObject({ total: 2, byType: { practice: 2, programme: 0, recommendation: 0 } });
    expect(rows.find((r) => r.objective.number === 16)).toMatchObject({ total: 2, byType: { practice: 1, programme: 0, recommendation: 1 } });
    expect(rows.find((r) => r.objective.number === 12)!.total).toBe(0);
    expect(coverageFinding(rows)).toMatch(
      /^4 of the 23 objectives have at least one entry; objective 15 \(Access to basic services\) has the most, 2 entries\. No entry yet for objectives 2, 3,/,
    );
  });

  it('crosses service areas with objectives, empty cells kept', () => {
    const m = objectiveServiceMatrix(entries);
    expect(m.rows).toEqual(serviceAreas);
    expect(m.counts).toHaveLength(serviceAreas.length);
    const health = serviceAreas.findIndex((s) => s.id === 'health');
    expect(m.counts[health]![14]).toBe(2); // objective 15
    expect(m.counts[health]![0]).toBe(1); // objective 1
    expect(m.counts.flat().filter((n) => n > 0)).toHaveLength(7);
    expect(matrixFinding(m)).toContain('7 of the 322 pairs');
    expect(matrixFinding(m)).toContain('Health with objective 15, Access to basic services: 2 entries');
  });

  it('shades countries as their pages list them, and keeps worldwide entries off the map', () => {
    const counts = mapCounts(entries);
    expect(counts.countries.map((c) => [c.country.alpha3, c.count])).toEqual([
      ['MEX', 2],
      ['ETH', 1],
      ['KEN', 1],
      ['MDV', 1],
      ['THA', 1],
    ]);
    expect(counts.worldwideOnly).toEqual({ practice: 0, programme: 0, recommendation: 1 });
    expect(counts.worldwideWithExamples).toBe(1);
    expect(counts.regional).toBe(1);
    expect(mapFinding(counts)).toBe(
      '5 countries have at least one entry; the most are in Mexico (2 entries). 1 worldwide entries name no country and are counted beside the map.',
    );
  });

  it('adds up programme money from the budget lines, in US$', () => {
    const usd = (value: number) => ({ value, currency: 'USD' });
    const budget = [
      { agency: 'IOM', approved: usd(1000), received: usd(700) },
      { agency: 'UNDP', approved: usd(500.5), received: usd(500.5) },
      { agency: 'X', approved: { value: 9, currency: 'EUR' } },
    ];
    expect(moneyByAgency(budget).map((r) => [r.label, r.approved, r.received])).toEqual([
      ['IOM', 1000, 700],
      ['UNDP', 500.5, 500.5],
      ['X', 0, 0],
    ]);
    const rows = moneyByProgramme([
      { id: 'p', data: { title: 'P', budget } },
      { id: 'q', data: { title: 'Q', budget: [] } },
    ]);
    expect(rows).toEqual([{ id: 'p', label: 'P', approved: 1500.5, received: 1200.5 }]);
    expect(moneyParts(rows[0]!)).toEqual({ received: 1200.5, outstanding: 300 });
    // More received than approved: the bar is all "received", nothing outstanding.
    expect(moneyParts({ id: 'x', label: 'x', approved: 10, received: 12 })).toEqual({ received: 10, outstanding: 2 - 2 });
    expect(moneyFinding(rows, 2)).toBe(
      '1 of 2 programmes print a budget by agency: US$ 1,500.50 approved and US$ 1,200.50 received (80% of the approved budget).',
    );
  });

  it('counts recommendations per theme and kind', () => {
    const themes = [
      { id: 't1', data: { number: 1, shortTitle: 'One' } },
      { id: 't2', data: { number: 2, shortTitle: 'Two' } },
    ];
    const recs = [
      { data: { theme: { id: 't1' }, kind: 'policy' } },
      { data: { theme: { id: 't1' }, kind: 'direct' } },
      { data: { theme: { id: 't1' }, kind: 'policy' } },
    ];
    const rows = recommendationsByThemeAndKind(recs, themes, ['policy', 'direct'] as const);
    expect(rows.map((r) => [r.theme.id, r.byKind, r.total])).toEqual([
      ['t1', { policy: 2, direct: 1 }, 3],
      ['t2', { policy: 0, direct: 0 }, 0],
    ]);
  });

  it("builds a country's strip over all objectives and service areas", () => {
    const strip = countryStrip(entries.slice(0, 2));
    expect(strip.objectives).toHaveLength(23);
    expect(strip.objectives.filter((o) => o.count > 0).map((o) => [o.objective.number, o.count])).toEqual([
      [15, 2],
      [16, 1],
    ]);
    expect(strip.serviceAreas).toHaveLength(serviceAreas.length);
    expect(strip.serviceAreas.find((s) => s.serviceArea.id === 'health')!.count).toBe(2);
  });
});

describe('chart layout', () => {
  it('stacks bars from zero, prints values only where they fit, and keeps zero rows', () => {
    const layout = stackedBars(
      [
        { key: 'a', label: 'A', values: [30, 10, 0] },
        { key: 'b', label: 'B', values: [0, 0, 0] },
        { key: 'c', label: 'C', values: [1, 0, 1] },
      ],
      3,
      { width: 320, totalWidth: 34 },
    );
    const [a, b, c] = layout.rows;
    expect(a!.segments.map((s) => [s.series, s.x, Math.round(s.width)])).toEqual([
      [0, 0, 215],
      [1, 214.5, 72],
    ]);
    expect(a!.segments[0]!.x + a!.segments[0]!.width + a!.segments[1]!.width).toBeCloseTo(286);
    expect(a!.totalX).toBeCloseTo(290);
    expect(b!.segments).toEqual([]);
    expect(b!.total).toBe(0);
    expect(c!.segments.map((s) => s.showLabel)).toEqual([false, false]);
    expect(a!.segments.every((s) => s.showLabel)).toBe(true);
    // Rows are stacked downwards without overlap.
    expect(b!.labelY).toBeGreaterThan(a!.barY + layout.barHeight);
    expect(layout.height).toBeGreaterThan(c!.barY + layout.barHeight - 1);
  });

  it('wraps long labels, with an ellipsis past the last line', () => {
    expect(wrapText('Short', 320, 11)).toEqual(['Short']);
    const lines = wrapText('UN Pilot Project for Strengthening Migrant Integration and Social Cohesion in South Africa', 200, 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= Math.floor(200 / (11 * 0.58)))).toBe(true);
  });

  it('bins counts (1, 2, 3–4, 5–8, 9+) and shades empty cells white', () => {
    expect(countBins(0)).toEqual([]);
    expect(countBins(2)).toEqual([1, 2]);
    expect(countBins(41)).toEqual([1, 2, 3, 5, 9]);
    expect(binLabels([1, 2, 3, 5, 9], 41)).toEqual(['1', '2', '3–4', '5–8', '9–41']);
    expect(binOf(0, [1, 2, 3])).toBe(-1);
    expect(binOf(4, [1, 2, 3, 5])).toBe(2);
    expect(fillFor(0, [1, 2])).toBe(emptyFill);
    expect(fillFor(1, [1, 2, 3, 5, 9])).toBe(sequential[0]);
    expect(fillFor(40, [1, 2, 3, 5, 9])).toBe(sequential[4]);
    // With two bins the shades are the ends of the ramp, so they differ clearly.
    expect([fillFor(1, [1, 2]), fillFor(2, [1, 2])]).toEqual([sequential[0], sequential[4]]);
  });

  it('prints every value in a colour that passes WCAG AA contrast on its fill', () => {
    for (const fill of [...sequential, ...mapRamp, emptyFill]) expect(contrastRatio(fill, textOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    seriesFills.forEach((fill, i) => {
      if (fill !== 'hatch') expect(contrastRatio(fill, seriesText(i)), fill).toBeGreaterThanOrEqual(4.5);
    });
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    // Map shades stand out from the pale empty land (non-text contrast for the first shade is helped by the dark outline).
    expect(contrastRatio(mapRamp[0], '#eef0f3')).toBeGreaterThan(1.5);
  });

  it('lays out a heat map and a wrapped strip', () => {
    const m = matrixLayout(
      [
        [0, 1],
        [3, 0],
      ],
      { cell: 20, labelWidth: 100, headerHeight: 20 },
    );
    expect([m.width, m.height]).toEqual([140, 60]);
    expect(m.cells.map((c) => [c.x, c.y, c.count])).toEqual([
      [100, 20, 0],
      [120, 20, 1],
      [100, 40, 3],
      [120, 40, 0],
    ]);
    expect(m.cells[0]!.fill).toBe(emptyFill);
    const s = stripLayout(
      Array.from({ length: 23 }, (_, i) => i % 3),
      { perRow: 12, cell: 26 },
    );
    expect(s.width).toBe(312);
    expect(s.cells[12]!.x).toBe(0);
    expect(s.cells[12]!.y).toBeGreaterThan(s.cells[11]!.y);
  });

  it('shortens US$ amounts for inside bars', () => {
    expect(shortUsd(2565570)).toBe('US$ 2.6M');
    expect(shortUsd(770000)).toBe('US$ 770k');
    expect(shortUsd(25_000_000)).toBe('US$ 25M');
    expect(shortUsd(1_000_000)).toBe('US$ 1M');
  });
});

describe('world map', () => {
  const places = ['MEX', 'MDV', 'THA', 'FRA'].map(countryByCode);
  const map = worldMapLayout(topology as unknown as Topology, places, 960);

  it('draws countries with entries as their own shapes, matched by ISO numeric id', () => {
    expect(map.shapes.map((s) => s.numeric).toSorted()).toEqual(['250', '484', '764']);
    for (const s of map.shapes) expect(s.d).toMatch(/^M\d/);
    expect(map.background.length).toBeGreaterThan(10_000);
  });

  it('puts states too small for the 110m file as dots at their coordinates, inside the frame', () => {
    expect(map.dots).toHaveLength(1);
    const maldives = map.dots[0]!;
    expect(maldives.numeric).toBe('462');
    // Just north of the equator, south-west of India: lower half, right of centre.
    expect(maldives.x).toBeGreaterThan(600);
    expect(maldives.x).toBeLessThan(720);
    expect(maldives.y).toBeGreaterThan(map.height / 2);
    expect(maldives.y).toBeLessThan(map.height * 0.6);
  });

  it('fits the world (without Antarctica) to the width, with integer coordinates', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(380);
    expect(map.height).toBeLessThan(480);
    expect(map.background).not.toMatch(/\d\.\d/);
  });
});
