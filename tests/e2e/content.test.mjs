// The saga and its translation, as built: sources on every chapter, same section ids in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { url } from './harness.mjs';

const sitemap = await (await fetch(url('/sitemap.xml'))).text();
const englishPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p.startsWith('/en/'));
const html = async (path) => (await fetch(url(path))).text();
const headingIds = (page) => [...page.matchAll(/<h[2-4][^>]*\sid="([^"]+)"/g)].map((m) => m[1]).sort();

test('every saga page cites at least one source and lists it', async () => {
  const saga = englishPages.filter((p) => p.startsWith('/en/saga/'));
  assert.ok(saga.length >= 9, `overview and eight chapters (found ${saga.length})`);
  for (const path of saga) {
    for (const page of [await html(path), await html(path.replace('/en/', '/fr/'))]) {
      const marks = page.match(/class="cite-link"/g)?.length ?? 0;
      const listed = page.match(/<li id="ref-/g)?.length ?? 0;
      assert.ok(marks > 0 && listed > 0, `${path}: ${marks} citation marks, ${listed} listed sources`);
    }
  }
});

test('English and French pages have the same section ids', async () => {
  for (const path of englishPages) {
    const en = headingIds(await html(path));
    const fr = headingIds(await html(path.replace('/en/', '/fr/')));
    assert.deepEqual(fr, en, `section ids of ${path} and its French page`);
  }
});
