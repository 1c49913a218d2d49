/** One page of the sitemap with its translations. */
export interface SitemapPage {
  /** Absolute URLs of the page in each language, keyed by language. */
  urls: Record<string, string>;
  /** Last update, YYYY-MM-DD. */
  lastmod?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sitemap with `xhtml:link` alternates, so search engines pair each English page with
 * its French translation. Sorted for byte-identical builds.
 */
export function renderSitemap(pages: readonly SitemapPage[]): string {
  const entries = pages
    .flatMap((page) =>
      Object.values(page.urls).map((loc) => {
        const alternates = Object.entries(page.urls)
          .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
          .join('\n');
        const lastmod = page.lastmod ? `\n    <lastmod>${page.lastmod}</lastmod>` : '';
        return { loc, xml: `  <url>\n    <loc>${escapeXml(loc)}</loc>${lastmod}\n${alternates}\n  </url>` };
      }),
    )
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map((e) => e.xml);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
