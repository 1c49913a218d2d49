// `npm run build`'s last step: Pagefind's index of the built site (through Pagefind's Node API),
// then the files the site's search reads next to it (src/lib/search/catalogue.ts says why):
//   pagefind/h20/catalogue.<lang>.json  every indexed page's address, title, section and headings
//   pagefind/h20/words.<lang>.<c>.json  the site's words starting with <c>, most frequent first (typos)
//
// Two things differ from running `pagefind --site dist`:
// - Pagefind reads each page with its typographic apostrophes made plain (textForIndex in
//   src/lib/search/index-text.ts): it splits "d'affaires" into "d" and "affaires", but keeps
//   "d’affaires" whole, so a French reader's "affaires" or "exportation" missed most pages. The
//   pages on disk are not touched.
// - Pagefind closes an index chunk after PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE word positions (20,000
//   by default, pagefind/src/options.rs). A first query downloads the chunk holding its word, so
//   the chunk size sets much of what a first query costs beyond Pagefind's engine; the value below
//   was chosen by measurement (README, "Search"). The variable is unstable: package.json pins
//   Pagefind's exact version, and a value already in the environment wins (the bench's sweep).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

import * as pagefind from 'pagefind';

import { catalogueEntry } from '../src/lib/search/catalogue.ts';
import { textForIndex } from '../src/lib/search/index-text.ts';
import { siteVocabulary, vocabularySlices } from '../src/lib/search/vocabulary.ts';

/** Word positions per index chunk (see README, "Search", for the measurements behind it). */
export const INDEX_CHUNK_SIZE = 3000;

const dist = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);

/** Fails the build with Pagefind's own messages. */
function check(step, response) {
  if (response.errors?.length) throw new Error(`search-index: ${step} failed:\n${response.errors.join('\n')}`);
  return response;
}

const started = performance.now();
const { index } = check('createIndex', await pagefind.createIndex());
const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
  .sort();
for (const file of pages) {
  check(file, await index.addHTMLFile({ url: urlOf(file), content: textForIndex(readFileSync(join(dist, file), 'utf8')) }));
}
const { files } = check('getFiles', await index.getFiles());
const out = join(dist, 'pagefind');
rmSync(out, { recursive: true, force: true });
check('writeFiles', await index.writeFiles({ outputPath: out }));
await pagefind.close();

/** `en/saga/index.html` → `/en/saga/`, `404.html` → `/404.html`: the address a static host serves. */
function urlOf(file) {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A Pagefind fragment: gzipped `pagefind_dcd` + JSON (Pagefind 1.x). */
function readFragment(content) {
  const text = gunzipSync(content).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
}

const h20 = join(out, 'h20');
mkdirSync(h20, { recursive: true });
const languages = new Map();
for (const file of files.filter((f) => /^fragment\/[a-z]+_[^/]+\.pf_fragment$/.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
  const id = file.path.slice('fragment/'.length, -'.pf_fragment'.length);
  const lang = id.slice(0, id.indexOf('_'));
  const fragment = readFragment(file.content);
  const entry = languages.get(lang) ?? { catalogue: {}, texts: [] };
  entry.catalogue[id] = catalogueEntry(fragment);
  entry.texts.push(fragment.content);
  languages.set(lang, entry);
}
for (const [lang, { catalogue, texts }] of languages) {
  writeFileSync(join(h20, `catalogue.${lang}.json`), JSON.stringify(catalogue));
  for (const [key, words] of Object.entries(vocabularySlices(siteVocabulary(texts)))) {
    writeFileSync(join(h20, `words.${lang}.${key}.json`), JSON.stringify(words));
  }
}
const entry = JSON.parse(Buffer.from(files.find((f) => f.path === 'pagefind-entry.json').content).toString('utf8'));
const counts = Object.entries(entry.languages).map(([lang, l]) => `${l.page_count} ${lang}`);
console.log(
  `search-index: ${counts.join(' + ')} pages indexed of ${pages.length} HTML files (the others have no data-pagefind-body), ` +
    `chunks of ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE} positions, in ${Math.round(performance.now() - started)} ms`,
);
