/**
 * The site's public address: the one setting a deployer changes, from the environment at build
 * time (`SITE_URL=https://… npm run build`). Canonical links, hreflang, the sitemap, robots.txt,
 * the feed, structured data, citations and QR codes all follow it. The default is a placeholder
 * until the site has its real address.
 */
export const placeholderSiteUrl = 'https://migration-practices.example.org';

function siteUrlFrom(value: string | undefined): string {
  if (!value) return placeholderSiteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL = "${value}": expected an absolute address such as https://practices.example.net`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL = "${value}": expected an http or https address`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL = "${value}": expected the site's root address (no path, query or fragment): the pages live at its root`);
  return url.origin;
}

export const siteUrl = siteUrlFrom(process.env.SITE_URL);
