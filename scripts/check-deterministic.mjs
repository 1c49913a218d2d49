// Two consecutive builds must be byte-identical: `node scripts/check-deterministic.mjs`.
// Builds the site twice (astro build + postbuild + pagefind, each with a fresh cache) into
// tmp/determinism/a and tmp/determinism/b (inside the project, gitignored), compares every file, and
// lists the files that differ with the first differing byte and the text around it. Exits 1 on any
// difference. `--keep` leaves both builds in place for inspection.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { buildSite, ROOT } from './bench/build.mjs';

const keep = process.argv.includes('--keep');
const base = join(ROOT, 'tmp/determinism');

/** Every file under `dir`, relative, sorted. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1))
    .sort();
}

/** A printable window of `bytes` around `offset`. */
function around(bytes, offset) {
  const from = Math.max(0, offset - 60);
  const text = bytes.subarray(from, offset + 60).toString('utf8');
  return JSON.stringify(text).slice(1, -1);
}

const builds = [];
for (const name of ['a', 'b']) {
  console.log(`▶ build ${name} → tmp/determinism/${name}/dist`);
  const { outDir, figures } = buildSite({ outDir: `tmp/determinism/${name}/dist`, cacheDir: `tmp/determinism/${name}/cache` });
  console.log(`  ${figures.htmlPages} pages in ${(figures.totalMs / 1000).toFixed(1)} s`);
  builds.push(outDir);
}

const [a, b] = builds;
const filesA = filesOf(a);
const filesB = filesOf(b);
const setB = new Set(filesB);
const setA = new Set(filesA);
const problems = [];
for (const f of filesA) if (!setB.has(f)) problems.push(`only in the first build: ${f}`);
for (const f of filesB) if (!setA.has(f)) problems.push(`only in the second build: ${f}`);
let compared = 0;
for (const f of filesA.filter((x) => setB.has(x))) {
  const x = readFileSync(join(a, f));
  const y = readFileSync(join(b, f));
  compared++;
  if (x.equals(y)) continue;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  problems.push(
    `${f}: differs at byte ${i} (sizes ${x.length} and ${y.length})\n    first:  …${around(x, i)}…\n    second: …${around(y, i)}…`,
  );
}

if (!keep) rmSync(base, { recursive: true, force: true });
if (problems.length) {
  console.error(`\n✖ The two builds differ (${problems.length} file(s) of ${compared} compared):`);
  for (const p of problems.slice(0, 40)) console.error(`  ${p}`);
  if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
  process.exit(1);
}
console.log(`Deterministic: ${compared} files byte-identical across two builds.`);
