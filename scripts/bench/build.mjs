// Builds the site into a folder of its own and times each step: `astro build`, the postbuild
// step, then Pagefind (scripts/search-index.mjs). Used by `npm run bench` and `scripts/check-deterministic.mjs`.
//
// The output folder must be inside the project: when it is not, Astro puts its prerender chunks
// in the project's shared `.astro/.prerender/`, where builds running side by side overwrite each other.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** Runs a command in the project root; throws with its output when it fails. */
function step(command, args, env, quiet) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    const output = quiet ? `\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}` : '';
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})${output}`);
  }
  return ms;
}

/** Sum of file sizes under `dir` (recursively), optionally filtered by relative path. */
export function folderBytes(dir, keep = () => true) {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile() && keep(name)) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/**
 * Builds into `outDir` with a fresh cache `cacheDir` (both removed first) and returns the figures
 * (BuildFigures in scripts/lib/bench/results.ts). `contentDir` (relative to the project) selects another
 * content tree through H20_CONTENT_DIR. `quiet` keeps the build's output unless it fails.
 */
export function buildSite({ outDir, cacheDir, contentDir, quiet = true, env = {} }) {
  outDir = resolve(ROOT, outDir);
  cacheDir = resolve(ROOT, cacheDir);
  if (relative(ROOT, outDir).startsWith('..'))
    throw new Error(`build output ${outDir} must be inside the project (see scripts/bench/build.mjs)`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const buildEnv = {
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(contentDir ? { H20_CONTENT_DIR: contentDir } : {}),
    ...env,
  };
  const astroMs = step('astro', ['build'], buildEnv, quiet);
  const postbuildMs = step('node', ['scripts/postbuild.mjs'], buildEnv, quiet);
  // Pagefind plus the search's catalogue and word list (scripts/search-index.mjs).
  const pagefindMs = step('node', ['scripts/search-index.mjs', outDir], buildEnv, quiet);
  const site = folderBytes(outDir, (name) => !name.startsWith('pagefind/'));
  const index = folderBytes(join(outDir, 'pagefind'));
  const htmlPages = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
  return {
    outDir,
    figures: {
      astroMs,
      postbuildMs,
      pagefindMs,
      totalMs: astroMs + postbuildMs + pagefindMs,
      htmlPages,
      siteBytes: site.bytes,
      indexBytes: index.bytes,
      indexFiles: index.files,
    },
  };
}
