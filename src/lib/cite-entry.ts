/**
 * "Cite this": the CSL-JSON records of an entry, from its data. Pure (no citation library here),
 * so tests check the records on fixtures; src/lib/cite-formats.ts renders them into APA,
 * Chicago, BibTeX and RIS with citation-js.
 */

/** A CSL-JSON item: the subset of the CSL data schema this site writes. */
export interface CslItem {
  id: string;
  /** Also the BibTeX key, so only letters, digits and underscores: P_002_03. */
  'citation-key': string;
  type: 'entry-encyclopedia' | 'report' | 'pamphlet' | 'dataset';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  publisher?: string;
  issued: { 'date-parts': [number, number?, number?][] };
  URL?: string;
  note?: string;
  number?: string;
}

export interface CitableEntry {
  pid: string;
  title: string;
  lastReviewed: Date;
}

export interface CitableSource {
  id: string;
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as in content/sources/. */
  date: string;
  kind: string;
}

/**
 * "2022-01" → [[2022, 1]]: CSL date parts, year and month at most: BibTeX has no day, and
 * citation-js would write an invalid month ("feb 6") for a full date.
 */
export const dateParts = (date: string): CslItem['issued'] => ({
  'date-parts': [date.split('-').slice(0, 2).map(Number) as [number, number?]],
});

/** The source document as a CSL record: its publisher is its author (no person is named). */
export function sourceCsl(source: CitableSource): CslItem {
  return {
    id: `doc-${source.id}`,
    'citation-key': `doc_${source.id}`,
    type: source.kind === 'brochure' ? 'pamphlet' : 'report',
    title: source.title,
    author: [{ literal: source.publisher }],
    issued: dateParts(source.date),
  };
}

/**
 * The records to cite an entry: the entry itself, as an entry of this knowledge base at its
 * permanent short address, and the documents it summarises. The access date is left to the
 * reader: no `accessed` field.
 */
export function entryCsl(entry: CitableEntry, sources: readonly CitableSource[], siteName: string, shortUrl: string): CslItem[] {
  const reviewed = entry.lastReviewed;
  const summarises = sources.map((s) => `${s.title} (${s.publisher}, ${s.date.slice(0, 4)})`).join('; ');
  return [
    {
      id: entry.pid,
      'citation-key': entry.pid.replace(/-/g, '_'),
      type: 'entry-encyclopedia',
      title: entry.title,
      'container-title': siteName,
      // Year and month of the last review: BibTeX has no day field.
      issued: { 'date-parts': [[reviewed.getUTCFullYear(), reviewed.getUTCMonth() + 1]] },
      URL: shortUrl,
      number: entry.pid,
      note: `Summarises: ${summarises}`,
    },
    ...sources.map(sourceCsl),
  ];
}

/** The whole open dataset as one CSL record, dated by its newest review. */
export function datasetCsl(siteName: string, dataUrl: string, newest: Date): CslItem {
  return {
    id: 'migration-practices-dataset',
    'citation-key': 'migration_practices_dataset',
    type: 'dataset',
    title: `${siteName}: open dataset of practices, programmes and recommendations`,
    author: [{ literal: siteName }],
    issued: { 'date-parts': [[newest.getUTCFullYear(), newest.getUTCMonth() + 1]] },
    URL: dataUrl,
  };
}
