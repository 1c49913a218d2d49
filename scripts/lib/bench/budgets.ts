import { KB } from './format.ts';
import type { BenchResults, PageResult, PageType } from './results.ts';
import { median } from './visits.ts';

/** What a budget limits and how its figure is shown. */
export type BudgetUnit = 'bytes' | 'ms' | 'score' | 'cls';

/** One performance budget. `max`: the figure must be ≤ limit; `min`: ≥ limit. */
export interface Budget {
  id: string;
  label: string;
  unit: BudgetUnit;
  kind: 'max' | 'min';
  limit: number;
  /** Page types the budget applies to (page budgets only). */
  pages?: readonly PageType[];
}

/** Pages that use the article frame and must stay light: first render within one TCP round trip. */
export const ARTICLE_PAGES: readonly PageType[] = ['home', 'chapter', 'glossary'];
/** Pages with an interactive chart or table: a larger script budget. */
export const CHART_PAGES: readonly PageType[] = ['timeline', 'compare', 'rules'];
const ALL_PAGES: readonly PageType[] = ['home', 'chapter', 'glossary', 'timeline', 'compare', 'rules', 'search'];
/** Pages search engines should index: the search results page is `noindex` on purpose, which Lighthouse's SEO score punishes. */
const INDEXED_PAGES: readonly PageType[] = ALL_PAGES.filter((p) => p !== 'search');

/**
 * The site's budgets (from the project brief). CLS is compared after rounding to three
 * decimals, as Lighthouse displays it, so 0.0004 counts as 0.
 */
export const BUDGETS: readonly Budget[] = [
  {
    id: 'first-render',
    label: 'HTML+CSS gzip for the first mobile screen',
    unit: 'bytes',
    kind: 'max',
    limit: 14 * KB,
    pages: ARTICLE_PAGES,
  },
  { id: 'js-article', label: 'JS gzip before search', unit: 'bytes', kind: 'max', limit: 5 * KB, pages: ARTICLE_PAGES },
  { id: 'js-chart', label: 'JS gzip', unit: 'bytes', kind: 'max', limit: 30 * KB, pages: CHART_PAGES },
  { id: 'first-query', label: 'first query fetched (gzip)', unit: 'bytes', kind: 'max', limit: 100 * KB, pages: ALL_PAGES },
  { id: 'lh-performance', label: 'Lighthouse performance', unit: 'score', kind: 'min', limit: 1, pages: ALL_PAGES },
  { id: 'lh-accessibility', label: 'Lighthouse accessibility', unit: 'score', kind: 'min', limit: 1, pages: ALL_PAGES },
  { id: 'lh-best-practices', label: 'Lighthouse best practices', unit: 'score', kind: 'min', limit: 1, pages: ALL_PAGES },
  { id: 'lh-seo', label: 'Lighthouse SEO', unit: 'score', kind: 'min', limit: 1, pages: INDEXED_PAGES },
  { id: 'cls', label: 'CLS', unit: 'cls', kind: 'max', limit: 0, pages: ALL_PAGES },
  { id: 'layout-1000', label: 'timeline layout, 1,000 events', unit: 'ms', kind: 'max', limit: 50 },
  // One frame at 60 Hz: moving the explorer's slider redraws within the frame the move happens in.
  { id: 'redraw', label: 'rule explorer redraw for a date change (median)', unit: 'ms', kind: 'max', limit: 16 },
  { id: 'search-quality', label: 'search-quality suite hit rate', unit: 'score', kind: 'min', limit: 1 },
  // The Starlight twin's median first visit (51.3 KiB, issue #13): a first visit as light as the standard docs theme.
  { id: 'first-visit-median', label: 'first visit, median of the English pages (gzip)', unit: 'bytes', kind: 'max', limit: 51 * KB },
  { id: 'second-view', label: 'second view, median of the English pages (gzip)', unit: 'bytes', kind: 'max', limit: 20 * KB },
];

