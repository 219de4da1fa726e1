/** The redirects table (content/redirects.yaml): old readable addresses and where they lead now. */
import { z } from 'astro/zod';

const entryPath = z.string().regex(/^\/(practices|programmes|recommendations|themes|articles)\/[a-z0-9-]+\/$/, {
  error: 'must be an entry address such as "/practices/old-slug/" (leading and trailing slash)',
});

export const redirectSchema = z.strictObject({
  /** The address that was published (and may be printed in handouts). */
  from: entryPath,
  /** The entry's address now. */
  to: entryPath,
  /** When the slug changed, for the record. */
  changed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
});

export const redirectsSchema = z.strictObject({ redirects: z.array(redirectSchema).default([]) });
export type Redirect = z.infer<typeof redirectSchema>;
