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
import { mdxToMdast } from 'satteri';
import {
  articleSchema,
  practiceSchema,
  programmeSchema,
  recommendationSchema,
  serviceAreaNoteSchema,
  sourceSchema,
  themeSchema,
  type EntryCollection,
  type ReferenceFactory,
  type SourceData,
  sitePageSchema,
} from '../schemas/entries';
import { parseLines } from './citations';
import { thesaurusFile } from '../schemas/thesaurus';
import { thesaurusProblems } from './thesaurus';
import { dictionaryProblems } from '../i18n/ui';
import { defaultLocale, isLocale, locales } from '../i18n/locales';
import { taxonomyTranslationProblems } from '../data/taxonomy-translations';

export const practiceSections = ['How it works', 'Results', 'Lessons', 'What to consider to replicate it'] as const;
export const programmeSections = [
  'What it aims at',
  'What it achieved',
  'How it engaged civil society, migrants and communities',
  'Challenges and lessons',
] as const;

/** The "##" sections a body must have, in order: all of `required`, and any of `optional`, nothing else. */
interface SectionRule {
  order: readonly string[];
  required: readonly string[];
}

/**
 * Section rules, decided once per collection (and per origin for practices). Consultation
 * examples are short boxes: they may leave out Results and Lessons when the source gives nothing.
 */
export function sectionRuleFor(collection: string, data: Record<string, unknown>): SectionRule | undefined {
  if (collection === 'practices') {
    const required = data.origin === 'consultation-example' ? [practiceSections[0], practiceSections[3]] : practiceSections;
    return { order: practiceSections, required };
  }
  if (collection === 'programmes') return { order: programmeSections, required: programmeSections.slice(0, 2) };
  if (collection === 'recommendations') return { order: [], required: [] };
  return undefined;
}

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
  themes: () => themeSchema,
};
/** MDX collections that no entry links to: prose pages and service-area notes. */
const proseCollections: Record<ProseCollection, z.ZodType> = {
  articles: articleSchema,
  'service-areas': serviceAreaNoteSchema,
};
type ProseCollection = 'articles' | 'service-areas';
type Collection = EntryCollection | ProseCollection;

