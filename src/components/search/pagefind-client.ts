import { toResultView, type PagefindFragment, type ResultView } from '../../lib/search/results.ts';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only (nothing is fetched until the reader searches).
 * Pagefind picks the index of the page's `<html lang>`.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Searches and returns up to `limit` results, or null when a newer query superseded this one.
 * Throws when the index cannot load (offline, blocked): callers say so in words.
 */
export async function searchSite(query: string, section: string | undefined, limit: number): Promise<{ total: number; results: ResultView[] } | null> {
  const api = await loadPagefind();
  const found = await api.debouncedSearch(query, section ? { filters: { section } } : {}, 120);
  if (!found) return null;
  const fragments = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return { total: found.results.length, results: fragments.map((f) => toResultView(f)) };
}
