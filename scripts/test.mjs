// `npm test`: types, unit tests, content-failure tests, then browser tests on the built site.
// Installs Debian's chromium when it is missing and we are root; never downloads a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, tries = 50) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
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
  const port = await freePort();
  const server = spawn('node', ['scripts/serve.mjs', process.env.ASTRO_OUT_DIR ?? 'dist', String(port)], { stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  try {
    await waitFor(`${base}/en/`);
    run('integrity crawl', 'node', ['scripts/crawl.mjs', process.env.ASTRO_OUT_DIR ?? 'dist']);
    run('html-validate', 'node', ['scripts/validate-html.mjs', process.env.ASTRO_OUT_DIR ?? 'dist']);
    run('browser tests', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/*.test.mjs'], { BASE_URL: base });
  } finally {
    server.kill();
  }
  // Builds twice more (into tmp/determinism/) and compares every file byte for byte.
  if (!process.env.SKIP_BUILD) run('deterministic build', 'node', ['scripts/check-deterministic.mjs']);
}
console.log('\n✔ All tests passed.');
