/**
 * Entry schemas as small factories: a shared base and one per entry type. Each factory takes the
 * `reference` function it should use for links between entries, so Astro passes its own
 * `reference()` (src/content.config.ts) while the content check and the tests pass a plain
 * id check (src/lib/validation.ts). The shapes are the same everywhere.
 */
import { z } from 'astro/zod';
import {
  citation,
  externalReference,
  gcmObjectiveLinks,
  geography,
  keyFigure,
  level,
  oneOf,
  organisation,
  principleId,
  requireSomewhere,
  reviewedDate,
  serviceAreaId,
  sourceCitation,
  targetGroupId,
  text,
} from './fields';

export type EntryCollection = 'practices' | 'programmes' | 'recommendations';
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: EntryCollection) => R;

const year = z.int({ error: 'must be a year such as 2019' }).min(1900).max(2100);

/** Fields every entry (practice, programme, recommendation) has. */
const entryBase = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    title: text.max(160, { error: 'must be 160 characters at most' }),
    summary: text.max(300, { error: 'must be one or two sentences (300 characters at most)' }),
    ...geography,
    gcm: z.strictObject({
      objectives: gcmObjectiveLinks,
      principles: z.array(principleId).default([]),
    }),
    serviceAreas: z.array(serviceAreaId).min(1, { error: 'must name at least one service area' }),
    targetGroups: z.array(targetGroupId).default([]),
    keywords: z.array(text).default([]),
    references: z.array(externalReference).default([]),
    related: z.array(reference('practices')).default([]),
    lastReviewed: reviewedDate,
  });

export const practiceSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  entryBase(reference)
    .extend({
      level,
      organisations: z.array(organisation).min(1, { error: 'must name at least one organisation' }),
      years: z
        .strictObject({ from: year.optional(), to: year.optional(), lastReported: year })
        .refine((y) => !y.from || !y.to || y.from <= y.to, { error: '"to" must not be before "from"' })
        // Optional: some sources give no year, and we do not guess one.
        .optional(),
      keyFigures: z.array(keyFigure).default([]),
      source: sourceCitation,
    })
    .check(requireSomewhere);

const amount = z.strictObject({ value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a currency code such as USD' }) });

export const programmeSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  entryBase(reference)
    .extend({
      level,
      agencies: z.array(text).min(1, { error: 'must name the participating UN organisations (PUNOs)' }),
      partners: z.array(organisation).default([]),
      period: z.strictObject({ start: text, end: text.optional() }),
      budgetByAgency: z.array(z.strictObject({ agency: text, budget: amount, cite: citation })).default([]),
      fundsReceived: z.strictObject({ amount, asOf: text, cite: citation }).optional(),
      keyFigures: z.array(keyFigure).default([]),
      markers: z.array(z.strictObject({ name: text, score: text, cite: citation })).default([]),
      sources: z.array(sourceCitation).min(1, { error: 'must cite every document the programme appears in' }),
    })
    .check(requireSomewhere);

export const recommendationSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  entryBase(reference)
    .extend({
      theme: text,
      kind: oneOf(['policy-recommendation', 'cso-support-to-cities', 'cso-direct-service']),
      audience: z.array(oneOf(['cities', 'national-governments', 'civil-society', 'international-organisations'])).min(1),
      relatedPractices: z.array(reference('practices')).default([]),
      source: sourceCitation,
    })
    .check(requireSomewhere);

/** A source document: its identity and its sections with line ranges. */
export const sourceSchema = z.strictObject({
  id: z.string().regex(/^\d{3}$/),
  title: text,
  shortTitle: text.max(45),
  publisher: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }),
  kind: oneOf(['report', 'guidance-note', 'progress-report', 'consultation-synthesis', 'brochure']),
  file: text,
  lineCount: z.int().min(1),
  summary: text,
  sections: z
    .array(z.strictObject({ id: text, title: text, lines: z.string().regex(/^\d+-\d+$/) }))
    .min(1),
});

export type SourceData = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citation>;
