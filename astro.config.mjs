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
  // A Content-Security-Policy meta tag on every page: everything comes from the site itself.
  // Astro adds the hashes of its own inline scripts and styles. Pagefind's search compiles its
  // WebAssembly index reader (wasm.*.pagefind, fetched from /pagefind/), which needs
  // 'wasm-unsafe-eval': it allows compiling WebAssembly, not JavaScript eval.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
