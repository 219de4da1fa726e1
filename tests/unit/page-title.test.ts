import { describe, expect, it } from 'vitest';
import { documentTitle, maxTitleLength } from '../../src/lib/page-title';

describe('the text of a page title', () => {
  it('names the site after the page when both fit', () => {
    expect(documentTitle('Objectives', 'Migration Practices')).toBe('Objectives | Migration Practices');
    expect(documentTitle('anything', 'Migration Practices', true)).toBe('Migration Practices');
  });

  it('drops the site name, then cuts at a word with an ellipsis, never past 70 characters', () => {
    const long = 'Partnership between civil society and local governments';
    expect(documentTitle(long, 'Migration Practices')).toBe(long);
    const longer = 'Multi-lingual, age-appropriate COVID-19 information, and adaptation of integration assistance services';
    const title = documentTitle(longer, 'Migration Practices');
    expect(title).toBe('Multi-lingual, age-appropriate COVID-19 information, and adaptation…');
    expect(title.length).toBeLessThanOrEqual(maxTitleLength);
  });
});

describe('a title with an apostrophe', () => {
  it('is measured as the HTML carries it (&#39;)', () => {
    expect(documentTitle("Reaching Home: Canada's Homelessness Strategy", 'Migration Practices')).toBe(
      "Reaching Home: Canada's Homelessness Strategy",
    );
  });
});
