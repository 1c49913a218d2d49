// `npm run bench -- --chunk-sizes 3000,5000,10000,20000`: how Pagefind's index chunk size
// (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, see scripts/search-index.mjs) trades the bytes of a first
// query against the number of files. For each size, the built site is copied (tmp/bench/chunks-N,
// inside the project, removed after), indexed with that size, and measured: index size and file
// count, the header box's first query for each query in both languages, and the search page's
// Lighthouse performance (median of `runs`).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { launchBrowser } from '../lib/browser.mjs';
import { folderBytes, ROOT } from './build.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureFirstQuery } from './measure.mjs';
import { startServer } from './server.mjs';

/**
 * @param {{ dist: string, sizes: number[], queries: string[], path: (lang: string) => string, langs: string[], runs: number, lighthouse: boolean, log: (s: string) => void }} options
 */
export async function sweepChunkSizes({ dist, sizes, queries, path, langs, runs, lighthouse, log }) {
  const rows = [];
  for (const size of sizes) {
    const dir = join(ROOT, `tmp/bench/chunks-${size}`);
    log(`▶ chunk size ${size}: indexing a copy of the site…`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(dist, dir, { recursive: true });
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/search-index.mjs'), dir], {
        env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(size) },
        stdio: 'ignore',
      });
      const index = folderBytes(join(dir, 'pagefind'), (name) => name.startsWith('index/'));
      const all = folderBytes(join(dir, 'pagefind'));
      const row = {
        size,
        indexChunks: index.files,
        indexChunkBytes: index.bytes,
        pagefindBytes: all.bytes,
        pagefindFiles: all.files,
        firstQueries: [],
      };
      const server = await startServer(dir);
      const browser = await launchBrowser();
      try {
        for (const lang of langs) {
          for (const query of queries) {
            const { files: _files, ...figures } = await measureFirstQuery(browser, {
              base: server.base,
              dist: dir,
              path: path(lang),
              query,
            });
            row.firstQueries.push(figures);
          }
        }
        if (lighthouse) {
          const url = new URL(`/${langs[0]}/search/?q=H20`, server.base).href;
          row.lighthouse = (await runLighthouse([url], { runs, log })).get(url);
        }
      } finally {
        await browser.close();
        server.stop();
      }
      rows.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
