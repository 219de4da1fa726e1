/**
 * The content collections. Content lives in the top-level content/ folder; the shapes are
 * defined once in src/schemas/ and shared with the content check and the tests.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  articleSchema,
  practiceSchema,
  programmeSchema,
  recommendationSchema,
  serviceAreaNoteSchema,
  sitePageSchema,
  sourceSchema,
  themeSchema,
} from './schemas/entries';

const mdxIn = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  practices: defineCollection({ loader: mdxIn('practices'), schema: practiceSchema(reference) }),
  programmes: defineCollection({ loader: mdxIn('programmes'), schema: programmeSchema(reference) }),
  recommendations: defineCollection({ loader: mdxIn('recommendations'), schema: recommendationSchema(reference) }),
  themes: defineCollection({ loader: mdxIn('themes'), schema: themeSchema }),
  articles: defineCollection({ loader: mdxIn('articles'), schema: articleSchema }),
  serviceAreaNotes: defineCollection({ loader: mdxIn('service-areas'), schema: serviceAreaNoteSchema }),
  /** The site's own prose pages, one folder per locale: content/pages/es/about.mdx. */
  sitePages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/pages' }), schema: sitePageSchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/sources' }), schema: sourceSchema }),
};
