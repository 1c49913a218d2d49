import type { ColumnDef } from './columns.ts';
import type { Cell } from './rows.ts';

/** What a table cell is sorted by: a number, a text, or null ("not disclosed", always last). */
export type SortKey = number | string | null;
export type SortDirection = 'ascending' | 'descending';

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' })));
  return c;
}

/**
 * Compares two sort keys. Null keys go last in BOTH directions, so "not disclosed" never
 * crowds the top of a column. Numbers compare numerically, texts with the language's collation.
 */
export function compareKeys(a: SortKey, b: SortKey, direction: SortDirection, lang = 'en'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * collator(lang).compare(String(a), String(b));
}

/**
 * Sorts a copy of `items` by `key`. Stable: equal keys keep their incoming order, so sorting
 * by market after sorting by date keeps each market in date order.
 */
export function sortBy<T>(items: readonly T[], key: (item: T) => SortKey, direction: SortDirection, lang = 'en'): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((x, y) => compareKeys(x.k, y.k, direction, lang) || x.index - y.index)
    .map((x) => x.item);
}

/**
 * The key a cell sorts by in a column. `display` is the cell's text for text columns (maker
 * names sort by what the reader sees); numbers and ranks sort by value.
 */
export function sortKey(column: ColumnDef, cell: Cell, display?: string): SortKey {
  if (cell.value === null) return null;
  switch (column.kind) {
    case 'number':
      return typeof cell.value === 'number' ? cell.value : Number(cell.value);
    case 'rank':
      return column.ranks?.[String(cell.value)] ?? null;
    case 'date':
      return String(cell.value);
    default:
      return display ?? String(cell.value);
  }
}

/** The direction a column sorts in when first chosen: numbers biggest first, texts A→Z, dates oldest first. */
export function firstDirection(column: Pick<ColumnDef, 'kind' | 'first'>): SortDirection {
  if (column.first) return column.first;
  return column.kind === 'number' || column.kind === 'rank' ? 'descending' : 'ascending';
}

/** The direction after a click on a column header: toggles on the same column, otherwise the column's first direction. */
export function nextDirection(
  current: { column: string; direction: SortDirection } | null,
  column: Pick<ColumnDef, 'id' | 'kind' | 'first'>,
): SortDirection {
  if (current && current.column === column.id) return current.direction === 'ascending' ? 'descending' : 'ascending';
  return firstDirection(column);
}
