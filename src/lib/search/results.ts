import { fill } from '../i18n/fill.ts';

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
  url: string;
  title: string;
  excerpt: string;
  section?: string;
  sections: { url: string; title: string; excerpt: string }[];
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

/** Canonical links stay free of Pagefind's `?highlight=` parameter. */
export function stripHighlight(url: string): string {
  return url.replace(/[?&]highlight=[^&#]*/, '').replace(/\?(#|$)/, '$1');
}

/** The shareable address of a search: `/en/search/?q=revenue+share&section=saga`. */
export function searchPageUrl(lang: string, query: string, section?: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (section) params.set('section', section);
  const qs = params.toString();
  return `/${lang}/search/${qs ? `?${qs}` : ''}`;
}

/** The localised messages both search UIs read from their `data-strings` attribute. */
export interface SearchStrings {
  loading: string;
  none: string;
  count: string;
  one: string;
  unavailable: string;
  sections: Record<string, string>;
}

/** "3 results for “H20”.", "1 result…" or "No results…", for the live status line. */
export function resultStatus(strings: SearchStrings, total: number, query: string): string {
  if (total === 0) return fill(strings.none, { query });
  return fill(total === 1 ? strings.one : strings.count, { count: total, query });
}
