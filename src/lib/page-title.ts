/**
 * The text of a page's <title>: what a browser tab, a bookmark and a search result show. Kept to
 * 70 characters, past which tabs and results cut it anyway (html-validate's long-title rule);
 * the page's h1 always carries the full title.
 */
export const maxTitleLength = 70;

/** Length as the HTML carries it: the checker counts an escaped apostrophe (&#39;) as five characters. */
const htmlLength = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').length;

export function documentTitle(title: string, siteName: string, isHome = false): string {
  if (isHome) return siteName;
  const withSite = `${title} | ${siteName}`;
  if (htmlLength(withSite) <= maxTitleLength) return withSite;
  if (htmlLength(title) <= maxTitleLength) return title;
  // Cut at the last word boundary that leaves room for the ellipsis.
  let cut = title.slice(0, maxTitleLength - 1);
  while (htmlLength(cut) > maxTitleLength - 1) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxTitleLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
