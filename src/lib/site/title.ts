/** Longest `<title>` the site writes: what search results show, and html-validate's `long-title` limit. */
export const MAX_TITLE = 70;

/** Length of the title as written in HTML, where html-validate measures it: `'` becomes `&#39;`, `&` `&amp;`. */
export function htmlLength(text: string): number {
  let n = 0;
  for (const ch of text) n += ch === "'" || ch === '"' || ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : 1;
  return n;
}

/**
 * The document title: "Page · Site" when it fits, else the page's title alone, else that title cut
 * at a word with "…". Long event titles (share pages) are the ones that need it; og:title keeps
 * the whole title.
 */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const withSite = `${title} · ${siteName}`;
  if (htmlLength(withSite) <= MAX_TITLE) return withSite;
  if (htmlLength(title) <= MAX_TITLE) return title;
  let cut = title;
  while (cut && htmlLength(`${cut}…`) > MAX_TITLE) cut = cut.replace(/[\s,;:–—-]*\S*$/, '');
  return `${cut}…`;
}
