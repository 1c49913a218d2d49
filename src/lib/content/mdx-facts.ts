/**
 * Reads the references an MDX page makes from its source text, so that a bad id fails
 * the build before any page renders. Matches the components' documented syntax:
 * `<Cite id="…" />`, `<Term id="…">`, and chip components with `chip="…"`.
 */
export function referencesIn(source: string): { cited: string[]; terms: string[]; chips: string[] } {
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  return {
    cited: all(body, /<Cite\s+[^>]*?\bid="([^"]+)"/g),
    terms: all(body, /<Term\s+[^>]*?\bid="([^"]+)"/g),
    chips: all(body, /<Chip\w*\s+[^>]*?\bchip="([^"]+)"/g),
  };
}

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}
