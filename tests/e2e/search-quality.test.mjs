// The search-quality suite (tests/search-quality/queries.yaml) against the built site: every
// query through the site's own search page, so variants, typo correction and relaxation count.
// Fails below a 100 % hit rate in either language, or on any query with no result.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { describeMisses, hitRates, loadQueries, runQueries } from '../../scripts/lib/search-quality.mjs';
import { BASE_URL, launchBrowser } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('every reader query of the suite finds its page and section in the top 3, in both languages', async () => {
  const queries = loadQueries();
  assert.ok(queries.length >= 80, `the suite has at least 80 queries (has ${queries.length})`);
  const outcomes = await runQueries(browser, BASE_URL, queries);
  const rates = hitRates(outcomes);
  for (const [lang, r] of Object.entries(rates)) {
    console.log(`search quality ${lang}: ${r.hits}/${r.queries} (${(r.rate * 100).toFixed(1)} %), ${r.zero} without results`);
  }
  assert.deepEqual(describeMisses(outcomes), []);
  for (const lang of ['en', 'fr']) assert.equal(rates[lang]?.rate, 1, `${lang} hit rate`);
});
