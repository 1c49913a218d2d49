// `npm test`: types, unit tests, content-failure tests, then browser tests on the built site.
// Installs Debian's chromium when it is missing and we are root; never downloads a browser.
// A failing stage stops the run with its exit code, after stopping the static server it started.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM } from './lib/browser.mjs';
import { startStaticServer } from './lib/server.mjs';

process.env.TZ = 'UTC';

/** A stage that failed: the run stops, cleans up and exits with `code`. */
class StageFailed extends Error {
  constructor(title, code) {
    super(`${title} failed (exit ${code})`);
    this.code = code;
  }
}

/** Each stage's time, printed at the end so slow stages are visible (the README lists typical times). */
const timings = [];

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push([title, (performance.now() - started) / 1000]);
  if (result.status !== 0) throw new StageFailed(title, result.status || result.signal || 1);
}

function printTimings() {
  if (timings.length) console.log(`\n${timings.map(([title, s]) => `  ${title.padEnd(24)} ${s.toFixed(1).padStart(6)} s`).join('\n')}`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const command = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo sh -c '${command}'\nthen run npm test again.`);
    throw new StageFailed('chromium', 1);
  }
  console.log(`Chromium is missing; installing Debian's package: ${command}`);
  run('install chromium', 'sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`]);
}

const only = process.argv[2]; // optional: "lint" | "types" | "unit" | "build-checks" | "e2e" to run one stage
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';

async function main() {
  if (!only || only === 'lint') {
    run('format', 'npx', ['prettier', '--check', '.']);
    run('lint', 'npx', ['eslint', '.']);
  }
  if (!only || only === 'types') run('types', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
  if (!only || only === 'unit') run('unit tests', 'npx', ['vitest', 'run']);
  if (!only || only === 'build-checks') run('content failure tests', 'node', ['--test', '--test-reporter=spec', 'tests/build/*.test.mjs']);
  if (!only || only === 'e2e') {
    ensureChromium();
    if (!process.env.SKIP_BUILD) run('build', 'npm', ['run', 'build']);
    const server = await startStaticServer(dist);
    try {
      run('integrity crawl', 'node', ['scripts/crawl.mjs', dist]);
      run('html-validate', 'node', ['scripts/validate-html.mjs', dist]);
      run('browser tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/*.test.mjs'], {
        BASE_URL: server.base,
      });
    } finally {
      server.stop();
    }
    // Builds twice more (into tmp/determinism/) and compares every file byte for byte.
    if (!process.env.SKIP_BUILD) run('deterministic build', 'node', ['scripts/check-deterministic.mjs']);
  }
}

try {
  await main();
  printTimings();
  console.log('\n✔ All tests passed.');
} catch (error) {
  printTimings();
  if (!(error instanceof StageFailed)) throw error;
  console.error(`\n✖ ${error.message}.`);
  // Not process.exit(): let pending `finally` blocks and child clean-up run, then exit with the code.
  process.exitCode = typeof error.code === 'number' ? error.code : 1;
}
