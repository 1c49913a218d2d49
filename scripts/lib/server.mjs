// Serving a built folder as a static host does, in one place: which file answers a URL path, a free
// port, starting scripts/serve.mjs and knowing when it answers. Used by scripts/serve.mjs itself,
// scripts/test.mjs and the bench (which start it), and the bench's byte counts (which read the files
// it would send). Plain JavaScript without dependencies, so `npm run preview` works from a fresh clone.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * The path inside `root` that a URL path names, or undefined when it cannot be decoded or would
 * leave `root`.
 * @param {string} root
 * @param {string} pathname
 */
export function pathIn(root, pathname) {
  const base = resolve(root);
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = join(base, normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

/** True when the URL path names a folder inside `root`. */
export function isFolder(root, pathname) {
  const path = pathIn(root, pathname);
  return !!path && existsSync(path) && statSync(path).isDirectory();
}

/**
 * The file a static host serves for a URL path: the file itself, or `index.html` in a folder;
 * undefined when there is none.
 * @param {string} root
 * @param {string} pathname
 */
export function fileFor(root, pathname) {
  let file = pathIn(root, pathname);
  if (!file || !existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * What a static host answers for a URL path: the file with status 200, else the language's 404
 * page (`/fr/404.html` under `/fr/`, `/404.html` elsewhere) with status 404; undefined when even
 * that is missing.
 * @param {string} root
 * @param {string} pathname
 * @returns {{ file: string, status: number } | undefined}
 */
export function servedFile(root, pathname) {
  const file = fileFor(root, pathname);
  if (file) return { file, status: 200 };
  const notFound = fileFor(root, pathname.startsWith('/fr/') ? '/fr/404.html' : '/404.html');
  return notFound ? { file: notFound, status: 404 } : undefined;
}

/** A free TCP port on `host` (127.0.0.1 unless told). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Resolves once `url` answers 2xx; rejects after `timeoutMs`, or as soon as `child` (the server
 * process, when given) exits.
 * @param {string} url
 * @param {{ timeoutMs?: number, child?: import('node:child_process').ChildProcess }} [options]
 */
export async function waitForServer(url, { timeoutMs = 10_000, child } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`the server for ${url} exited (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${url} did not answer within ${timeoutMs / 1000} s`);
}

const SERVE = new URL('../serve.mjs', import.meta.url).pathname;

/**
 * Starts scripts/serve.mjs for `dir` on a free port of 127.0.0.1 and resolves once `/en/` answers.
 * `stop()` ends that process (and only it).
 * @param {string} dir
 */
export async function startStaticServer(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, dir, String(port)], { stdio: 'ignore', env: { ...process.env, HOST: '127.0.0.1' } });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/en/`, { child });
  } catch (error) {
    stop();
    throw error;
  }
  return { port, base: `http://localhost:${port}`, child, stop };
}
