/**
 * Schemas for the taxonomy data files in content/taxonomies/. Every page, filter, chart and
 * test reads the taxonomies through src/lib/taxonomies.ts, which parses the files with these.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' });
const lines = z.string().regex(/^\d+(-\d+)?$/, { error: 'must be a line number or range such as "156-172"' });
const cite = z.strictObject({ doc: z.string().regex(/^\d{3}$/), lines });

export const gcmObjectivesFile = z.strictObject({
  $comment: z.string().optional(),
  objectives: z
    .array(
      z.strictObject({
        number: z.int().min(1).max(23),
        slug: id,
        shortName: z.string().min(1),
        title: z.string().min(1),
        /** One line in our words: what the objective covers and, where it is easily misread, what it does not. */
        scope: z.string().min(1).max(300).optional(),
        shortNameCite: cite,
      }),
    )
    .length(23, { error: 'the GCM has exactly 23 objectives' }),
});

export const guidingPrinciplesFile = z.strictObject({
  $comment: z.string().optional(),
  principles: z
    .array(z.strictObject({ id, letter: z.string().length(1), name: z.string().min(1), cite }))
    .length(10, { error: 'the GCM has exactly 10 guiding principles' }),
});

const namedTerm = z.strictObject({ id, name: z.string().min(1), description: z.string().optional() });

export const serviceAreasFile = z.strictObject({ $comment: z.string().optional(), serviceAreas: z.array(namedTerm).min(1) });
export const targetGroupsFile = z.strictObject({ $comment: z.string().optional(), targetGroups: z.array(namedTerm).min(1) });
export const organisationTypesFile = z.strictObject({
  $comment: z.string().optional(),
  organisationTypes: z.array(namedTerm).min(1),
});
export const regionsFile = z.strictObject({
  $comment: z.string().optional(),
  regions: z.array(z.strictObject({ id, name: z.string().min(1), countryRegion: z.string().min(1) })).min(1),
});

/** Box headings of document 002, printed above its practices: an approach readers can browse. */
export const approachesFile = z.strictObject({
  $comment: z.string().optional(),
  approaches: z.array(z.strictObject({ id, name: z.string().min(1), cite })).min(1),
});

/** The six actions of GCM Objective 15 (002 Tab. 3), in our words. */
export const objective15ActionsFile = z.strictObject({
  $comment: z.string().optional(),
  actions: z
    .array(z.strictObject({ letter: z.string().regex(/^[a-f]$/), summary: z.string().min(1), cite }))
    .length(6, { error: 'Objective 15 has six actions (a to f)' }),
});

export type GcmObjective = z.infer<typeof gcmObjectivesFile>['objectives'][number];
export type NamedTerm = z.infer<typeof namedTerm>;
export type Region = z.infer<typeof regionsFile>['regions'][number];
export type Approach = z.infer<typeof approachesFile>['approaches'][number];
