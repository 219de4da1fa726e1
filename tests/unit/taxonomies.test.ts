import { describe, expect, it } from 'vitest';
import { gcmObjectives, guidingPrinciples, organisationTypes, regions, serviceAreas, targetGroups } from '../../src/data/taxonomies';
import { countries, countryByCode, isCountryCode } from '../../src/data/countries';

describe('GCM objectives', () => {
  it('are exactly 23, numbered 1..23 in order', () => {
    expect(gcmObjectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });
  it('have unique slugs and the short names of 002 Tab. 1', () => {
    expect(new Set(gcmObjectives.map((o) => o.slug)).size).toBe(23);
    expect(gcmObjectives[14]).toMatchObject({
      number: 15,
      shortName: 'Access to basic services',
      title: 'Provide access to basic services for migrants',
    });
    expect(gcmObjectives[15]!.title).toBe('Empower migrants and societies to realize full inclusion and social cohesion');
  });
});

describe('other taxonomies', () => {
  it('list the 10 guiding principles a..j', () => {
    expect(guidingPrinciples.map((p) => p.letter).join('')).toBe('abcdefghij');
  });
  it.each([
    ['service areas', serviceAreas],
    ['target groups', targetGroups],
    ['organisation types', organisationTypes],
    ['regions', regions],
  ])('%s have unique ids', (_, terms) => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('include the six service areas of 002', () => {
    expect(serviceAreas.map((s) => s.id)).toEqual(
      expect.arrayContaining(['health', 'covid-19-response', 'education', 'vocational-training', 'housing', 'water-and-sanitation']),
    );
  });
});

describe('countries', () => {
  it('come from the ISO list with alpha-2, alpha-3, numeric codes and a known region', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(regions).toContain(c.region);
    }
    expect(new Set(countries.map((c) => c.alpha3)).size).toBe(countries.length);
  });
  it('look up by alpha-3 code', () => {
    expect(countryByCode('THA')).toMatchObject({ name: 'Thailand', alpha2: 'TH', numeric: '764' });
    expect(countryByCode('ECU').region.id).toBe('americas');
    expect(isCountryCode('XYZ')).toBe(false);
    expect(() => countryByCode('XYZ')).toThrow(/unknown country code/);
  });
});
