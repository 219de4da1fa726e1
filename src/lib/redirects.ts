/**
 * The redirects table: when an entry's readable slug changes, its old address goes into
 * content/redirects.yaml and the build writes a static page there that leads to the new address
 * (Astro's `redirects`, a meta refresh: no JavaScript). Links printed in handouts keep working.
 */
import { localePrefix, locales } from '../i18n/locales';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirects';

const table = fileURLToPath(new URL('../../content/redirects.yaml', import.meta.url));
const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** Whether an entry address ("/practices/x/") has a content file. */
export const entryExists = (path: string, root = contentDir) => {
  const [, collection, id] = path.split('/');
  return existsSync(`${root}${collection}/${id}.mdx`);
};

/**
 * Rows of the table that break a rule, in words: an old address that is again a live entry
 * (its redirect would hide the page), a target that does not exist, an address listed twice.
 */
export function redirectProblems(rows: readonly Redirect[], exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { from, to } of rows) {
    if (seen.has(from)) problems.push(`${from} is listed twice`);
    seen.add(from);
    if (exists(from)) problems.push(`${from} is a live entry again: remove its redirect`);
    if (!exists(to)) problems.push(`${from} leads to ${to}, which is no entry`);
    if (from === to) problems.push(`${from} leads to itself`);
  }
  return problems;
}

let cached: Redirect[] | undefined;

/** The validated table; a wrong row stops the build with the reason. */
export function loadRedirects(file = table, exists: (path: string) => boolean = (p) => entryExists(p)): Redirect[] {
  if (file === table && cached) return cached;
  const parsed = redirectsSchema.safeParse(existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {});
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = redirectProblems(parsed.data.redirects, exists);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  if (file === table) cached = parsed.data.redirects;
  return parsed.data.redirects;
}

/** Astro's `redirects` setting from the table: each old address in every locale leads to the new one in the same locale. */
export const redirectConfig = (rows: readonly Redirect[]) =>
  Object.fromEntries(rows.flatMap((r) => locales.map((l) => [`${localePrefix(l)}${r.from}`, `${localePrefix(l)}${r.to}`] as const)));
