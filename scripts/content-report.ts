/**
 * `npm run content:report`: what the knowledge base holds, counted from content/ (no build):
 * entries by collection, origin, chapter, GCM objective, country and service area, recommendations
 * by theme and kind, and the entries drawn from each section of each source document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseMdx } from '../src/lib/validation';
import { sectionForLines } from '../src/lib/citations';
import { countryByCode } from '../src/data/countries';
import { objectiveByNumber, serviceAreaById, serviceAreas } from '../src/data/taxonomies';
import type { SourceData } from '../src/schemas/entries';

const root = fileURLToPath(new URL('..', import.meta.url));
type Data = Record<string, any>;

function read(collection: string): { id: string; data: Data }[] {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
      return 'error' in parsed ? [] : [{ id: name.slice(0, -4), data: parsed.data as Data }];
    });
}

const count = <T>(items: T[], keys: (item: T) => (string | number)[]) => {
  const out = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) out.set(String(k), (out.get(String(k)) ?? 0) + 1);
  return out;
};
const table = (title: string, counts: Map<string, number>, label: (k: string) => string = (k) => k, order?: string[]) => {
  console.log(`\n## ${title}`);
  const keys = order ?? [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, 'en', { numeric: true }));
  for (const k of keys) console.log(`${String(counts.get(k) ?? 0).padStart(4)}  ${label(k)}`);
};

const practices = read('practices');
const programmes = read('programmes');
const recommendations = read('recommendations');
const entries = [...practices, ...programmes, ...recommendations];
const collections = ['practices', 'programmes', 'recommendations', 'themes', 'articles', 'service-areas'];

console.log('# Content report');
table('Entries by collection', new Map(collections.map((c) => [c, read(c).length])));
table(
  'Practices by origin',
  count(practices, (p) => [p.data.origin]),
);
table(
  'Practices by source and chapter',
  count(practices, (p) => [`${p.data.source.doc} §${p.data.source.section}`]),
);
table(
  'Entries by GCM objective (any link)',
  count(entries, (e) => e.data.gcm.objectives.map((o: any) => o.number)),
  (k) => `${k}. ${objectiveByNumber(Number(k)).shortName}`,
  Array.from({ length: 23 }, (_, i) => String(i + 1)),
);
table(
  'Entries by GCM objective (primary)',
  count(entries, (e) => e.data.gcm.objectives.filter((o: any) => o.primary).map((o: any) => o.number)),
  (k) => `${k}. ${objectiveByNumber(Number(k)).shortName}`,
  Array.from({ length: 23 }, (_, i) => String(i + 1)),
);
table(
  'Entries by country',
  count(entries, (e) => e.data.countries),
  (k) => `${k} ${countryByCode(k).name}`,
);
table('Worldwide entries', new Map([['global: true', entries.filter((e) => e.data.global).length]]));
table(
  'Entries by service area',
  count(entries, (e) => e.data.serviceAreas),
  (k) => serviceAreaById(k).name,
  serviceAreas.map((s) => s.id),
);
table(
  'Recommendations by theme and kind',
  count(recommendations, (r) => [`${r.data.theme} / ${r.data.kind}`]),
  undefined,
);

console.log("\n## Entries per source section (narrowest section holding each entry's source lines)");
for (const name of readdirSync(join(root, 'content/sources'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const source = parse(readFileSync(join(root, 'content/sources', name), 'utf8')) as SourceData;
  const cites = entries.flatMap((e) => (e.data.sources ?? [e.data.source, ...(e.data.alsoIn ?? [])]).filter((s: any) => s.doc === source.id));
  const bySection = count(cites, (s: any) => [sectionForLines(source, s.lines)?.id ?? s.section]);
  console.log(`\n${source.id} ${source.shortTitle}: ${cites.length}`);
  for (const s of source.sections) if (bySection.get(s.id)) console.log(`${String(bySection.get(s.id)).padStart(4)}  §${s.id} ${s.title}`);
}
