import { describe, expect, test } from 'vitest';

import { brokenBudgets, BUDGETS, checkBudgets, checkPage, withinBudget } from '../../../scripts/lib/bench/budgets.ts';
import { type PageResult, resourceKind, zeroSizes } from '../../../scripts/lib/bench/results.ts';

function page(
  type: PageResult['type'],
  figures: { html?: number; css?: number; js?: number; query?: number; lh?: number; cls?: number } = {},
): PageResult {
  const load = {
    html: zeroSizes(),
    css: zeroSizes(),
    js: zeroSizes(),
    font: zeroSizes(),
    image: zeroSizes(),
    data: zeroSizes(),
    other: zeroSizes(),
    total: zeroSizes(),
  };
  load.html.gzip = figures.html ?? 0;
  load.css.gzip = figures.css ?? 0;
  load.js.gzip = figures.js ?? 0;
  const result: PageResult = { type, lang: 'en', path: `/en/${type}/`, load, firstRenderGzip: load.html.gzip + load.css.gzip };
  if (figures.query !== undefined)
    result.firstQuery = {
      query: 'H20',
      total: { raw: 0, gzip: figures.query, requests: 5 },
      pagefind: zeroSizes(),
      msToResults: 100,
      results: 3,
    };
  if (figures.lh !== undefined)
    result.lighthouse = {
      performance: figures.lh,
      accessibility: 1,
      bestPractices: 1,
      seo: 1,
      lcpMs: 900,
      cls: figures.cls ?? 0,
      tbtMs: 0,
      failing: [],
    };
  return result;
}

const byId = (checks: ReturnType<typeof checkPage>) => Object.fromEntries(checks.map((c) => [c.budget.id, c.ok]));

describe('budgets', () => {
  test('an article page within 14 KB HTML+CSS and 5 KB JS passes; over it fails', () => {
    expect(byId(checkPage(page('chapter', { html: 8000, css: 6000, js: 4000 })))).toMatchObject({
      'first-render': true,
      'js-article': true,
    });
    expect(byId(checkPage(page('chapter', { html: 9000, css: 6000, js: 6000 })))).toMatchObject({
      'first-render': false,
      'js-article': false,
    });
  });
  test('timeline and compare get 30 KB of JS and no first-render budget', () => {
    const checks = byId(checkPage(page('timeline', { html: 90_000, js: 29_000 })));
    expect(checks['js-chart']).toBe(true);
    expect(checks['first-render']).toBeUndefined();
    expect(byId(checkPage(page('compare', { js: 31 * 1024 })))['js-chart']).toBe(false);
  });
  test('the rule explorer is a chart page: 30 KB of JS, and its redraw for a date change within one frame (16 ms)', () => {
    expect(byId(checkPage(page('rules', { html: 60_000, js: 29_000 })))).toMatchObject({ 'js-chart': true });
    expect(byId(checkPage(page('rules', { js: 31 * 1024 })))['js-chart']).toBe(false);
    const redraw = (medianMs: number) =>
      checkBudgets({ version: 1, measuredAt: '', pages: [], redraw: { path: '/en/rules/', changes: 50, medianMs, maxMs: medianMs * 2 } });
    expect(brokenBudgets(redraw(9))).toEqual([]);
    expect(brokenBudgets(redraw(17)).map((c) => c.budget.id)).toEqual(['redraw']);
  });
  test('unmeasured figures do not fail; a null Lighthouse score does', () => {
    expect(brokenBudgets(checkPage(page('home')))).toEqual([]);
    const p = page('home', { lh: 1 });
    p.lighthouse!.seo = null;
    expect(brokenBudgets(checkPage(p)).map((c) => c.budget.id)).toEqual(['lh-seo']);
  });
  test('scores need 100, CLS rounds to three decimals, first query ≤ 100 KB', () => {
    expect(byId(checkPage(page('search', { lh: 0.99 })))['lh-performance']).toBe(false);
    expect(byId(checkPage(page('search', { lh: 1, cls: 0.0004 })))['cls']).toBe(true);
    expect(byId(checkPage(page('search', { lh: 1, cls: 0.002 })))['cls']).toBe(false);
    expect(byId(checkPage(page('home', { query: 100 * 1024 })))['first-query']).toBe(true);
    expect(byId(checkPage(page('home', { query: 100 * 1024 + 1 })))['first-query']).toBe(false);
  });
  test('the noindex search page has no SEO budget', () => {
    const p = page('search', { lh: 1 });
    p.lighthouse!.seo = 0.66;
    expect(byId(checkPage(p))['lh-seo']).toBeUndefined();
  });
  test('layout budget: under 50 ms for 1,000 events', () => {
    const layout = BUDGETS.find((b) => b.id === 'layout-1000')!;
    expect(withinBudget(layout, 12)).toBe(true);
    const checks = checkBudgets({
      version: 1,
      measuredAt: '',
      pages: [],
      layout: { events: 1000, medianMs: 61, maxMs: 70, labels: 10, overlaps: 0 },
    });
    expect(brokenBudgets(checks).map((c) => c.budget.id)).toEqual(['layout-1000']);
  });
  test('resource kinds from path and browser type', () => {
    expect(resourceKind('/en/', 'Document')).toBe('html');
    expect(resourceKind('/_astro/a.css', 'Stylesheet')).toBe('css');
    expect(resourceKind('/pagefind/pagefind.js', 'Fetch')).toBe('js');
    expect(resourceKind('/pagefind/wasm.en.pagefind', 'Fetch')).toBe('data');
    expect(resourceKind('/pagefind/fragment/en_1.pf_fragment')).toBe('data');
    expect(resourceKind('/_astro/inter.woff2', 'Font')).toBe('font');
  });
});
