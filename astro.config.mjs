// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Printed handouts carry these addresses: every page is a folder with a trailing slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // "jsx" (the default) drops whitespace between inline elements on separate lines.
  compressHTML: true,
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
