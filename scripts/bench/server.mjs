// Serves a built folder for measuring: scripts/serve.mjs (the project's static-host semantics) on a
// free port, behind a small proxy that gzips text responses as real static hosts do (Netlify and
// Cloudflare Pages compress HTML, CSS, JS, JSON, SVG and XML). Without it, Lighthouse would time
// uncompressed transfers no reader ever gets. `stop()` ends only what this module started.
import { spawn } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';

import { ROOT } from './build.mjs';

/** Content types a host compresses (Pagefind's own files are gzip already and sent as they are). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|atom\+xml)|image\/svg\+xml)/;

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A gzip-on-the-fly proxy on a free port in front of `target` (http://127.0.0.1:port). */
async function compressingProxy(targetPort) {
  const port = await freePort();
  const proxy = createHttpServer((req, res) => {
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
      const type = String(up.headers['content-type'] ?? '');
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type) && req.method !== 'HEAD';
      const headers = { ...up.headers };
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(up.statusCode ?? 502, headers);
      if (gzip) up.pipe(createGzip()).pipe(res);
      else up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  return { port, close: () => proxy.close() };
}

/** Serves `dir` (gzip-compressed, like a static host); resolves once `/en/` answers. */
export async function startServer(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), dir, String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) {
        const proxy = await compressingProxy(port);
        return {
          base: `http://localhost:${proxy.port}`,
          stop: () => {
            proxy.close();
            child.kill();
          },
        };
      }
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`scripts/serve.mjs did not start on port ${port} for ${dir}`);
}
