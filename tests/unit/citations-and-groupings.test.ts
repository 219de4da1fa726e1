import { describe, expect, it } from 'vitest';
import { linesLabel, parseLines, sectionAnchor, sectionForLines } from '../../src/lib/citations';
import { entriesByCountry, entriesByObjective, entriesByServiceArea, searchFilters, type EntryFacets } from '../../src/lib/groupings';
import { useTranslations, dictionaries } from '../../src/i18n/ui';
import { fieldPath } from '../../src/lib/validation';

const entry = (id: string, over: Partial<EntryFacets['data']> = {}): EntryFacets => ({
  id,
  data: {
    title: id,
    countries: ['ECU'],
    global: false,
    serviceAreas: ['health'],
    targetGroups: ['refugees'],
    gcm: {
      objectives: [
        { number: 15, primary: true },
        { number: 7, primary: false },
      ],
    },
    source: { doc: '002' },
    ...over,
  },
});

describe('citations', () => {
  it('parse line ranges and single lines', () => {
    expect(parseLines('156-172')).toEqual({ start: 156, end: 172 });
    expect(parseLines('160')).toEqual({ start: 160, end: 160 });
    expect(linesLabel('156-172')).toBe('lines 156–172');
    expect(linesLabel('160')).toBe('line 160');
  });
  it('find the narrowest section holding the lines', () => {
    const source = {
      sections: [
        { id: '2', title: 'Practices', lines: '146-1153' },
        { id: '2.1', title: 'Health', lines: '148-314' },
      ],
    };
    expect(sectionForLines(source, '220')?.id).toBe('2.1');
    expect(sectionForLines(source, '300-320')?.id).toBe('2');
    expect(sectionForLines(source, '10')).toBeUndefined();
    expect(sectionAnchor('2.1')).toBe('section-2-1');
  });
});

describe('groupings', () => {
  const a = entry('b-thailand', { countries: ['THA'], serviceAreas: ['health', 'legal-identity'] });
  const b = entry('a-ecuador', { gcm: { objectives: [{ number: 7, primary: true }] } });

  it('give all 23 objectives, with primary and secondary entries', () => {
    const groups = entriesByObjective([a, b]);
    expect(groups).toHaveLength(23);
    expect(groups[14]!.primary.map((e) => e.id)).toEqual(['b-thailand']);
    expect(groups[6]!.primary.map((e) => e.id)).toEqual(['a-ecuador']);
    expect(groups[6]!.secondary.map((e) => e.id)).toEqual(['b-thailand']);
    expect(groups[0]!.primary).toEqual([]);
  });
  it('group by country and service area', () => {
    expect(entriesByCountry([a, b]).map((g) => g.country.alpha3)).toEqual(['ECU', 'THA']);
    const byArea = entriesByServiceArea([a, b]);
    expect(byArea.find((g) => g.serviceArea.id === 'health')!.entries).toHaveLength(2);
    expect(byArea.find((g) => g.serviceArea.id === 'legal-identity')!.entries).toHaveLength(1);
  });
  it('make Pagefind filters with readable names and values', () => {
    const labels = {
      type: 'Type',
      objective: 'GCM objective',
      country: 'Country',
      region: 'Region',
      serviceArea: 'Service area',
      targetGroup: 'Target group',
      source: 'Source',
      worldwide: 'Worldwide',
    };
    expect(searchFilters(a, 'Practice', (d) => `${d} Promising practices`, labels)).toEqual({
      Type: ['Practice'],
      'GCM objective': ['15. Access to basic services', '7. Reduce vulnerabilities'],
      Country: ['Thailand'],
      Region: ['Asia'],
      'Service area': ['Health', 'Legal identity and documents'],
      'Target group': ['Refugees'],
      Source: ['002 Promising practices'],
    });
  });
});

describe('interface strings', () => {
  it('fill placeholders and plurals from the dictionary', () => {
    const t = useTranslations('en');
    expect(t('objectives.objective', { n: 15 })).toBe('Objective 15');
    expect(t.plural('list.count', 1)).toBe('1 practice');
    expect(t.plural('list.count', 7)).toBe('7 practices');
    expect(Object.keys(dictionaries)).toEqual(['en', 'es', 'fr', 'ar', 'ru', 'zh']);
  });
  it('name fields the way content authors write them', () => {
    expect(fieldPath(['gcm', 'objectives', 1, 'number'])).toBe('gcm.objectives[1].number');
  });
});
