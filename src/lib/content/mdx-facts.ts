/**
 * Reads the references an MDX page makes from its source text, so that a bad id fails
 * the build before any page renders, and so that citation numbers are known before the
 * body renders. Matches the components' documented syntax: `<Cite id="…" />`,
 * `cite="a b"` on KeyFigure/PullQuote, `<Term id="…">`, chip components' `chip="…"`/`ids="…"`.
 */
export function referencesIn(source: string): { cited: string[]; terms: string[]; chips: string[]; sections: string[] } {
  const body = source.replace(/^---[\s\S]*?\n---/, '');
  const cited: string[] = [];
  for (const m of body.matchAll(/<Cite\s+[^>]*?\bid="([^"]+)"|<(?:KeyFigure|PullQuote)\s+[^>]*?\bcite="([^"]+)"/g)) {
    if (m[1]) cited.push(m[1]);
    else cited.push(...m[2]!.split(/[\s,]+/).filter(Boolean));
  }
  return {
    cited,
    terms: all(body, /<Term\s+[^>]*?\bid="([^"]+)"/g),
    // Explicit heading ids (`## Title [#id]`): the section anchors other content may link to.
    sections: all(body, /^#{2,4}\s.*\[#([a-z0-9][a-z0-9-]*)\]\s*$/gm),
    chips: [
      ...all(body, /<Chip\w*\s+[^>]*?\bchip="([^"]+)"/g),
      ...all(body, /<ChipCards\s+[^>]*?\bids="([^"]+)"/g).flatMap((ids) => ids.split(/[\s,]+/).filter(Boolean)),
    ],
  };
}

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}
