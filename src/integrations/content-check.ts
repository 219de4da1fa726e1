/**
 * Runs the content check (src/lib/validation.ts) before Astro builds or serves anything, so a
 * wrong field stops the build with every problem listed, each with file, line, field, value and
 * what is allowed, instead of the first one in Astro's own wording.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/validation';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'migration-practices:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, counts } = checkContent(`${root}content`, root);
        if (problems.length) {
          const list = problems.map((p) => `  - ${p}`).join('\n');
          throw new Error(`Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n${list}\n`);
        }
        logger.info(
          `content ok: ${Object.entries(counts)
            .map(([c, n]) => `${n} ${c}`)
            .join(', ')}`,
        );
      },
    },
  };
}
