/**
 * The content check: validates every file in content/ with the same schemas Astro uses, plus the
 * cross-file rules a single schema cannot see (related entries exist, citations point at lines
 * that exist, practice bodies have their sections). It runs before every build
 * (src/integrations/content-check.ts) so that a wrong field stops the build with a message that
 * names the file, the line, the field, the bad value and what is allowed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument, type Document } from 'yaml';
import { practiceSchema, programmeSchema, recommendationSchema, sourceSchema, type EntryCollection, type ReferenceFactory, type SourceData } from '../schemas/entries';
import { parseLines } from './citations';

export const practiceSections = ['How it works', 'Results', 'Lessons', 'What to consider to replicate it'] as const;

interface ParsedFile {
  data: unknown;
  doc: Document;
  /** The YAML text as written: node offsets point into it. */
  yaml: string;
  /** Line of the file on which the YAML text starts (2 for front matter after "---"). */
  yamlFirstLine: number;
  body: string;
  bodyFirstLine: number;
}

/** Split an MDX file into its YAML front matter and body. */
export function parseMdx(text: string): ParsedFile | { error: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { error: 'must start with front matter between two "---" lines' };
  const doc = parseDocument(match[1]!, { prettyErrors: true });
  if (doc.errors.length) return { error: `front matter is not valid YAML: ${doc.errors[0]!.message}` };
  return {
    data: doc.toJS(),
    doc,
    yaml: match[1]!,
    yamlFirstLine: 2,
    body: text.slice(match[0].length),
    bodyFirstLine: match[0].split('\n').length,
  };
}

export function parseYamlFile(text: string): ParsedFile | { error: string } {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) return { error: `not valid YAML: ${doc.errors[0]!.message}` };
  return { data: doc.toJS(), doc, yaml: text, yamlFirstLine: 1, body: '', bodyFirstLine: 1 };
}

/** "gcm.objectives[1].number" from ["gcm", "objectives", 1, "number"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

function show(value: unknown): string {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function lineOf(parsed: ParsedFile, path: readonly PropertyKey[]): number | undefined {
  for (let p = [...path]; p.length; p.pop()) {
    const node = parsed.doc.getIn(p as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return parsed.yamlFirstLine + (parsed.yaml.slice(0, offset).match(/\n/g)?.length ?? 0);
  }
  return undefined;
}

/** One readable line per schema issue: "file:line field = value: what is allowed". */
export function describeIssues(file: string, parsed: ParsedFile, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const at = lineOf(parsed, path);
        return `${file}${at ? `:${at}` : ''} ${fieldPath(path)}: unknown field (check its spelling; see the schema in src/schemas/entries.ts)`;
      });
    }
    const at = lineOf(parsed, issue.path);
    const where = `${file}${at ? `:${at}` : ''}`;
    const field = fieldPath(issue.path) || '(front matter)';
    const value = valueAt(parsed.data, issue.path);
    if (value === undefined) return [`${where} ${field}: missing; ${issue.message}`];
    return [`${where} ${field} = ${show(value)}: ${issue.message}`];
  });
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const entryCollections: Record<EntryCollection, (reference: ReferenceFactory) => z.ZodType> = {
  practices: practiceSchema,
  programmes: programmeSchema,
  recommendations: recommendationSchema,
};

const filesIn = (dir: string, extension: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(extension)).sort() : [];

export interface ContentCheckResult {
  problems: string[];
  counts: Record<EntryCollection | 'sources', number>;
}

/**
 * Check every content file under `contentDir` (the folder holding practices/, sources/, ...).
 * `displayRoot` is what paths in messages are relative to (the project folder).
 */
