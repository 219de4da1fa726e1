/**
 * Field schemas shared by every entry type. Error messages say what is allowed, because the
 * person who reads them edits a content file, not this code.
 */
import { z } from 'astro/zod';
import { isCountryCode } from '../data/countries';
import {
  approaches,
  gcmObjectives,
  ids,
  guidingPrinciples,
  objective15Actions,
  organisationTypes,
  serviceAreas,
  targetGroups,
} from '../data/taxonomies';

/** z.enum with a message that lists the allowed values. */
export const oneOf = (values: readonly [string, ...string[]]) => z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

export const lineRange = z
  .string({ error: 'must be a line number or range in quotes, such as "156-172"' })
  .regex(/^\d+(-\d+)?$/, { error: 'must be a line number or range such as "160" or "156-172"' })
  .refine(
    (s) => {
      const [start, end = start] = s.split('-').map(Number);
      return start! >= 1 && start! <= end!;
    },
    { error: 'must start at 1 or later and not end before it starts' },
  );

export const sourceId = z.string({ error: 'must be a source id in quotes, such as "002"' }).regex(/^\d{3}$/, {
  error: 'must be a three-digit source id such as "002" (see content/sources/)',
});

/** A pointer to lines of a source document. The section is derived from the lines where needed. */
export const citation = z.strictObject({ doc: sourceId, lines: lineRange });

/** Where a whole entry comes from: document, section, practice number when it has one, lines. */
export const sourceCitation = z.strictObject({
  doc: sourceId,
  section: text,
  practice: z.int({ error: 'must be the practice number as printed (a whole number)' }).min(1).optional(),
  lines: lineRange,
});

const maxObjective = gcmObjectives.length;
export const objectiveNumber = z
  .int({ error: `must be a GCM objective number, 1..${maxObjective}` })
  .min(1, { error: `must be 1..${maxObjective}` })
  .max(maxObjective, { error: `must be 1..${maxObjective}` });

export const countryCode = z.string({ error: 'must be an ISO 3166-1 alpha-3 code such as "ECU"' }).check((ctx) => {
  const code = ctx.value;
  if (isCountryCode(code)) return;
  const hint = isCountryCode(code.toUpperCase())
    ? `write it in capitals: ${code.toUpperCase()}`
    : 'must be an ISO 3166-1 alpha-3 country code in capitals, such as ECU, PRT or THA';
  ctx.issues.push({ code: 'custom', message: hint, input: code });
});

export const serviceAreaId = oneOf(ids(serviceAreas));
export const targetGroupId = oneOf(ids(targetGroups));
export const organisationTypeId = oneOf(ids(organisationTypes));
export const principleId = oneOf(ids(guidingPrinciples));
export const level = oneOf(['local', 'national', 'regional', 'global']);
export const approachId = oneOf(ids(approaches));
export const objective15ActionLetter = oneOf(objective15Actions.map((a) => a.letter) as [string, ...string[]]);

/**
 * Where a practice comes from. Numbered practices are the numbered case studies of a report;
 * named initiatives are described in a report's running text without a number; consultation
 * examples are the "EXAMPLE OF ..." boxes and named initiatives of the 2016 consultation (003).
 */
export const practiceOrigins = ['numbered-practice', 'named-initiative', 'consultation-example'] as const;
export const practiceOrigin = oneOf(practiceOrigins);

/**
 * Permanent identifiers, shown on every page and used in short links (/id/P-002-03/). They never
 * change, even if a page's readable address does. P-002-03 is practice 3 of document 002;
 * P-002-N01 a named initiative of 002; P-003-E01 a consultation example; R-003-2-05 the fifth
 * recommendation of theme 2 (R-003-2-05a its first sub-point); JP-ZAF a joint programme named by
 * its country codes, or region (JP-IGAD).
 */
export const permanentIdPatterns = {
  practices: /^P-\d{3}-(\d{2}|N\d{2}|E\d{2})$/,
  recommendations: /^R-\d{3}-\d-\d{2}[a-z]?$/,
  programmes: /^JP-[A-Z]{3,5}(-[A-Z]{3})*$/,
} as const;
export const permanentId = (collection: keyof typeof permanentIdPatterns, example: string) =>
  z.string({ error: `must be a permanent id such as "${example}"` }).regex(permanentIdPatterns[collection], {
    error: `must be a permanent id such as "${example}" (see src/schemas/fields.ts)`,
  });

/** An amount of money as data: a number and an ISO 4217 currency code. */
export const amount = z.strictObject({
  value: z.number({ error: 'must be a number without separators, such as 1250000' }).nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a currency code such as USD' }),
});

/** GCM objectives an entry serves: unique numbers, exactly one primary, each with its reason. */
export const gcmObjectiveLinks = z
  .array(
    z.strictObject({
      number: objectiveNumber,
      primary: z.boolean().default(false),
      reason: text.max(200, { error: 'must be one line (200 characters at most)' }),
    }),
    { error: 'must be a list of objectives' },
  )
  .min(1, { error: 'must name at least one GCM objective' })
  .check((ctx) => {
    const numbers = ctx.value.map((o) => o.number);
    const repeated = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (repeated !== undefined) ctx.issues.push({ code: 'custom', message: `objective ${repeated} is listed twice`, input: ctx.value });
    const primaries = ctx.value.filter((o) => o.primary).length;
    if (primaries !== 1)
      ctx.issues.push({ code: 'custom', message: `exactly one objective must be marked primary: true (found ${primaries})`, input: ctx.value });
  });

export const keyFigure = z.strictObject({
  value: text.describe('the number exactly as printed in the source'),
  counts: text,
  year: z.union([z.string(), z.int()]).transform(String).optional(),
  cite: citation,
});

export const externalReference = z.strictObject({
  /** As printed in the source; some are printed without a scheme ("www.acm.gov.pt"). */
  url: z.string().regex(/^(https?:\/\/)?[\w-]+(\.[\w-]+)+\S*$/, { error: 'must be a web address as printed in the source' }),
  label: text.optional(),
});

export const organisation = z.strictObject({
  name: text,
  type: organisationTypeId,
  /** What it did; "reporter" is the body that contributed the case study to the source. */
  roles: z.array(oneOf(['implementer', 'partner', 'funder', 'reporter'])).default([]),
});

export const reviewedDate = z.coerce.date({ error: 'must be a date written YYYY-MM-DD' });

/** Geography shared by every entry: countries and/or a worldwide scope. */
export const geography = {
  countries: z.array(countryCode).default([]),
  global: z.boolean().default(false),
  cities: z.array(text).default([]),
};

export const requireSomewhere = <T extends { countries: string[]; global: boolean }>(ctx: z.core.ParsePayload<T>) => {
  if (ctx.value.countries.length === 0 && !ctx.value.global)
    ctx.issues.push({ code: 'custom', message: 'needs at least one country code, or global: true', path: ['countries'], input: ctx.value.countries });
};
