// Serves a built folder for measuring: scripts/serve.mjs (the project's static-host semantics) on a
// free port, behind a small proxy that gzips text responses as real static hosts do (Netlify and
// Cloudflare Pages compress HTML, CSS, JS, JSON, SVG and XML). Without it, Lighthouse would time
// uncompressed transfers no reader ever gets. `stop()` ends only what this module started.
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createGzip } from 'node:zlib';

import { freePort, startStaticServer } from '../lib/server.mjs';

/** Content types a host compresses (Pagefind's own files are gzip already and sent as they are). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|atom\+xml)|image\/svg\+xml)/;

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
  const server = await startStaticServer(dir);
  try {
    const proxy = await compressingProxy(server.port);
    return {
      base: `http://localhost:${proxy.port}`,
      stop: () => {
        proxy.close();
        server.stop();
      },
    };
  } catch (error) {
    server.stop();
    throw error;
  }
}
