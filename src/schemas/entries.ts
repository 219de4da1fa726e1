/**
 * Entry schemas as small factories: a shared base and one per entry type. Each factory takes the
 * `reference` function it should use for links between entries, so Astro passes its own
 * `reference()` (src/content.config.ts) while the content check and the tests pass a plain
 * id check (src/lib/validation.ts). The shapes are the same everywhere.
 */
import { z } from 'astro/zod';
import {
  amount,
  approachId,
  citation,
  externalReference,
  gcmObjectiveLinks,
  geography,
  keyFigure,
  level,
  objective15ActionLetter,
  oneOf,
  organisation,
  permanentId,
  practiceOrigin,
  principleId,
  requireSomewhere,
  reviewedDate,
  serviceAreaId,
  sourceCitation,
  targetGroupId,
  text,
} from './fields';

export type EntryCollection = 'practices' | 'programmes' | 'recommendations' | 'themes';
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: EntryCollection) => R;

const year = z.int({ error: 'must be a year such as 2019' }).min(1900).max(2100);

const gcm = z.strictObject({
  objectives: gcmObjectiveLinks,
  principles: z.array(principleId).default([]),
  /** The actions of Objective 15 (002 Tab. 3, letters a to f) that the entry shows in practice. */
  objective15Actions: z.array(objective15ActionLetter).default([]),
});

const checkObjective15Actions = <T extends { gcm: z.infer<typeof gcm> }>(ctx: z.core.ParsePayload<T>) => {
  const { objectives, objective15Actions } = ctx.value.gcm;
  if (objective15Actions.length && !objectives.some((o) => o.number === 15))
    ctx.issues.push({
      code: 'custom',
      message: 'names Objective 15 actions, so objective 15 must be among gcm.objectives',
      path: ['gcm', 'objective15Actions'],
      input: objective15Actions,
    });
};

/** Fields every entry (practice, programme, recommendation) has. */
const entryBase = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    title: text.max(160, { error: 'must be 160 characters at most' }),
    summary: text.max(300, { error: 'must be one or two sentences (300 characters at most)' }),
    ...geography,
    gcm,
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
      pid: permanentId('practices', 'P-002-03'),
      origin: practiceOrigin,
      /** Box headings printed above the practice (content/taxonomies/approaches.json). */
      approaches: z.array(approachId).default([]),
      /** Consultation themes (content/themes/) the practice illustrates. */
      themes: z.array(reference('themes')).default([]),
      level,
      organisations: z.array(organisation).min(1, { error: 'must name at least one organisation' }),
      years: z
        .strictObject({ from: year.optional(), to: year.optional(), lastReported: year.optional() })
        .refine((y) => !y.from || !y.to || y.from <= y.to, { error: '"to" must not be before "from"' })
        // Optional: some sources give no year, and we do not guess one.
        .optional(),
      keyFigures: z.array(keyFigure).default([]),
      source: sourceCitation,
      /** Further documents that describe the same practice. */
      alsoIn: z.array(sourceCitation).default([]),
    })
    .check(requireSomewhere)
    .check(checkObjective15Actions)
    .check((ctx) => {
      const { origin, source, pid } = ctx.value;
      if (origin === 'numbered-practice' && source.practice === undefined)
        ctx.issues.push({
          code: 'custom',
          message: 'a numbered practice needs its number as printed (source.practice)',
          path: ['source', 'practice'],
          input: undefined,
        });
      if (origin !== 'numbered-practice' && source.practice !== undefined)
        ctx.issues.push({
          code: 'custom',
          message: `only numbered practices have a practice number (origin is ${origin})`,
          path: ['source', 'practice'],
          input: source.practice,
        });
      const expected =
        origin === 'numbered-practice'
          ? `P-${source.doc}-${String(source.practice ?? 0).padStart(2, '0')}`
          : `P-${source.doc}-${origin === 'named-initiative' ? 'N' : 'E'}`;
      if (!pid.startsWith(expected))
        ctx.issues.push({
          code: 'custom',
          message: `must start with ${expected} (document, then practice number, N.. for a named initiative or E.. for a consultation example)`,
          path: ['pid'],
          input: pid,
        });
    });

/** One line of a budget: what an agency was approved and what it has received, as printed. */
const budgetLine = z.strictObject({
  agency: text,
  approved: amount.optional(),
  received: amount.optional(),
  cite: citation,
});

