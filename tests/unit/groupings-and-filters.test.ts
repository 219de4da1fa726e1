import { describe, expect, it } from 'vitest';
import { entriesByType, entryType, practicesByApproach, recommendationsByKind, sameGround } from '../../src/lib/groupings';
import { matchesFilter } from '../../src/lib/recommendation-filter';
import { sharedReason } from '../../src/lib/related';

const entry = (collection: string, id: string, countries: string[], objectives: number[], serviceAreas: string[]) => ({
  id,
  collection,
  data: {
    title: id,
    countries,
    global: false,
    serviceAreas,
    targetGroups: [],
    gcm: { objectives: objectives.map((number, i) => ({ number, primary: i === 0 })) },
  },
});

describe('groupings across entry types', () => {
  it('splits entries by type in a fixed order', () => {
    const list = [entry('recommendations', 'r', [], [16], ['social-cohesion']), entry('practices', 'p', ['MEX'], [15], ['health'])];
    expect(entriesByType(list).map((g) => g.type)).toEqual(['practice', 'recommendation']);
    expect(() => entryType({ collection: 'themes' })).toThrow(/not an entry collection/);
  });

  it('finds entries on the same ground, with the reason in words', () => {
    const programme = entry('programmes', 'jp', ['MEX', 'CHL'], [16, 15], ['livelihoods-and-decent-work']);
    const candidates = [
      entry('practices', 'same-country-and-objective', ['MEX'], [15], ['health']),
      entry('practices', 'same-country-other-objective', ['MEX'], [5], ['health']),
      entry('practices', 'other-country-same-objective-and-area', ['PRT'], [16], ['livelihoods-and-decent-work']),
      entry('practices', 'nothing-shared', ['THA'], [3], ['health']),
    ];
    const found = sameGround(programme, candidates);
    expect(found.map((f) => f.entry.id)).toEqual(['same-country-and-objective', 'other-country-same-objective-and-area']);
    expect(sharedReason(found[0]!.shared)).toBe('Shares country: Mexico; objective 15');
  });

  it('groups practices by approach and recommendations by kind, in taxonomy order', () => {
    const practices = [
      { data: { title: 'B', approaches: ['one-stop-centres'] } },
      { data: { title: 'A', approaches: ['one-stop-centres', 'last-rights'] } },
    ];
    const groups = practicesByApproach(practices, [{ id: 'last-rights' }, { id: 'one-stop-centres' }, { id: 'unused' }]);
    expect(groups.map((g) => [g.approach.id, g.practices.map((p) => p.data.title)])).toEqual([
      ['last-rights', ['A']],
      ['one-stop-centres', ['A', 'B']],
      ['unused', []],
    ]);
    const recs = [{ data: { kind: 'cso-direct-service' } }, { data: { kind: 'policy-recommendation' } }];
    expect(recommendationsByKind(recs, ['policy-recommendation', 'cso-support-to-cities', 'cso-direct-service']).map((g) => g.kind)).toEqual([
      'policy-recommendation',
      'cso-direct-service',
    ]);
  });
});

describe('the recommendations filter', () => {
  const r = { theme: 'diaspora-engagement', kind: 'policy-recommendation', audience: ['cities', 'civil-society'] };
  it('matches on every chosen facet, and an empty choice means any', () => {
    expect(matchesFilter(r, { theme: '', kind: '', audience: '' })).toBe(true);
    expect(matchesFilter(r, { theme: 'diaspora-engagement', kind: '', audience: 'civil-society' })).toBe(true);
    expect(matchesFilter(r, { theme: 'diaspora-engagement', kind: 'cso-direct-service', audience: '' })).toBe(false);
    expect(matchesFilter(r, { theme: '', kind: '', audience: 'national-authorities' })).toBe(false);
  });
});
