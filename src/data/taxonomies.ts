/**
 * The taxonomies, parsed once from content/taxonomies/*.json. This module is the single source
 * of truth for GCM objectives, guiding principles, service areas, target groups, organisation
 * types and regions, with their English labels: the schemas (src/schemas/) and src/lib/ both
 * import from here (src/data/ sits below both). Pages take the labels in their language from
 * ./taxonomy-translations.ts, which lays the translations over these.
 */
import objectivesJson from '../../content/taxonomies/gcm-objectives.json';
import principlesJson from '../../content/taxonomies/guiding-principles.json';
import serviceAreasJson from '../../content/taxonomies/service-areas.json';
import targetGroupsJson from '../../content/taxonomies/target-groups.json';
import organisationTypesJson from '../../content/taxonomies/organisation-types.json';
import regionsJson from '../../content/taxonomies/regions.json';
import approachesJson from '../../content/taxonomies/approaches.json';
import objective15ActionsJson from '../../content/taxonomies/objective-15-actions.json';
import {
  approachesFile,
  objective15ActionsFile,
  gcmObjectivesFile,
  guidingPrinciplesFile,
  organisationTypesFile,
  regionsFile,
  serviceAreasFile,
  targetGroupsFile,
  type GcmObjective,
  type NamedTerm,
} from '../schemas/taxonomies';
import type { z } from 'astro/zod';

/** Parse a taxonomy file or fail with the file name and the first problem. */
function parseTaxonomy<S extends z.ZodType>(file: string, schema: S, json: unknown): z.infer<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/taxonomies/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

export const gcmObjectives: readonly GcmObjective[] = parseTaxonomy('gcm-objectives.json', gcmObjectivesFile, objectivesJson).objectives.toSorted(
  (a, b) => a.number - b.number,
);
export const guidingPrinciples = parseTaxonomy('guiding-principles.json', guidingPrinciplesFile, principlesJson).principles;
export const serviceAreas: readonly NamedTerm[] = parseTaxonomy('service-areas.json', serviceAreasFile, serviceAreasJson).serviceAreas;
export const targetGroups: readonly NamedTerm[] = parseTaxonomy('target-groups.json', targetGroupsFile, targetGroupsJson).targetGroups;
export const organisationTypes: readonly NamedTerm[] = parseTaxonomy(
  'organisation-types.json',
  organisationTypesFile,
  organisationTypesJson,
).organisationTypes;
export const regions = parseTaxonomy('regions.json', regionsFile, regionsJson).regions;
export const approaches = parseTaxonomy('approaches.json', approachesFile, approachesJson).approaches;
export const objective15Actions = parseTaxonomy('objective-15-actions.json', objective15ActionsFile, objective15ActionsJson).actions;

/** Look-up table by id that fails loudly: a missing id is a bug, not an empty label. */
export function indexBy<T, K extends string | number>(items: readonly T[], key: (item: T) => K, what: string) {
  const map = new Map(items.map((item) => [key(item), item]));
  return (k: K): T => {
    const found = map.get(k);
    if (!found) throw new Error(`unknown ${what}: ${k}`);
    return found;
  };
}

export const objectiveByNumber = indexBy(gcmObjectives, (o) => o.number, 'GCM objective');
export const serviceAreaById = indexBy(serviceAreas, (s) => s.id, 'service area');

/** Ids as non-empty tuples, the form z.enum() needs. */
export const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id) as [string, ...string[]];