export const programmeSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  entryBase(reference)
    .extend({
      pid: permanentId('programmes', 'JP-ZAF'),
      /** Where the documents give no title, say so here and make `title` a plain description. */
      titleNote: text.optional(),
      level,
      projectNumber: z.strictObject({ value: text, cite: citation }).optional(),
      /** Participating UN organisations (PUNOs). */
      agencies: z.array(z.strictObject({ name: text, cite: citation })).min(1, { error: 'must name the participating UN organisations (PUNOs)' }),
      partners: z.array(organisation.extend({ cite: citation.optional() })).default([]),
      /** Dates as printed ("2020-10-28", "October 2020", "2021"), each with its citation. */
      period: z.strictObject({ start: text.optional(), end: text.optional(), cite: citation }).optional(),
      budget: z.array(budgetLine).default([]),
      /** The totals as printed, so a test can check that the lines add up. */
      budgetTotals: z.strictObject({ approved: amount.optional(), received: amount.optional(), cite: citation }).optional(),
      keyFigures: z.array(keyFigure).default([]),
      markers: z.array(z.strictObject({ name: text, score: text, cite: citation })).default([]),
      /** A self-assessment checklist (e.g. the human-rights marker's ten points), each point as answered. */
      selfAssessment: z.array(z.strictObject({ criterion: text, answer: text, cite: citation })).default([]),
      indicators: z
        .array(
          z.strictObject({
            name: text,
            baseline: text.optional(),
            target: text.optional(),
            progress: text.optional(),
            cite: citation,
          }),
        )
        .default([]),
      sources: z.array(sourceCitation).min(1, { error: 'must cite every document the programme appears in' }),
    })
    .check(requireSomewhere)
    .check(checkObjective15Actions);

export const recommendationKinds = ['policy-recommendation', 'cso-support-to-cities', 'cso-direct-service'] as const;
export const recommendationAudiences = ['cities', 'national-authorities', 'civil-society', 'international-organisations'] as const;

export const recommendationSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  entryBase(reference)
    .extend({
      pid: permanentId('recommendations', 'R-003-2-05'),
      theme: reference('themes'),
      /** From the sub-heading printed above the bullet. */
      kind: oneOf(recommendationKinds),
      /** For direct services: to whom, as the sub-heading says ("migrants, displaced persons and refugees", "the population"). */
      serviceFor: text.optional(),
      /** Who is asked to act. */
      audience: z.array(oneOf(recommendationAudiences)).min(1),
      /** An indented sub-bullet names the bullet it belongs to. */
      parent: reference('recommendations').optional(),
      /** Practices anywhere on the site that show this done. */
      relatedPractices: z.array(reference('practices')).default([]),
      source: sourceCitation,
    })
    .check(requireSomewhere)
    .check(checkObjective15Actions);

/** One theme of the 2016 civil-society consultation (003): the question, the discussion, the resources. */
export const themeSchema = z.strictObject({
  number: z.int().min(1).max(6),
  /** The theme's title as printed in the report (an official title, quoted whole). */
  title: text,
  shortTitle: text.max(60),
  summary: text.max(300),
  /** The question put to participants (Part 2), in our words. */
  question: z.strictObject({ text, cite: citation }),
  /** Where the theme's results (Part 3) and recommendations (Part 4) are printed. */
  results: citation,
  recommendations: citation,
  /** Annex 1 resources: organisation and title as printed; a link only where every part of it is certain. */
  resources: z.array(z.strictObject({ organisation: text, title: text, url: externalReference.shape.url.optional(), cite: citation })).default([]),
  lastReviewed: reviewedDate,
});

/** Prose pages built from the sources: the engagement guide, the consultation, the Fund. */
export const articleSchema = z.strictObject({
  title: text.max(120),
  summary: text.max(300),
  sources: z.array(sourceCitation).min(1),
  keyFigures: z.array(keyFigure).default([]),
  lastReviewed: reviewedDate,
});

/** The summary of a report chapter shown on a service-area page. */
export const serviceAreaNoteSchema = z.strictObject({
  serviceArea: serviceAreaId,
  source: sourceCitation,
  lastReviewed: reviewedDate,
});

/**
 * A page of the site's own prose (about, accessibility) in one locale:
 * content/pages/<locale>/<page>.mdx. English is the reference; a locale without its file shows
 * the English, marked so.
 */
export const sitePageSchema = z.strictObject({
  title: text.max(80),
  /** The opening paragraph, shown large under the title. */
  lede: text.max(600),
});

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
  sections: z.array(z.strictObject({ id: text, title: text, lines: z.string().regex(/^\d+-\d+$/) })).min(1),
});

export type SourceData = z.infer<typeof sourceSchema>;
