// Serves a built site folder over HTTP: `node scripts/serve.mjs [dir=dist] [port=4321]`.
// Static-host semantics: /path/ → /path/index.html, missing files → the language's 404 page.
// Used by `npm start` and by the browser tests; no dependencies so a fresh clone can run it.
//
// It listens on 127.0.0.1 unless HOST names another address: `HOST=0.0.0.0 npm run preview`
// makes it reachable from outside a container or VM (PORT, or the second argument, sets the port).
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';

import { CONTENT_TYPES, isFolder, servedFile } from './lib/server.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = process.env.HOST || '127.0.0.1';

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A directory without its trailing slash redirects, as static hosts do.
  if (!url.pathname.endsWith('/') && isFolder(root, url.pathname)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  const served = servedFile(root, url.pathname);
  if (!served) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('Not found');
  }
  const hashed = url.pathname.startsWith('/_astro/');
  res.writeHead(served.status, {
    'content-type': CONTENT_TYPES[extname(served.file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(served.file).pipe(res);
});

server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Serving ${root} on http://${shown}:${port}/${host === '0.0.0.0' || host === '::' ? ' (all interfaces)' : ''}`);
});
