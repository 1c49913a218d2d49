// `npm run build`'s last step: Pagefind's index of the built site, then the two files the site's
// search reads next to it (src/lib/search/catalogue.ts says why):
//   pagefind/h20/catalogue.<lang>.json  every indexed page's address, title, section and headings
//   pagefind/h20/words.<lang>.<c>.json  the site's words starting with <c>, most frequent first (typos)
//
// Pagefind closes an index chunk after PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE word positions
// (20,000 by default, pagefind/src/options.rs). A first query downloads the chunk holding its
// word, so the chunk size sets most of what a first query costs beyond Pagefind's engine; the
// value below was chosen by measurement (README, "Search"). The variable is unstable: package.json
// pins Pagefind's exact version, and a different value already in the environment wins (the
// bench's chunk-size sweep sets it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { catalogueEntry } from '../src/lib/search/catalogue.ts';
import { siteVocabulary, vocabularySlices } from '../src/lib/search/vocabulary.ts';

/** Word positions per index chunk (see README, "Search", for the measurements behind it). */
export const INDEX_CHUNK_SIZE = 5000;

const dist = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const bin = resolve(import.meta.dirname, '../node_modules/.bin/pagefind');
const env = {
  ...process.env,
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE),
};
const run = spawnSync(bin, ['--site', dist], { stdio: 'inherit', env });
if (run.status !== 0) process.exit(run.status ?? 1);

/** A Pagefind fragment: `pagefind_dcd` + JSON, gzipped (Pagefind 1.x). */
function readFragment(file) {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
}

const pagefind = join(dist, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8'));
const out = join(pagefind, 'h20');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const lang of Object.keys(entry.languages)) {
  const catalogue = {};
  const texts = [];
  for (const name of readdirSync(join(pagefind, 'fragment'))
    .filter((f) => f.startsWith(`${lang}_`))
    .sort()) {
    const fragment = readFragment(join(pagefind, 'fragment', name));
    catalogue[name.replace(/\.pf_fragment$/, '')] = catalogueEntry(fragment);
    texts.push(fragment.content);
  }
  writeFileSync(join(out, `catalogue.${lang}.json`), JSON.stringify(catalogue));
  for (const [key, words] of Object.entries(vocabularySlices(siteVocabulary(texts)))) {
    writeFileSync(join(out, `words.${lang}.${key}.json`), JSON.stringify(words));
  }
}
console.log(`search-index: catalogue and words for ${Object.keys(entry.languages).join(', ')} in ${out}`);
