/**
 * Turns any heading or term into an ASCII slug: accents folded (é → e, œ → oe),
 * lower case, runs of anything else collapsed to one hyphen. Section ids must be
 * ASCII so that English and French pages can share them and URLs stay readable.
 */
export function asciiSlug(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out unique slugs within one page: a second "Context" becomes "context-2".
 * An explicit id is reserved first so generated ones never steal it.
 */
export class SlugRegistry {
  private readonly used = new Set<string>();

  reserve(id: string): string {
    this.used.add(id);
    return id;
  }

  unique(text: string): string {
    const base = asciiSlug(text) || 'section';
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** Matches an explicit heading id written at the end of a heading: `## Title [#my-id]`. */
export const EXPLICIT_ID = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/;

/** Splits `Title [#my-id]` into its visible text and its explicit id, if any. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const match = EXPLICIT_ID.exec(text);
  if (!match) return { text };
  return { text: text.slice(0, match.index), id: match[1] };
}
