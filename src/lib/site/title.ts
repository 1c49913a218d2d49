/** Longest `<title>` the site writes: what search results show, and html-validate's `long-title` limit. */
export const MAX_TITLE = 70;

/**
 * The document title: "Page · Site" when it fits, else the page's title alone, else that title cut
 * at a word with "…". Long event titles (share pages) are the ones that need it; og:title keeps
 * the whole title.
 */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const withSite = `${title} · ${siteName}`;
  if (withSite.length <= MAX_TITLE) return withSite;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.replace(/[\s,;:–—-]+\S*$/, '')}…`;
}
