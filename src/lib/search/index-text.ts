/**
 * The text Pagefind indexes. Pagefind splits a word into parts at ASCII punctuation only
 * (pagefind/src/fossick/splitting.rs), so "d'affaires" is indexed as "daffaires" and
 * "affaires", but the typographic "d’affaires" the French pages use only as "daffaires": a
 * reader's "affaires", "exportation" or "entreprise" missed most of the pages that have it.
 * The apostrophe between two letters is made plain for the index only; pages keep theirs.
 */
export function textForIndex(html: string): string {
  return html.replace(/(?<=\p{L})[’ʼ](?=\p{L})/gu, "'");
}

/**
 * Pagefind's excerpts quote the indexed text: put the typographic apostrophe back, before a
 * letter or before a `<mark>` that opens a word ("d'<mark>affaires</mark>" → "d’<mark>…").
 */
export function excerptForDisplay(html: string): string {
  return html.replace(/(?<=\p{L})(?:'|&#39;|&#x27;|&apos;)(?=\p{L}|<mark>)/gu, '’');
}
