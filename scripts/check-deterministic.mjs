#!/usr/bin/env node
// Builds the site twice, into two temporary folders, and fails unless every file of the two
// builds is byte-identical: the same commit must always publish the same site (stable links,
// cacheable files, reviewable diffs). CI runs it after `npm test`.
//   npm run check:deterministic
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesUnder } from './lib/dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mp-deterministic-'));
const walk = filesUnder;
const hashes = (dir) => new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

try {
  const builds = ['a', 'b'].map((name) => {
    const out = join(work, name);
    const started = Date.now();
    execFileSync('npx', ['astro', 'build', '--outDir', out], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    console.log(`build ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return hashes(out);
  });
  const [a, b] = builds;
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differ = names.filter((n) => a.get(n) !== b.get(n));
  console.log(`${names.length} files compared, ${differ.length} differ`);
  for (const n of differ.slice(0, 20))
    console.log(`  ${n}: ${a.has(n) ? (b.has(n) ? 'content differs' : 'only in the first build') : 'only in the second build'}`);
  process.exitCode = differ.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