const filesIn = (dir: string, extension: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .sort()
    : [];

export interface ContentCheckResult {
  problems: string[];
  counts: Record<Collection | 'sources', number>;
}

/** Every { doc, lines } pair anywhere in an entry's front matter: citations, key figures, budgets... */
function citationsIn(value: unknown, out: { doc: string; lines: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => citationsIn(v, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    if (typeof o.doc === 'string' && typeof o.lines === 'string') out.push({ doc: o.doc, lines: o.lines });
    Object.values(o).forEach((v) => citationsIn(v, out));
  }
  return out;
}

/**
 * The first syntax error of an MDX body as the build's own MDX parser (satteri, behind
 * @astrojs/mdx) reads it, with its line in the body; undefined when the body parses.
 */
function mdxSyntaxError(body: string): { line: number; message: string } | undefined {
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):\d+: ([\s\S]*)$/.exec(text);
    return { line: match ? Number(match[1]) : 1, message: match ? match[2]! : text };
  }
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

  const permanentIds = new Map<string, string>();
  const allCollections = [...Object.keys(entryCollections), ...Object.keys(proseCollections)] as Collection[];
  for (const collection of allCollections) {
    const dir = join(contentDir, collection);
    const schema =
      collection in entryCollections
        ? entryCollections[collection as EntryCollection](existingEntry)
        : proseCollections[collection as ProseCollection];
    for (const name of filesIn(dir, '.mdx')) {
      const file = display(join(dir, name));
      const slug = name.slice(0, -4);
      if (!slugPattern.test(slug)) problems.push(`${file}: file name must be lower-case words joined by hyphens (it becomes the page address)`);
      const parsed = parseMdx(readFileSync(join(dir, name), 'utf8'));
      if ('error' in parsed) {
        problems.push(`${file}: ${parsed.error}`);
        continue;
      }
      const mdxError = mdxSyntaxError(parsed.body);
      if (mdxError) problems.push(`${file}:${parsed.bodyFirstLine + mdxError.line - 1} body: not valid MDX: ${mdxError.message}`);
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        problems.push(...describeIssues(file, parsed, result.error.issues));
        continue;
      }
      const data = result.data as Record<string, unknown>;
      if (typeof data.pid === 'string') {
        const other = permanentIds.get(data.pid);
        if (other)
          problems.push(`${file}:${lineOf(parsed, ['pid']) ?? ''} pid = "${data.pid}": already used by ${other}; permanent ids must be unique`);
        else permanentIds.set(data.pid, file);
      }
      // Every citation in the front matter...
      for (const c of citationsIn(data)) checkCitation(file, c.doc, c.lines);
      // ...and every <Cite /> in the body points at lines that exist.
      const bodyLines = parsed.body.split('\n');
      bodyLines.forEach((line, i) => {
        for (const m of line.matchAll(/<Cite\b([^>]*)\/>/g)) {
          const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!] as const));
          const where = `${file}:${parsed.bodyFirstLine + i}`;
          if (!attrs.doc || !attrs.lines) problems.push(`${where} <Cite>: needs doc="..." and lines="..."`);
          else if (!/^\d+(-\d+)?$/.test(attrs.lines))
            problems.push(`${where} <Cite lines="${attrs.lines}">: must be a line number or range such as "156-172"`);
          else checkCitation(where, attrs.doc, attrs.lines);
        }
      });
      if (bodyLines.some((l) => /^#\s/.test(l))) problems.push(`${file}: body must not have a "#" heading (the page prints the title)`);
      const rule = sectionRuleFor(collection, data);
      if (rule) {
        const headings = bodyLines.filter((l) => /^##\s/.test(l)).map((l) => l.replace(/^##\s+/, '').trim());
        const inOrder = headings.every((h, i) => rule.order.includes(h) && (i === 0 || rule.order.indexOf(h) > rule.order.indexOf(headings[i - 1]!)));
        const missing = rule.required.filter((h) => !headings.includes(h));
        if (!inOrder || missing.length) {
          const optional = rule.order.filter((h) => !rule.required.includes(h));
          problems.push(
            `${file}: body sections are [${headings.join(', ')}]: must be these "##" headings in order: ${rule.order.join(', ') || '(none)'}` +
              (optional.length ? ` (${optional.join(', ')} may be left out)` : ''),
          );
        }
      }
    }
  }

  // The translations: one file per configured locale, each complete (src/i18n/ui.ts and
  // src/data/taxonomy-translations.ts say what complete means), and no file for a locale the
  // site does not have.
  const readJson = (path: string): { data?: unknown; error?: string } => {
    try {
      return { data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
    } catch (error) {
      return { error: `not valid JSON: ${(error as Error).message}` };
    }
  };
  const localeFiles = (
    dir: string,
    what: string,
    check?: (locale: (typeof locales)[number], data: Record<string, unknown>) => string[],
    needEvery = true,
  ) => {
    if (!existsSync(dir)) return;
    const present = new Set<string>();
    for (const name of filesIn(dir, '.json')) {
      const file = display(join(dir, name));
      const locale = name.slice(0, -'.json'.length);
      present.add(locale);
      if (!isLocale(locale)) {
        problems.push(`${file}: "${locale}" is not a configured locale (configured: ${locales.join(', ')}; src/i18n/locales.ts)`);
        continue;
      }
      const parsed = readJson(join(dir, name));
      if (parsed.error) problems.push(`${file}: ${parsed.error}`);
      else if (check) for (const p of check(locale, parsed.data as Record<string, unknown>)) problems.push(`${file}: ${p}`);
    }
    if (needEvery)
      for (const locale of locales.filter((l) => l !== defaultLocale && !present.has(l)))
        problems.push(`${display(join(dir, `${locale}.json`))}: missing: ${what} for locale ${locale}`);
  };
  const themeIds = idsByCollection.themes;
  localeFiles(join(displayRoot, 'src', 'i18n', 'translations'), 'the interface dictionary', (locale, data) => dictionaryProblems(locale, data));
  localeFiles(join(contentDir, 'taxonomies', 'translations'), 'the taxonomy labels', (_, data) => [
    ...taxonomyTranslationProblems(data),
    ...[...themeIds]
      .filter((id) => typeof (data.themes as Record<string, unknown> | undefined)?.[id] !== 'string')
      .map((id) => `themes.${id}: missing (the short title of content/themes/${id}.mdx)`),
    ...Object.keys((data.themes as Record<string, unknown> | undefined) ?? {})
      .filter((id) => !themeIds.has(id))
      .map((id) => `themes.${id}: unknown key (no content/themes/${id}.mdx)`),
  ]);
  localeFiles(join(contentDir, 'glossary'), 'the term glossary', undefined, false);

  // The site's own prose pages: a folder per locale, each page also in English.
  const pagesDir = join(contentDir, 'pages');
  if (existsSync(pagesDir)) {
    const englishPages = new Set(filesIn(join(pagesDir, defaultLocale), '.mdx'));
    for (const folder of readdirSync(pagesDir).toSorted()) {
      if (!isLocale(folder)) {
        problems.push(`${display(join(pagesDir, folder))}: "${folder}" is not a configured locale (configured: ${locales.join(', ')})`);
        continue;
      }
      for (const name of filesIn(join(pagesDir, folder), '.mdx')) {
        const file = display(join(pagesDir, folder, name));
        if (!englishPages.has(name)) problems.push(`${file}: no English page content/pages/${defaultLocale}/${name} to translate from`);
        const parsed = parseMdx(readFileSync(join(pagesDir, folder, name), 'utf8'));
        if ('error' in parsed) {
          problems.push(`${file}: ${parsed.error}`);
          continue;
        }
        const mdxError = mdxSyntaxError(parsed.body);
        if (mdxError) problems.push(`${file}:${parsed.bodyFirstLine + mdxError.line - 1} body: not valid MDX: ${mdxError.message}`);
        const result = sitePageSchema.safeParse(parsed.data);
        if (!result.success) problems.push(...describeIssues(file, parsed, result.error.issues));
        parsed.body.split('\n').forEach((line, i) => {
          for (const m of line.matchAll(/<Cite\b[^>]*doc="(\d{3})"[^>]*lines="([^"]*)"[^>]*\/>/g))
            checkCitation(`${file}:${parsed.bodyFirstLine + i}`, m[1]!, m[2]!);
        });
        // A translation keeps the English page's citations and section anchors, in the same order.
        if (folder !== defaultLocale && englishPages.has(name)) {
          const english = readFileSync(join(pagesDir, defaultLocale, name), 'utf8');
          const cites = (text: string) => [...text.matchAll(/<Cite\b[^>]*\/>/g)].map((m) => m[0].replace(/\s+/g, ' '));
          const anchors = (text: string) => [...text.matchAll(/<H2 id="([^"]*)"/g)].map((m) => m[1]);
          if (cites(parsed.body).join('|') !== cites(english).join('|'))
            problems.push(
              `${file}: its <Cite> tags must be those of content/pages/${defaultLocale}/${name}, in the same order (${cites(english).length} there, ${cites(parsed.body).length} here)`,
            );
          if (anchors(parsed.body).join('|') !== anchors(english).join('|'))
            problems.push(`${file}: its <H2 id> anchors must be those of content/pages/${defaultLocale}/${name}: ${anchors(english).join(', ')}`);
        }
      }
    }
  }

  // The search thesaurus, when the folder has one (the real content does; fixtures may not).
  const thesaurusPath = join(contentDir, 'thesaurus.yaml');
  if (existsSync(thesaurusPath)) {
    const file = display(thesaurusPath);
    const parsed = parseYamlFile(readFileSync(thesaurusPath, 'utf8'));
    if ('error' in parsed) problems.push(`${file}: ${parsed.error}`);
    else {
      const result = thesaurusFile.safeParse(parsed.data);
      if (!result.success) problems.push(...describeIssues(file, parsed, result.error.issues));
      else
        for (const p of thesaurusProblems(result.data)) problems.push(`${file}:${lineOf(parsed, p.path) ?? ''} ${fieldPath(p.path)}: ${p.message}`);
    }
  }

  return {
    problems,
    counts: {
      ...(Object.fromEntries(allCollections.map((c) => [c, filesIn(join(contentDir, c), '.mdx').length])) as Record<Collection, number>),
      sources: sources.size,
    },
  };
}
