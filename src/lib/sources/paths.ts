/** Anchor of a source on the sources page (its heading id, and a Pagefind sub-result). */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** Link to a source's entry on the sources page: `/fr/sources/#source-<id>`. */
export function sourcePath(lang: string, id: string): string {
  return `/${lang}/sources/#${sourceAnchor(id)}`;
}
