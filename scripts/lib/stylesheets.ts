/**
 * Which CSS a page links (cached) and which it carries inline, decided after `astro build`.
 *
 * Astro (`inlineStylesheets: 'never'`) splits the CSS into chunks by what imports it and links
 * every chunk a page needs, in cascade order. Kept as it is, a chapter would make four
 * render-blocking requests; inlined as it was, every page view re-sent the same 30 KB (6.4 KB gzip)
 * of CSS, since nothing inline is cached. The plan here keeps both the cascade and the cache:
 * chunks that most pages link are joined, in the order the page links them, into one file named
 * by its content (cached as immutable, so a second page view sends no CSS); chunks that only a few
 * pages link (the chips cards, the compare charts, the sources index) go inline where their
 * `<link>` was, so those pages make no extra request for them and other pages never load them.
 * Pure: scripts/postbuild.mjs reads and writes the files.
 */
import { createHash } from 'node:crypto';

/** What replaces a page's run of stylesheet links, in order: one joined file, or one chunk inline. */
export type StylePart = { kind: 'link'; chunks: string[] } | { kind: 'inline'; chunk: string };

/**
 * A chunk linked by at least this share of the pages is joined into a shared file; below it,
 * inlined. With 40 pages, the article frame's chunks (34 to 40 pages) are shared and the
 * single-page components' (2 to 4 pages) inline.
 */
export const SHARED_SHARE = 0.5;

/**
 * Plans every page: `links` maps a page to the stylesheet hrefs it links, in order. Consecutive
 * shared chunks become one `link` part; each other chunk an `inline` part, in place.
 */
export function planStyles(links: ReadonlyMap<string, readonly string[]>, share = SHARED_SHARE): Map<string, StylePart[]> {
  const uses = new Map<string, number>();
  for (const hrefs of links.values()) for (const h of new Set(hrefs)) uses.set(h, (uses.get(h) ?? 0) + 1);
  const shared = (h: string) => (uses.get(h) ?? 0) >= share * links.size;
  const plans = new Map<string, StylePart[]>();
  for (const [page, hrefs] of links) {
    const parts: StylePart[] = [];
    for (const href of hrefs) {
      const last = parts.at(-1);
      if (!shared(href)) parts.push({ kind: 'inline', chunk: href });
      else if (last?.kind === 'link') last.chunks.push(href);
      else parts.push({ kind: 'link', chunks: [href] });
    }
    plans.set(page, parts);
  }
  return plans;
}

/** The joined file of some chunks' CSS: `/_astro/styles.<hash of the CSS>.css`. */
export function joinedName(css: string): string {
  return `/_astro/styles.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
}

/** The stylesheet links of a page as Astro writes them: `<link rel="stylesheet" href="/_astro/x.css">`. */
const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The hrefs a page's HTML links as stylesheets, in order. */
export function stylesheetLinks(html: string): string[] {
  return [...html.matchAll(LINK)].map((m) => m[1]!);
}

/**
 * The page with its stylesheet links replaced by `parts`: written where the first link was (the
 * links are consecutive in the head), the others removed. `css` gives a chunk's text and
 * `joined` a shared file's href for its chunks.
 */
export function rewriteStyles(
  html: string,
  parts: readonly StylePart[],
  css: (chunk: string) => string,
  joined: (chunks: readonly string[]) => string,
): string {
  const matches = [...html.matchAll(LINK)];
  if (!matches.length) return html;
  const markup = parts
    .map((p) => (p.kind === 'link' ? `<link rel="stylesheet" href="${joined(p.chunks)}">` : `<style>${css(p.chunk)}</style>`))
    .join('');
  let out = '';
  let last = 0;
  matches.forEach((m, i) => {
    out += html.slice(last, m.index) + (i === 0 ? markup : '');
    last = m.index! + m[0].length;
  });
  return out + html.slice(last);
}