/** The result of holding one figure against one budget. */
export interface BudgetCheck {
  budget: Budget;
  /** `undefined` when the figure was not measured (skipped or failed): not a failure. */
  value: number | null | undefined;
  ok: boolean;
  /** The page the figure belongs to, for page budgets. */
  page?: { type: PageType; lang: string; path: string };
}

/** The figure a page budget reads from a page result (undefined when not measured). */
export function pageFigure(budget: Budget, page: PageResult): number | null | undefined {
  switch (budget.id) {
    case 'first-render':
      return page.firstRenderGzip;
    case 'js-article':
    case 'js-chart':
      return page.load.js.gzip;
    case 'first-query':
      // On the search page the query runs on load; the bench records its Pagefind files as the first query.
      return page.firstQuery?.total.gzip;
    case 'lh-performance':
      return page.lighthouse?.performance;
    case 'lh-accessibility':
      return page.lighthouse?.accessibility;
    case 'lh-best-practices':
      return page.lighthouse?.bestPractices;
    case 'lh-seo':
      return page.lighthouse?.seo;
    case 'cls':
      return page.lighthouse?.cls;
    default:
      return undefined;
  }
}

/** True when `value` keeps within the budget. A `null` score (Lighthouse could not score) fails. */
export function withinBudget(budget: Budget, value: number | null): boolean {
  if (value === null) return false;
  const v = budget.unit === 'cls' ? Math.round(value * 1000) / 1000 : budget.unit === 'score' ? Math.round(value * 100) / 100 : value;
  return budget.kind === 'max' ? v <= budget.limit : v >= budget.limit;
}

/** Every budget that applies to a page, checked. */
export function checkPage(page: PageResult, budgets: readonly Budget[] = BUDGETS): BudgetCheck[] {
  return budgets
    .filter((b) => b.pages?.includes(page.type))
    .map((budget) => {
      const value = pageFigure(budget, page);
      return {
        budget,
        value,
        ok: value === undefined ? true : withinBudget(budget, value),
        page: { type: page.type, lang: page.lang, path: page.path },
      };
    });
}

/** Every budget of a run: page budgets for each page measured, then the site-wide ones. */
export function checkBudgets(results: BenchResults, budgets: readonly Budget[] = BUDGETS): BudgetCheck[] {
  const checks = results.pages.flatMap((page) => checkPage(page, budgets));
  for (const [id, value] of [
    ['layout-1000', results.layout?.medianMs],
    ['redraw', results.redraw?.medianMs],
  ] as const) {
    const budget = budgets.find((b) => b.id === id);
    if (budget) checks.push({ budget, value, ok: value === undefined ? true : withinBudget(budget, value) });
  }
  // Every first query measured on its own (any query, not only "H20", must keep within budget).
  const firstQuery = budgets.find((b) => b.id === 'first-query');
  for (const q of firstQuery ? (results.search?.firstQueries ?? []) : []) {
    const value = q.total.gzip;
    checks.push({
      budget: firstQuery!,
      value,
      ok: withinBudget(firstQuery!, value),
      page: { type: 'chapter', lang: q.lang, path: `${q.path} first query "${q.query}"` },
    });
  }
  const quality = budgets.find((b) => b.id === 'search-quality');
  for (const [lang, q] of quality ? Object.entries(results.search?.quality ?? {}) : []) {
    checks.push({
      budget: quality!,
      value: q.rate,
      ok: withinBudget(quality!, q.rate),
      page: { type: 'search', lang, path: 'tests/search-quality/queries.yaml' },
    });
  }
  const visits = results.visits ?? [];
  const medians: Record<string, number | undefined> = {
    'first-visit-median': median(visits.map((v) => v.first.total)),
    'second-view': median(visits.map((v) => v.second.total)),
  };
  for (const [id, value] of Object.entries(medians)) {
    const budget = budgets.find((b) => b.id === id);
    if (budget && value !== undefined) checks.push({ budget, value, ok: withinBudget(budget, value) });
  }
  return checks;
}

/** The checks that failed (a figure that was measured and broke its budget). */
export function brokenBudgets(checks: readonly BudgetCheck[]): BudgetCheck[] {
  return checks.filter((c) => !c.ok);
}
