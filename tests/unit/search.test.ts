import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyseQuery,
  conceptsToExpand,
  exactQueryOf,
  buildVocabulary,
  correction,
  decodePageTable,
  editDistance,
  encodePageTable,
  entryYear,
  facetCounts,
  matchesFilters,
  mergeRankings,
  parseState,
  sortPages,
  stateToSearch,
  termsOf,
  type Hit,
  type IndexedPage,
} from '../../src/lib/search';
import { parseThesaurus, thesaurusProblems } from '../../src/lib/thesaurus';

const thesaurus = [
  ['undocumented', 'irregular', 'no status', 'without papers'],
  ['asylum seeker', 'refugee', 'displaced'],
  ['city', 'municipal', 'city hall'],
];

describe('analyseQuery', () => {
  it('drops words that carry no meaning and keeps thesaurus phrases whole', () => {
    const concepts = analyseQuery('Office at City Hall where newcomers get advice', thesaurus);
    expect(concepts.map((c) => c.text)).toEqual(['office', 'city hall', 'newcomers', 'advice']);
    expect(concepts[1]!.variants).toEqual([
      { term: 'city hall', weight: 1 },
      { term: 'city', weight: 0.7 },
      { term: 'municipal', weight: 0.7 },
    ]);
  });

  it('matches a phrase that holds stop words, and plurals of a family word', () => {
    expect(analyseQuery('vaccines for people without papers', thesaurus).map((c) => c.text)).toEqual(['vaccines', 'without papers']);
    const refugees = analyseQuery('refugees', thesaurus)[0]!;
    expect(refugees.variants.map((v) => v.term)).toEqual(['refugees', 'asylum seeker', 'displaced']);
    expect(termsOf(analyseQuery('refugees in the city', thesaurus))).toEqual([
      'refugees',
      'asylum seeker',
      'displaced',
      'city',
      'municipal',
      'city hall',
    ]);
  });
});

describe('mergeRankings', () => {
  const concepts = analyseQuery('mental xenophobia', [['xenophobia', 'racism']]);
  const hits = new Map([
    [
      'mental',
      [
        { id: 'a', score: 10 },
        { id: 'b', score: 5 },
        { id: 'c', score: 5 },
        { id: 'd', score: 5 },
      ],
    ],
    [
      'xenophobia',
      [
        { id: 'b', score: 2 },
        { id: 'e', score: 2 },
      ],
    ],
    ['racism', [{ id: 'f', score: 9 }]],
  ]);

  it('ranks pages matching more of the query, and its rarer words, higher', () => {
    const ranked = mergeRankings({ exact: [], concepts, hits, totalPages: 100 });
    expect(ranked[0]).toMatchObject({ id: 'b', matched: 2, exact: false });
    // "xenophobia" is rarer than "mental": e outranks a, though a is mental's best page...
    expect(ranked.map((r) => r.id).indexOf('e')).toBeLessThan(ranked.map((r) => r.id).indexOf('a'));
    // ...and a thesaurus word ("racism") counts less than the word typed.
    expect(ranked.find((r) => r.id === 'f')!.score).toBeLessThan(ranked.find((r) => r.id === 'e')!.score);
  });

  it('ranks the exact results by the same measure, without letting them jump the queue', () => {
    const ranked = mergeRankings({ exact: [{ id: 'd', score: 1 }], concepts, hits, totalPages: 100 });
    expect(ranked.find((r) => r.id === 'd')).toMatchObject({ exact: true });
    // d only mentions "mental"; b matches both words and stays first.
    expect(ranked[0]).toMatchObject({ id: 'b', exact: false });
    expect(ranked).toHaveLength(6);
  });

  it('counts a word more for a page whose title, summary or keywords hold it', () => {
    const withMeta = new Map<string, readonly Hit[]>(hits);
    withMeta.set('mental', [
      { id: 'a', score: 10 },
      { id: 'c', score: 5, inMeta: true },
      { id: 'd', score: 5 },
    ]);
    const ranked = mergeRankings({ exact: [], concepts, hits: withMeta, totalPages: 100 });
    const score = (id: string) => ranked.find((r) => r.id === id)!.score;
    expect(score('c')).toBeGreaterThan(score('d'));
  });

  it('weighs a concept by how rare the word typed is, not its thesaurus words', () => {
    // "xenophobia" itself is on 2 pages; "racism" on many more must not make the concept common.
    const manyRacism = new Map(hits);
    manyRacism.set(
      'racism',
      Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, score: 1 })),
    );
    const ranked = mergeRankings({ exact: [], concepts, hits: manyRacism, totalPages: 100 });
    const ids = ranked.map((r) => r.id);
    expect(ids.indexOf('e')).toBeLessThan(ids.indexOf('a'));
  });
});

describe('what is sent to Pagefind', () => {
  it('sends the exact query without its stop words', () => {
    expect(exactQueryOf('Office at City Hall where newcomers get advice')).toBe('office city hall newcomers advice');
    expect(exactQueryOf('the of and')).toBe('');
  });

  it('splits a hyphenated word no family knows into its parts', () => {
    expect(analyseQuery('attacks on foreign-owned shops', thesaurus).map((c) => c.text)).toEqual(['attacks', 'foreign', 'owned', 'shops']);
  });

  it('expands only the words that found few pages', () => {
    const concepts = analyseQuery('refugees in the city', thesaurus);
    const found: Record<string, number> = { refugees: 3, city: 90 };
    expect(conceptsToExpand(concepts, (term) => found[term] ?? 0).map((c) => c.text)).toEqual(['refugees']);
    // A word without thesaurus words has nothing to expand.
    expect(conceptsToExpand(analyseQuery('harvest', thesaurus), () => 0)).toEqual([]);
  });
});

