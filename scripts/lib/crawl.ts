/**
 * The integrity crawl's rules (scripts/crawl.mjs runs them over a build): every internal link and
 * `#anchor` resolves, every indexable page has the metadata readers and search engines need, and
 * every page is reachable from the home pages. Pages are read with the one HTML reader (./html.ts).
 */
import {
  canonical,
  description,
  hreflangAlternates,
  ids,
  lang,
  links,
  markupAfterHtml,
  noindex,
  type Page,
  parsePage,
  title,
} from './html.ts';

/** What the crawl reads from one built HTML page. */
export interface PageScan {
  /** Site path of the page, e.g. `/en/saga/`. */
  path: string;
  ids: Set<string>;
  /** `href`s of the page's `<a>` elements, as written. */
  links: string[];
  title?: string;
  description?: string;
  canonical?: string;
  lang?: string;
  hreflangs: string[];
  noindex: boolean;
  /** Markup after `</html>` (a script a layout placed outside its body): parsers move it, validators may not say so. */
  afterHtml: boolean;
}

/** Reads ids, links and head metadata from a page's HTML (parsed once, or pass the parsed page). */
export function scanPage(path: string, html: string, page: Page = parsePage(html)): PageScan {
  return {
    path,
    ids: ids(page),
    links: links(page),
    title: title(page),
    description: description(page),
    canonical: canonical(page),
    lang: lang(page),
    hreflangs: hreflangAlternates(page).map((a) => a.hreflang),
    noindex: noindex(page),
    afterHtml: markupAfterHtml(page),
  };
}

/** One broken link or missing piece of page metadata. */
export interface CrawlProblem {
  page: string;
  message: string;
}

/**
 * Checks every internal link and `#anchor` against the scanned pages and the other files of
 * the build, and that every indexable page has the metadata readers and search engines need.
 * Also reports pages that no link reaches from the home pages (orphans).
 */
export function checkSite(pages: readonly PageScan[], files: ReadonlySet<string>, site: string): CrawlProblem[] {
  const problems: CrawlProblem[] = [];
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const origin = new URL(site).origin;
  const edges = new Map<string, Set<string>>();

  for (const page of pages) {
    const out = new Set<string>();
    edges.set(page.path, out);
    for (const href of page.links) {
      if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) continue;
      const url = new URL(href, origin + page.path);
      if (url.origin !== origin) continue;
      const target = url.pathname.endsWith('/') ? url.pathname : url.pathname;
      const targetPage = byPath.get(target);
      if (!targetPage && !files.has(target)) {
        problems.push({ page: page.path, message: `broken link ${href}` });
        continue;
      }
      if (targetPage) out.add(targetPage.path);
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && targetPage && !targetPage.ids.has(hash)) problems.push({ page: page.path, message: `missing anchor ${href}` });
    }
    if (page.afterHtml) problems.push({ page: page.path, message: 'markup after </html>' });
    if (page.noindex) continue;
    if (!page.title) problems.push({ page: page.path, message: 'no <title>' });
    if (!page.description) problems.push({ page: page.path, message: 'no meta description' });
    if (!page.canonical) problems.push({ page: page.path, message: 'no canonical URL' });
    if (!page.lang) problems.push({ page: page.path, message: 'no <html lang>' });
    if (!['en', 'fr'].every((l) => page.hreflangs.includes(l)))
      problems.push({ page: page.path, message: 'missing hreflang alternates (en, fr)' });
  }

  const reached = new Set<string>();
  const queue = ['/en/', '/fr/'].filter((p) => byPath.has(p));
  while (queue.length) {
    const next = queue.pop()!;
    if (reached.has(next)) continue;
    reached.add(next);
    for (const target of edges.get(next) ?? []) queue.push(target);
  }
  for (const page of pages) {
    if (!page.noindex && !reached.has(page.path) && page.path !== '/')
      problems.push({ page: page.path, message: 'orphan: no link reaches it from the home pages' });
  }
  return problems;
}

/** Site path of a built file: `en/saga/index.html` → `/en/saga/`, `404.html` → `/404.html`. */
export function pathOfFile(relative: string): string {
  const path = `/${relative.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
