import { fill } from '../i18n/fill.ts';

export { searchPageUrl } from './search-url.ts';

/** The parts of a Pagefind result the site shows (see pagefind's `PagefindSearchFragment`). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** One result as the site renders it: the page, and up to three sections that matched. */
export interface ResultView {
  /** Pagefind's page id. */
  id?: string;
  url: string;
  title: string;
  /** Pagefind's excerpt (escaped text, `<mark>` around matches); absent until the page's fragment is loaded. */
  excerpt?: string;
  section?: string;
  sections: { url: string; title: string; excerpt?: string }[];
}

/**
 * Keeps the sections (sub-results with an anchor) that matched most often, best first,
 * so the first link under a page is the section that answers the query.
 */
export function toResultView(fragment: PagefindFragment, maxSections = 3): ResultView {
  const title = fragment.meta.title ?? fragment.url;
  const sections = (fragment.sub_results ?? [])
    .filter((sub) => sub.url.includes('#'))
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, maxSections)
    .map(({ sub }) => ({ url: stripHighlight(sub.url), title: sub.title, excerpt: sub.excerpt }));
  return { url: stripHighlight(fragment.url), title, excerpt: fragment.excerpt, section: fragment.filters?.section?.[0], sections };
}

/** The link Enter should open: the best-matching section of the best page, else the page. */
export function bestLink(results: readonly ResultView[]): string | undefined {
  const first = results[0];
  return first ? (first.sections[0]?.url ?? first.url) : undefined;
}

/** A link without its words to mark (`?hl=`, or Pagefind's own `?highlight=`): the page's canonical address. */
export function stripHighlight(url: string): string {
  return url.replace(/([?&])(?:hl|highlight)=[^&#]*&?/g, '$1').replace(/[?&](#|$)/, '$1');
}

/** The localised messages both search UIs read from their `data-strings` attribute. */
export interface SearchStrings {
  loading: string;
  none: string;
  count: string;
  one: string;
  /** "No page has all of “{query}” — showing results for “{searched}”." */
  relaxed: string;
  unavailable: string;
  sections: Record<string, string>;
}

/**
 * The live status line: "3 results for “H20”.", "1 result…", "No results…", or, when the search
 * had to leave words out or correct them (`searched` differs from what was typed), which words
 * it searched instead.
 */
export function resultStatus(strings: SearchStrings, total: number, query: string, searched?: string): string {
  if (total === 0) return fill(strings.none, { query });
  if (searched !== undefined) return fill(strings.relaxed, { query, searched });
  return fill(total === 1 ? strings.one : strings.count, { count: total, query });
}
