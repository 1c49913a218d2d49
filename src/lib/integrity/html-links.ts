/** What the crawl reads from one built HTML page. */
export interface PageScan {
  /** Site path of the page, e.g. `/en/saga/`. */
  path: string;
  ids: Set<string>;
  /** `href`s of `<a>` and `<link rel=alternate|canonical>` elements, as written. */
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

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Reads ids, links and head metadata from HTML text (no DOM: the crawl runs in Node). */
export function scanHtml(path: string, html: string): PageScan {
  const ids = new Set<string>();
  const links: string[] = [];
  const hreflangs: string[] = [];
  let canonical: string | undefined;
  let description: string | undefined;
  let noindex = false;
  for (const [tag] of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)) {
    const id = attr(tag, 'id');
    if (id) ids.add(decode(id));
    const name = attr(tag, 'name');
    if (name) ids.add(decode(name));
    if (/^<a\s/i.test(tag)) {
      const href = attr(tag, 'href');
      if (href !== undefined) links.push(decode(href));
    } else if (/^<link\s/i.test(tag)) {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (rel === 'canonical' && href) canonical = decode(href);
      if (rel === 'alternate' && attr(tag, 'hreflang')) hreflangs.push(attr(tag, 'hreflang')!);
    } else if (/^<meta\s/i.test(tag)) {
      if (attr(tag, 'name') === 'description') description = decode(attr(tag, 'content') ?? '');
      if (attr(tag, 'name') === 'robots' && /noindex/.test(attr(tag, 'content') ?? '')) noindex = true;
    }
  }
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  const afterHtml = /<\/html>\s*\S/i.test(html);
  return { path, ids, links, title: title && decode(title), description, canonical, lang, hreflangs, noindex, afterHtml };
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
