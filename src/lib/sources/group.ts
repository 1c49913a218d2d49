import type { EvidenceKind } from '../../schemas/source.ts';

/**
 * The groups of the sources page, in display order. Company filings and company statements
 * share a group: both are the company speaking for itself.
 */
export const sourceGroups = ['company', 'government', 'press', 'analysis', 'reference'] as const;
export type SourceGroup = (typeof sourceGroups)[number];

/** The group for sources that no page, event, chip or glossary entry cites. */
export const unusedGroup = 'also-consulted' as const;
export type SourceListGroup = SourceGroup | typeof unusedGroup;

/** The minimum a source needs for grouping and sorting. */
export interface SortableSource {
  id: string;
  title: string;
  kind: EvidenceKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

/** Which group a kind of evidence is listed under: `groupOfKind('filing')` → `company`. */
export function groupOfKind(kind: EvidenceKind): SourceGroup {
  return kind === 'filing' || kind === 'company' ? 'company' : kind;
}

/**
 * Orders sources by date (oldest first), then title, then id. A date known only to the
 * month sorts before the days of that month (`2025-04` < `2025-04-15`), a year before its months.
 */
export function compareSources(a: SortableSource, b: SortableSource, collator: Intl.Collator = new Intl.Collator('en')): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Splits sources into the page's groups, each sorted with `compareSources`. Sources for which
 * `isUsed` is false go to the last group, `also-consulted`, whatever their kind. Empty groups
 * are left out; the order is `sourceGroups` then `also-consulted`.
 */
export function groupSources<T extends SortableSource>(
  sources: readonly T[],
  isUsed: (id: string) => boolean = () => true,
  collator?: Intl.Collator,
): { group: SourceListGroup; sources: T[] }[] {
  const order: readonly SourceListGroup[] = [...sourceGroups, unusedGroup];
  const buckets = new Map<SourceListGroup, T[]>(order.map((g) => [g, []]));
  for (const source of sources) {
    buckets.get(isUsed(source.id) ? groupOfKind(source.kind) : unusedGroup)!.push(source);
  }
  return [...buckets]
    .filter(([, list]) => list.length > 0)
    .map(([group, list]) => ({ group, sources: list.sort((a, b) => compareSources(a, b, collator)) }));
}