describe('misspellings', () => {
  const vocabulary = buildVocabulary(['Vaccination of refugees.', 'The refugee camp; vaccination again', 'vacations']);

  it('builds the vocabulary with page counts', () => {
    expect(vocabulary).toEqual([
      ['again', 1],
      ['camp', 1],
      ['refugee', 1],
      ['refugees', 1],
      ['vacations', 1],
      ['vaccination', 2],
    ]);
  });

  it('counts swaps, insertions and deletions, and stops past the limit', () => {
    expect(editDistance('vacination', 'vaccination')).toBe(1);
    expect(editDistance('vaccniation', 'vaccination')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('corrects a word one or two letters off, preferring the closest and most used', () => {
    expect(correction('vacination', vocabulary)).toBe('vaccination');
    expect(correction('refugess', vocabulary)).toBe('refugees');
    expect(correction('vaccination', vocabulary)).toBeUndefined();
    expect(correction('cmp', vocabulary)).toBeUndefined();
  });
});

const pages: IndexedPage[] = [
  { id: 'p1', url: '/practices/a/', title: 'Beta', year: 2019, facets: { Type: ['Practice'], Country: ['Mexico', 'Chile'] } },
  { id: 'p2', url: '/practices/b/', title: 'Alpha', year: 2021, facets: { Type: ['Practice'], Country: ['Chile'] }, summary: 'Clinics.' },
  { id: 'p3', url: '/programmes/c/', title: 'Gamma', facets: { Type: ['Joint programme'], Country: ['Mexico'] } },
];

describe('facets, sorting and the page table', () => {
  it('filters with OR inside a facet and AND across facets', () => {
    expect(pages.filter((p) => matchesFilters(p, { Country: ['Mexico', 'Chile'], Type: ['Practice'] })).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(pages.filter((p) => matchesFilters(p, { Country: ['Mexico'] })).map((p) => p.id)).toEqual(['p1', 'p3']);
  });

  it("counts each facet with the other facets' choices applied, not its own", () => {
    const counts = facetCounts(pages, { Type: ['Practice'] }, ['Type', 'Country']);
    expect(counts.Type).toEqual({ Practice: 2, 'Joint programme': 1 });
    expect(counts.Country).toEqual({ Mexico: 1, Chile: 2 });
  });

  it('sorts by title and by newest', () => {
    expect(sortPages(pages, 'title').map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    expect(sortPages(pages, 'newest').map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    expect(sortPages(pages, 'relevance').map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('encodes and decodes the page table without loss, summaries included', () => {
    expect(decodePageTable(encodePageTable(pages, ['Type', 'Country']))).toEqual(pages);
  });

  it('takes the latest year an entry reports', () => {
    expect(entryYear({ years: { from: 2014, lastReported: 2020 } })).toBe(2020);
    expect(entryYear({ period: { start: 'October 2020', end: '27 October 2022' } })).toBe(2022);
    expect(entryYear({}, '2021-03-31')).toBe(2021);
    expect(entryYear({})).toBeUndefined();
  });
});

describe('the state in the address', () => {
  const facets = [
    { param: 'type', name: 'Type' },
    { param: 'country', name: 'Country' },
  ];
  it('round-trips query, filters, sort and page', () => {
    const state = { q: 'health care', filters: { Type: ['Practice'], Country: ['Mexico', 'Chile'] }, sort: 'title' as const, page: 2 };
    const search = stateToSearch(state, facets);
    expect(search).toBe('?q=health+care&type=Practice&country=Mexico&country=Chile&sort=title&page=2');
    expect(parseState(search, facets)).toEqual(state);
  });

  it('falls back to defaults for what is missing or wrong', () => {
    expect(parseState('?sort=nonsense&page=-3&colour=red', facets)).toEqual({ q: '', filters: {}, sort: 'relevance', page: 1 });
    expect(stateToSearch({ q: ' ', filters: {}, sort: 'relevance', page: 1 }, facets)).toBe('');
  });
});

describe('the thesaurus', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  it('parses the real file', () => {
    const parsed = parseThesaurus(readFileSync(`${root}content/thesaurus.yaml`, 'utf8'));
    expect(parsed.groups.length).toBeGreaterThan(20);
  });
  it('rejects a term in two groups and a group of one term', () => {
    expect(
      thesaurusProblems({
        groups: [
          { name: 'a', terms: ['job', 'work'] },
          { name: 'b', terms: ['work', 'labour'] },
        ],
      }),
    ).toEqual([{ path: ['groups', 1, 'terms', 0], message: '"work" is already in group "a": a term may sit in one group only' }]);
    expect(() => parseThesaurus('groups:\n  - { name: x, terms: [job] }\n')).toThrow(/groups\.0\.terms: a group needs at least two terms/);
  });
});
