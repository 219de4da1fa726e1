/**
 * `npm run check:citations`: every key figure, budget amount and dated figure in content/ must be
 * printed within the source lines it cites. Sources are read from $SOURCES_DIR (default
 * ../shared/sources). Without them the check is skipped with a notice, except under CI=true,
 * where a missing folder fails: CI must check what it lands.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseMdx } from '../src/lib/validation';
import { figureProblem } from '../src/lib/figure-check';
import { parseLines } from '../src/lib/citations';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcesDir = resolve(root, process.env.SOURCES_DIR ?? '../shared/sources');
if (!existsSync(sourcesDir)) {
  const message = `check:citations: no source folder at ${sourcesDir} (set SOURCES_DIR)`;
  if (process.env.CI === 'true') {
    console.error(`${message}: failing, because CI=true`);
    process.exit(1);
  }
  console.warn(`${message}: skipped`);
  process.exit(0);
}

const sourceLines = new Map<string, string[]>();
for (const name of readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.yaml'))) {
  const meta = parse(readFileSync(join(root, 'content/sources', name), 'utf8')) as { id: string; file: string };
  sourceLines.set(meta.id, readFileSync(join(sourcesDir, meta.file), 'utf8').split('\n'));
}
const cited = (doc: string, lines: string) => {
  const { start, end } = parseLines(lines);
  return (sourceLines.get(doc) ?? []).slice(start - 1, end).join('\n');
};

interface Cite {
  doc: string;
  lines: string;
}
type Figure = { what: string; value: string | number; cite: Cite };

/** The figures of one entry's front matter that must be printed in their sources. */
function figuresOf(data: Record<string, any>): Figure[] {
  const figures: Figure[] = [];
  for (const [i, k] of (data.keyFigures ?? []).entries()) figures.push({ what: `keyFigures[${i}].value`, value: k.value, cite: k.cite });
  for (const [i, b] of (data.budget ?? []).entries()) {
    if (b.approved) figures.push({ what: `budget[${i}].approved`, value: b.approved.value, cite: b.cite });
    if (b.received) figures.push({ what: `budget[${i}].received`, value: b.received.value, cite: b.cite });
  }
  const totals = data.budgetTotals;
  if (totals?.approved) figures.push({ what: 'budgetTotals.approved', value: totals.approved.value, cite: totals.cite });
  if (totals?.received) figures.push({ what: 'budgetTotals.received', value: totals.received.value, cite: totals.cite });
  for (const [i, ind] of (data.indicators ?? []).entries())
    for (const key of ['baseline', 'target', 'progress'])
      if (ind[key] && /\d/.test(ind[key])) figures.push({ what: `indicators[${i}].${key}`, value: ind[key], cite: ind.cite });
  return figures;
}

const problems: string[] = [];
let checked = 0;
for (const collection of ['practices', 'programmes', 'articles']) {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
    if ('error' in parsed) continue; // the content check reports it
    for (const f of figuresOf(parsed.data as Record<string, any>)) {
      checked++;
      const problem = figureProblem(f.value, cited(f.cite.doc, f.cite.lines));
      if (problem) problems.push(`content/${collection}/${name} ${f.what} (${f.cite.doc} lines ${f.cite.lines}): ${problem}`);
    }
  }
}
for (const p of problems) console.error(`- ${p}`);
console.log(`check:citations: ${checked} figures checked against ${sourcesDir}, ${problems.length} not found`);
process.exit(problems.length ? 1 : 0);
