// What the scripts that read the built site share: where dist/ is, a clear stop when it is
// missing, and every file under a folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const dist = new URL('../../dist/', import.meta.url).pathname;

/** Stop with a readable message when the site has not been built. */
export function requireBuilt() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
}

/** Every file below `dir`, recursively. */
export const filesUnder = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
