/**
 * The content check on its own, without a build: `npm run check:content`. Prints every problem
 * (file:line field = value: what is allowed) and exits non-zero when there is one.
 */
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/validation';

const root = fileURLToPath(new URL('..', import.meta.url));
const { problems, counts } = checkContent(`${root}content`, root);
for (const p of problems) console.error(`- ${p}`);
console.log(
  `${problems.length} problem${problems.length === 1 ? '' : 's'}; ${Object.entries(counts)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ')}`,
);
process.exit(problems.length ? 1 : 0);