export function checkContent(contentDir: string, displayRoot = join(contentDir, '..')): ContentCheckResult {
  const problems: string[] = [];
  const display = (path: string) => relative(displayRoot, path);

  // Sources first: citations everywhere are checked against them.
  const sources = new Map<string, SourceData>();
  const sourceDir = join(contentDir, 'sources');
  for (const name of filesIn(sourceDir, '.yaml')) {
    const file = display(join(sourceDir, name));
    const parsed = parseYamlFile(readFileSync(join(sourceDir, name), 'utf8'));
    if ('error' in parsed) {
      problems.push(`${file}: ${parsed.error}`);
      continue;
    }
    const result = sourceSchema.safeParse(parsed.data);
    if (!result.success) problems.push(...describeIssues(file, parsed, result.error.issues));
    else if (`${result.data.id}.yaml` !== name) problems.push(`${file} id = "${result.data.id}": must match the file name (${name})`);
    else sources.set(result.data.id, result.data);
  }

  const idsByCollection = Object.fromEntries(
    (Object.keys(entryCollections) as EntryCollection[]).map((c) => [c, new Set(filesIn(join(contentDir, c), '.mdx').map((f) => f.slice(0, -4)))]),
  ) as Record<EntryCollection, Set<string>>;

  const existingEntry = (collection: EntryCollection) =>
    z.string({ error: `must be the file name (without .mdx) of an entry in content/${collection}/` }).check((ctx) => {
      if (!idsByCollection[collection].has(ctx.value))
        ctx.issues.push({ code: 'custom', input: ctx.value, message: `no such entry in content/${collection}/ (use the file name without .mdx)` });
    });

  const checkCitation = (where: string, doc: string, lines: string) => {
    const source = sources.get(doc);
    if (!source) return problems.push(`${where} cites document "${doc}": no such source (known: ${[...sources.keys()].join(', ')})`);
    const { end } = parseLines(lines);
    if (end > source.lineCount) problems.push(`${where} cites ${doc} lines ${lines}: document ${doc} has ${source.lineCount} lines`);
  };

  for (const collection of Object.keys(entryCollections) as EntryCollection[]) {
    const dir = join(contentDir, collection);
    const schema = entryCollections[collection](existingEntry);
    for (const name of filesIn(dir, '.mdx')) {
      const file = display(join(dir, name));
      const slug = name.slice(0, -4);
      if (!slugPattern.test(slug)) problems.push(`${file}: file name must be lower-case words joined by hyphens (it becomes the page address)`);
      const parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
      if ('error' in parsed) {
        problems.push(`${file}: ${parsed.error}`);
        continue;
      }
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        problems.push(...describeIssues(file, parsed, result.error.issues));
        continue;
      }
      const data = result.data as Record<string, unknown>;
      // Every citation in the front matter...
      const frontMatterCitations: { doc: string; lines: string }[] = [
        ...(data.source ? [data.source as { doc: string; lines: string }] : []),
        ...((data.sources as { doc: string; lines: string }[] | undefined) ?? []),
        ...((data.keyFigures as { cite: { doc: string; lines: string } }[] | undefined) ?? []).map((k) => k.cite),
      ];
      for (const c of frontMatterCitations) checkCitation(file, c.doc, c.lines);
      // ...and every <Cite /> in the body points at lines that exist.
      const bodyLines = parsed.body.split('\n');
      bodyLines.forEach((line, i) => {
        for (const m of line.matchAll(/<Cite\b([^>]*)\/>/g)) {
          const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
          const where = `${file}:${parsed.bodyFirstLine + i}`;
          if (!attrs.doc || !attrs.lines) problems.push(`${where} <Cite>: needs doc="..." and lines="..."`);
          else if (!/^\d+(-\d+)?$/.test(attrs.lines)) problems.push(`${where} <Cite lines="${attrs.lines}">: must be a line number or range such as "156-172"`);
          else checkCitation(where, attrs.doc, attrs.lines);
        }
      });
      if (collection === 'practices') {
        const headings = bodyLines.filter((l) => /^##\s/.test(l)).map((l) => l.replace(/^##\s+/, '').trim());
        if (headings.join('|') !== practiceSections.join('|'))
          problems.push(`${file}: body sections are [${headings.join(', ')}]: must be exactly these "##" headings in order: ${practiceSections.join(', ')}`);
        if (bodyLines.some((l) => /^#\s/.test(l))) problems.push(`${file}: body must not have a "#" heading (the page prints the title)`);
      }
    }
  }

  return {
    problems,
    counts: {
      practices: idsByCollection.practices.size,
      programmes: idsByCollection.programmes.size,
      recommendations: idsByCollection.recommendations.size,
      sources: sources.size,
    },
  };
}
