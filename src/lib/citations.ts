/** Citations point at line ranges of the source documents in content/sources/. */
import type { SourceData } from '../schemas/entries';

export interface LineRange {
  start: number;
  end: number;
}

/** "156-172" → { start: 156, end: 172 }; "160" → { start: 160, end: 160 }. */
export function parseLines(lines: string): LineRange {
  const [start, end = start] = lines.split('-').map(Number);
  return { start: start!, end: end! };
}

/** "lines 156–172" or "line 160", for readers; pass the page's translations for its language. */
export function linesLabel(lines: string, t?: (key: 'cite.line' | 'cite.lines', values: Record<string, number>) => string): string {
  const { start, end } = parseLines(lines);
  if (t) return start === end ? t('cite.line', { n: start }) : t('cite.lines', { from: start, to: end });
  return start === end ? `line ${start}` : `lines ${start}–${end}`;
}

type Section = SourceData['sections'][number];

/** The narrowest section of the document whose range holds the cited lines. */
export function sectionForLines(source: Pick<SourceData, 'sections'>, lines: string): Section | undefined {
  const { start, end } = parseLines(lines);
  return source.sections
    .filter((s) => {
      const r = parseLines(s.lines);
      return r.start <= start && end <= r.end;
    })
    .toSorted((a, b) => {
      const ra = parseLines(a.lines);
      const rb = parseLines(b.lines);
      return ra.end - ra.start - (rb.end - rb.start);
    })[0];
}

/** Anchor of a section on its source page: "section-2-1". */
export const sectionAnchor = (sectionId: string) => `section-${sectionId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** "l. 156–172" or "l. 160": the compact label citations show inline. */
export function shortLinesLabel(lines: string): string {
  const { start, end } = parseLines(lines);
  return start === end ? `l. ${start}` : `l. ${start}–${end}`;
}
