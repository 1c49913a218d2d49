/**
 * Numbers the sources cited on a page in order of first citation, as readers expect:
 * the first source cited is [1] wherever it is cited again.
 */
export function numberCitations(citedInOrder: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of citedInOrder) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** How many times each source is cited (one back-link per citation). */
export function countCitations(citedInOrder: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of citedInOrder) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Anchor of the k-th (1-based) citation of a source on a page; back-links target it. */
export function citationAnchor(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}

/** Anchor of a source in the page's source list. */
export function referenceAnchor(sourceId: string): string {
  return `ref-${sourceId}`;
}

/** Splits a `cite="a b"` prop into source ids. */
export function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
