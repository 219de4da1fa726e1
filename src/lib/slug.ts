import GithubSlugger from 'github-slugger';

/** The same ids Astro gives Markdown headings, so anchors match in both places. */
export const slugify = (text: string) => new GithubSlugger().slug(text);
