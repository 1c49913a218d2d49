// `npm test`: types, unit tests, content-failure tests, then browser tests on the built site.
// Installs Debian's chromium when it is missing and we are root; never downloads a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM } from './lib/browser.mjs';
import { startStaticServer } from './lib/server.mjs';

process.env.TZ = 'UTC';

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const command = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo sh -c '${command}'\nthen run npm test again.`);
    process.exit(1);
  }
  console.log(`Chromium is missing; installing Debian's package: ${command}`);
  run('install chromium', 'sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`]);
}

const only = process.argv[2]; // optional: "unit" | "e2e" to run one stage while writing tests

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
  const server = await startStaticServer(process.env.ASTRO_OUT_DIR ?? 'dist');
  try {
    run('integrity crawl', 'node', ['scripts/crawl.mjs', process.env.ASTRO_OUT_DIR ?? 'dist']);
    run('html-validate', 'node', ['scripts/validate-html.mjs', process.env.ASTRO_OUT_DIR ?? 'dist']);
    run('browser tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/*.test.mjs'], {
      BASE_URL: server.base,
    });
  } finally {
    server.stop();
  }
  // Builds twice more (into tmp/determinism/) and compares every file byte for byte.
  if (!process.env.SKIP_BUILD) run('deterministic build', 'node', ['scripts/check-deterministic.mjs']);
}
console.log('\n✔ All tests passed.');
