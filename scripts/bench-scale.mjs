#!/usr/bin/env node
// How build cost grows with the corpus: copies the project (not content/, which it only reads)
// to a temporary folder, multiplies the entries with pids (practices, programmes,
// recommendations) 1x, 10x and 100x with new file names and pids, builds each with its search
// index, and prints build seconds, peak memory, pages, index size and the ratio to 1x.
//   npm run bench:scale                 # 1x, 10x, 100x (100x is ~17,000 entries: long)
//   npm run bench:scale -- 1 10         # chosen factors
// Synthetic pids carry a "-S<n>" suffix, which only the temporary copy's schema accepts
// (src/schemas/fields.ts is patched there, never here).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from './lib/dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const factors = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (!factors.length) factors.push(1, 10, 100);
const multiplied = ['practices', 'programmes', 'recommendations'];
const walk = filesUnder;
const size = (dir) => walk(dir).reduce((a, f) => a + statSync(f).size, 0);

function makeProject(factor) {
  const dir = mkdtempSync(join(tmpdir(), `mp-scale-${factor}x-`));
  for (const name of ['src', 'public', 'content']) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(dir, name));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const fields = join(dir, 'src/schemas/fields.ts');
  writeFileSync(
    fields,
    readFileSync(fields, 'utf8')
      .replace('/^P-\\d{3}-(\\d{2}|N\\d{2}|E\\d{2})$/', '/^P-\\d{3}-(\\d{2}|N\\d{2}|E\\d{2})(-S\\d+)?$/')
      .replace('/^R-\\d{3}-\\d-\\d{2}[a-z]?$/', '/^R-\\d{3}-\\d-\\d{2}[a-z]?(-S\\d+)?$/')
      .replace('/^JP-[A-Z]{3,5}(-[A-Z]{3})*$/', '/^JP-[A-Z]{3,5}(-[A-Z]{3})*(-S\\d+)?$/'),
  );
  let entries = 0;
  for (const collection of multiplied) {
    const folder = join(dir, 'content', collection);
    const originals = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
    entries += originals.length * factor;
    for (let copy = 1; copy < factor; copy++)
      for (const name of originals) {
        const text = readFileSync(join(folder, name), 'utf8').replace(/^pid: "([^"]+)"/m, `pid: "$1-S${copy}"`);
        writeFileSync(join(folder, name.replace(/\.mdx$/, `-s${copy}.mdx`)), text);
      }
  }
  return { dir, entries };
}

const results = [];
for (const factor of factors) {
  const { dir, entries } = makeProject(factor);
  try {
    const started = Date.now();
    const log = join(dir, 'time.txt');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    // GNU time reports the peak resident memory of the build (the node process doing the work).
    execFileSync('/usr/bin/time', ['-f', '%M', '-o', log, join(root, 'node_modules/.bin/astro'), 'build'], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
      maxBuffer: 1 << 30,
    });
    const seconds = (Date.now() - started) / 1000;
    const peakMb = Number(readFileSync(log, 'utf8').trim().split('\n').pop()) / 1024;
    const pages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
    const index = size(join(dir, 'dist/pagefind'));
    const site = size(join(dir, 'dist'));
    results.push({ factor, entries, pages, seconds, peakMb, index, site });
    const r = results.at(-1);
    const base = results[0];
    console.log(
      `${String(factor).padStart(4)}x  entries ${String(entries).padStart(6)}  pages ${String(pages).padStart(6)}  build ${seconds.toFixed(1).padStart(7)} s  peak ${peakMb.toFixed(0).padStart(6)} MB  index ${(index / 1048576).toFixed(1).padStart(7)} MB  site ${(site / 1048576).toFixed(1).padStart(7)} MB` +
        (r === base
          ? ''
          : `  ratio to ${base.factor}x: time ${(r.seconds / base.seconds).toFixed(1)}, memory ${(r.peakMb / base.peakMb).toFixed(1)}, index ${(r.index / base.index).toFixed(1)}`),
    );
  } catch (error) {
    console.log(`${factor}x: build failed (${error.message.split('\n')[0]})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\nThis machine: ${(await import('node:os')).cpus().length} cores, ${((await import('node:os')).totalmem() / 2 ** 30).toFixed(0)} GB.`);
