// Integrity crawl of a built site: `node scripts/crawl.mjs [dist]`. Every internal link and
// #anchor must resolve; every indexable page needs a title, description, canonical URL, lang,
// hreflang alternates, and a path from the home pages (rules in scripts/lib/crawl.ts). Exits 1
// with one line per problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkSite, pathOfFile, scanPage } from './lib/crawl.ts';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => !f.startsWith('pagefind/') && !f.startsWith('pagefind\\'));
const paths = new Set(files.map(pathOfFile));
const pages = files.filter((f) => f.endsWith('.html')).map((f) => scanPage(pathOfFile(f), readFileSync(join(dist, f), 'utf8')));
const site = pages.find((p) => p.path === '/en/')?.canonical ?? 'https://example.org/';
const problems = checkSite(pages, paths, site);
const links = pages.reduce((n, p) => n + p.links.length, 0);
if (problems.length) {
  for (const p of problems) console.error(`${p.page}: ${p.message}`);
  console.error(`\n${problems.length} problem(s) in ${pages.length} pages.`);
  process.exit(1);
}
console.log(`Crawl OK: ${pages.length} pages, ${links} links, every internal link and anchor resolves.`);
