/** The table filter: a maker, a market, or both; null = all. */
export interface RowFilter {
  maker: string | null;
  market: string | null;
}

/** No filter: every row shows. */
export const noFilter: RowFilter = { maker: null, market: null };

/** Whether a row passes the filter (every set criterion must match). */
export function matchesFilter(row: { maker: string; market: string }, filter: RowFilter): boolean {
  return (filter.maker === null || row.maker === filter.maker) && (filter.market === null || row.market === filter.market);
}

/**
 * The values a filter can offer: each distinct value once, ordered by `order` (then as given),
 * with how many rows have it, so a select can say "Huawei (4)".
 */
export function filterOptions<T>(
  rows: readonly T[],
  value: (row: T) => string,
  order: (a: string, b: string) => number,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(value(row), (counts.get(value(row)) ?? 0) + 1);
  return [...counts.entries()].map(([v, count]) => ({ value: v, count })).sort((a, b) => order(a.value, b.value));
}
