import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/validation';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = `${root}tests/fixtures/content`;

describe('the real content', () => {
  it('passes the content check', () => {
    const { problems, counts } = checkContent(`${root}content`, root);
    expect(problems).toEqual([]);
    expect(counts.practices).toBeGreaterThanOrEqual(7);
    expect(counts.sources).toBe(5);
  });
});

describe('bad content fails with the file, line, field, value and what is allowed', () => {
  const { problems } = checkContent(fixtures, root);
  const problemsOf = (name: string) => problems.filter((p) => p.startsWith(`tests/fixtures/content/practices/${name}.mdx`));

  it('accepts the valid fixtures', () => {
    expect(problemsOf('valid-practice')).toEqual([]);
    // A consultation example may leave out Results and Lessons (decided once, in sectionRuleFor).
    expect(problemsOf('short-consultation-example')).toEqual([]);
  });

  it.each([
    [
      'objective-out-of-range',
      /^tests\/fixtures\/content\/practices\/objective-out-of-range\.mdx:12 gcm\.objectives\[1\]\.number = 24: must be 1\.\.23$/,
    ],
    ['unknown-country', /:4 countries\[1\] = "XYZ": must be an ISO 3166-1 alpha-3 country code in capitals, such as ECU/],
    ['lower-case-country', /:4 countries\[0\] = "tha": write it in capitals: THA$/],
    ['unknown-service-area', /:8 serviceAreas\[1\] = "healthcare": must be one of: health, covid-19-response, education/],
    ['missing-title', / title: missing; must be text$/],
    ['misspelled-field', /:3 sumary: unknown field/],
    ['two-primary-objectives', / gcm\.objectives = .*: exactly one objective must be marked primary: true \(found 2\)$/],
    ['unknown-related', /related\[0\] = "no-such-practice": no such entry in content\/practices\//],
    ['cite-past-end', /:29 cites 002 lines 1300-1310: document 002 has 1206 lines$/],
    ['unknown-source', /cites document "009": no such source \(known: 002\)$/],
    [
      'missing-section',
      /body sections are \[How it works, Results, What to consider to replicate it\]: must be these "##" headings in order: How it works, Results, Lessons, What to consider to replicate it$/,
    ],
    ['bad-date', /lastReviewed = "next week": must be a date written YYYY-MM-DD$/],
    ['nowhere', / countries: missing; needs at least one country code, or global: true$/],
    ['wrong-permanent-id', /:23 pid = "P-002-99": must start with P-002-41 \(document, then practice number/],
    ['action-without-objective-15', /gcm\.objective15Actions = \["c"\]: names Objective 15 actions, so objective 15 must be among gcm\.objectives$/],
  ])('%s', (name, expected) => {
    const found = problemsOf(name);
    expect(found, `problems reported for ${name}:\n${found.join('\n')}`).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('reports nothing for files that are not in the fixture set', () => {
    expect(problems.every((p) => p.startsWith('tests/fixtures/content/practices/'))).toBe(true);
  });
});
