/**
 * The search thesaurus (content/thesaurus.yaml): families of words people type, each mapped to
 * the words the entries use. Read through src/lib/thesaurus.ts; checked by the content check.
 */
import { z } from 'astro/zod';

const term = z
  .string()
  .min(2)
  .regex(/^[a-z0-9][a-z0-9' -]*[a-z0-9]$/, { error: 'must be lower-case words (letters, digits, hyphens, apostrophes), such as "asylum seeker"' });

export const thesaurusFile = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        /** What the family is about, for the people who edit the file. */
        name: z.string().min(1),
        terms: z.array(term).min(2, { error: 'a group needs at least two terms (a word and what it also means)' }),
      }),
    )
    .min(1),
});

export type Thesaurus = z.infer<typeof thesaurusFile>;
