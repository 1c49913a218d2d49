// The search-quality suite (tests/search-quality/queries.yaml): realistic reader queries, each with
// the page and section that answer it. Every query goes through the site's own search page in
// Chromium, so variants, typo correction and relaxation count exactly as readers get them.
// A query is a hit when one of the first three results is an expected page and, when the
// expectation names a section, that section is among the result's sections. Used by the browser
// test (tests/e2e/search-quality.test.mjs) and by `npm run bench`, which prints the hit rates.
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

/** The suite's queries file. */
export const QUERIES_FILE = new URL('../../tests/search-quality/queries.yaml', import.meta.url);

/**
 * @typedef {{ q: string, lang: 'en' | 'fr', expect: string[], why?: string }} QualityQuery
 * @typedef {{ url: string, sections: string[] }} ShownResult
 * @typedef {QualityQuery & { status: string, shown: ShownResult[], total: number, hit: boolean }} QualityOutcome
 */

/**
 * Reads and checks the queries: each has `q`, `lang` (en or fr) and `expect` (one address or a
 * list, `/en/saga/the-money/#revenue-share`; without `#…`, the page alone is expected).
 * @returns {QualityQuery[]}
 */
export function loadQueries(file = QUERIES_FILE) {
  const raw = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: must be a list of queries`);
  return raw.map((entry, i) => {
    const expect = typeof entry?.expect === 'string' ? [entry.expect] : entry?.expect;
    const where = `${file} entry ${i + 1} (${JSON.stringify(entry?.q)})`;
    if (typeof entry?.q !== 'string' || !entry.q.trim()) throw new Error(`${where}: "q" must be the query as a reader types it`);
    if (entry.lang !== 'en' && entry.lang !== 'fr') throw new Error(`${where}: "lang" must be en or fr`);
    if (!Array.isArray(expect) || !expect.length || !expect.every((e) => typeof e === 'string' && e.startsWith(`/${entry.lang}/`)))
      throw new Error(`${where}: "expect" must be one or more addresses under /${entry.lang}/`);
    return { q: entry.q, lang: entry.lang, expect, ...(entry.why ? { why: entry.why } : {}) };
  });
}

/** Path and fragment of a result link, without the words to mark (`?hl=`). */
function address(href, base) {
  const url = new URL(href, base);
  return `${url.pathname}${url.hash}`;
}

/**
 * Is one of the first three results an expected page, with the expected section among its
 * sections? `shown` holds addresses (path + #section), sections in the order shown.
 * @param {string[]} expect
 * @param {ShownResult[]} shown
 */
export function isHit(expect, shown) {
  return shown.slice(0, 3).some((result) =>
    expect.some((e) => {
      const [page, section] = e.split('#');
      return result.url === page && (!section || result.sections.slice(0, 3).includes(`${page}#${section}`));
    }),
  );
}

/**
 * Runs the queries on the search page at `base` (one browser context per language) and returns
 * each outcome. `legacy` waits for the status line instead of the page's `data-query` mark, for
 * builds made before the search marked it.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {QualityQuery[]} queries
 * @returns {Promise<QualityOutcome[]>}
 */
export async function runQueries(browser, base, queries, { legacy = false } = {}) {
  const outcomes = [];
  for (const lang of [...new Set(queries.map((q) => q.lang))]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`/${lang}/search/`, base).href);
      for (const query of queries.filter((q) => q.lang === lang)) {
        await page.locator('#search-page-input').fill(query.q);
        // The search page marks the query it has finished showing (search-page.ts); before it did,
        // (`legacy`, to measure an older build) its status line quoted the query.
        await page.waitForFunction(
          ([q, legacy]) =>
            legacy
              ? new RegExp(`[“«]\\s?${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?[”»]`).test(
                  document.querySelector('h20-search-page .search-status')?.textContent ?? '',
                )
              : document.querySelector('h20-search-page')?.dataset.query === q,
          [query.q, legacy],
          { timeout: 20_000 },
        );
        const seen = await page.evaluate(() => ({
          status: document.querySelector('h20-search-page .search-status')?.textContent ?? '',
          total: document.querySelectorAll('h20-search-page .search-result').length,
          shown: [...document.querySelectorAll('h20-search-page .search-result')].slice(0, 3).map((item) => ({
            url: item.querySelector('.search-result-title')?.getAttribute('href') ?? '',
            sections: [...item.querySelectorAll('.search-subresults a')].map((a) => a.getAttribute('href') ?? ''),
          })),
        }));
        const shown = seen.shown.map((r) => ({ url: address(r.url, base), sections: r.sections.map((s) => address(s, base)) }));
        outcomes.push({ ...query, status: seen.status, total: seen.total, shown, hit: isHit(query.expect, shown) });
      }
    } finally {
      await context.close();
    }
  }
  return outcomes;
}

/**
 * Hit rate per language: `{ en: { queries, hits, rate, zero } }` (`zero`: queries with no result).
 * @param {QualityOutcome[]} outcomes
 */
export function hitRates(outcomes) {
  const rates = {};
  for (const o of outcomes) {
    const r = (rates[o.lang] ??= { queries: 0, hits: 0, rate: 0, zero: 0 });
    r.queries += 1;
    if (o.hit) r.hits += 1;
    if (o.total === 0) r.zero += 1;
    r.rate = r.hits / r.queries;
  }
  return rates;
}

/** One line per missed query: what was typed, what was expected, what came first. */
export function describeMisses(outcomes) {
  return outcomes
    .filter((o) => !o.hit || o.total === 0)
    .map(
      (o) =>
        `${o.lang} ${JSON.stringify(o.q)}: expected ${o.expect.join(' or ')}; got ${
          o.shown.map((r) => `${r.url} [${r.sections.map((s) => s.split('#')[1]).join(', ')}]`).join(' | ') || 'nothing'
        } — ${o.status}`,
    );
}
