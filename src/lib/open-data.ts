/**
 * The open dataset: every collection as JSON and CSV, with JSON Schemas generated from the zod
 * schemas (z.toJSONSchema), never written by hand. Pure functions over plain entry data, so tests
 * call them on fixtures; the endpoints under src/pages/data/ and src/pages/api/ only serve them.
 */
import { z } from 'astro/zod';
import {
  articleSchema,
  practiceSchema,
  programmeSchema,
  recommendationSchema,
  sourceSchema,
  themeSchema,
  type ReferenceFactory,
} from '../schemas/entries';

/** How list values are joined in a CSV cell: " | " (a value never contains it; checked on export). */
export const listSeparator = ' | ';

/** Links between entries are exported as the linked entry's id, as written in the content files. */
const idReference: ReferenceFactory = () => z.string();

/** The collections of the dataset, each with its schema as the content files are written. */
export const dataCollections = {
  practices: practiceSchema(idReference),
  programmes: programmeSchema(idReference),
  recommendations: recommendationSchema(idReference),
  themes: themeSchema,
  articles: articleSchema,
  sources: sourceSchema,
} as const;
export type DataCollection = keyof typeof dataCollections;
export const dataCollectionNames = Object.keys(dataCollections) as DataCollection[];

export interface ExportEntry {
  id: string;
  /** The entry's page, as a site path ("/practices/x/"). */
  url: string;
  data: Record<string, unknown>;
}

const isReference = (v: object): v is { id: string; collection: string } =>
  Object.keys(v).length === 2 && 'id' in v && 'collection' in v && typeof (v as { id: unknown }).id === 'string';

/** Entry data as the content files write it: dates as YYYY-MM-DD, links as ids. */
export function exportValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(exportValue);
  if (value && typeof value === 'object') {
    if (isReference(value)) return value.id;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, exportValue(v)]),
    );
  }
  return value;
}

/** The JSON file of a collection: its name, its size and its entries. */
export const jsonFileSchema = (collection: DataCollection) =>
  z.strictObject({
    collection: z.literal(collection),
    count: z.int().min(0),
    entries: z.array(z.strictObject({ id: z.string(), url: z.string(), data: dataCollections[collection] })),
  });

/** JSON Schema of a collection's JSON file, generated from the zod schema the content is checked with. */
export const jsonSchemaOf = (collection: DataCollection) =>
  z.toJSONSchema(jsonFileSchema(collection), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

/** One object in a list, as a short readable cell value. */
function describeItem(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  const o = item as Record<string, unknown>;
  if (typeof o.number === 'number' && 'reason' in o) return `${o.number}${o.primary ? ' (primary)' : ''}`;
  if (typeof o.doc === 'string') return `${o.doc}:${String(o.lines)}`;
  // A section of a source document: its id and lines ("2.1:148-314"), as citations name it.
  if (typeof o.id === 'string' && typeof o.lines === 'string') return `${o.id}:${o.lines}`;
  if ('value' in o && 'counts' in o) return `${String(o.value)} ${String(o.counts)}`;
  if (typeof o.name === 'string') return o.name;
  if (typeof o.title === 'string') return o.title;
  if (typeof o.criterion === 'string') return `${o.criterion}: ${String(o.answer)}`;
  if (typeof o.agency === 'string') return o.agency;
  if (typeof o.url === 'string') return o.url;
  if (typeof o.id === 'string') return o.id;
  return JSON.stringify(exportValue(o));
}

/** A field's cell: scalars as they are, lists joined with the separator. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const v = exportValue(value);
  if (Array.isArray(v)) return v.map(describeItem).join(listSeparator);
  if (v && typeof v === 'object') return describeItem(v);
  return String(v);
}

/**
 * The CSV columns of a collection, from its schema: id and url, then each field; a nested object
 * (gcm, years, source) gives one column per field ("gcm.objectives").
 */
export function csvColumns(collection: DataCollection): string[] {
  const columns = ['id', 'url'];
  for (const [key, field] of Object.entries(dataCollections[collection].shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject && key !== 'cite' && !('doc' in inner.shape))
      columns.push(...Object.keys(inner.shape).map((k) => `${key}.${k}`));
    else if (!columns.includes(key)) columns.push(key);
  }
  return columns;
}
const unwrap = (t: z.ZodType): z.ZodType => (t instanceof z.ZodOptional || t instanceof z.ZodDefault ? unwrap(t.unwrap() as z.ZodType) : t);

const pick = (data: Record<string, unknown>, column: string) =>
  column.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);

/** One row per entry, every column a string. */
export function csvRows(collection: DataCollection, entries: readonly ExportEntry[]): Record<string, string>[] {
  const columns = csvColumns(collection);
  return entries.map((e) => {
    const row = Object.fromEntries(columns.map((c) => [c, c === 'id' ? e.id : c === 'url' ? e.url : cell(pick(e.data, c))]));
    for (const [c, v] of Object.entries(row))
      if (
        c !== 'id' &&
        c !== 'url' &&
        Array.isArray(exportValue(pick(e.data, c))) &&
        (exportValue(pick(e.data, c)) as unknown[]).some((x) => describeItem(x).includes(listSeparator))
      )
        throw new Error(`${collection}/${e.id} ${c}: a value contains the list separator "${listSeparator}": ${v}`);
    return row;
  });
}

/** The zod schema of a CSV row (every column a string; id and url never empty), for its JSON Schema. */
export const csvRowSchema = (collection: DataCollection) =>
  z.strictObject(Object.fromEntries(csvColumns(collection).map((c) => [c, c === 'id' || c === 'url' ? z.string().min(1) : z.string()])));

export const csvSchemaOf = (collection: DataCollection) => z.toJSONSchema(z.array(csvRowSchema(collection)), { target: 'draft-2020-12' });

/** RFC 4180 CSV: every cell quoted, CRLF line ends, a header row. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((line) => line.map(quote).join(',')).join('\r\n') + '\r\n';
}
