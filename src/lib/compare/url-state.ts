import type { SortDirection } from './sort.ts';

/**
 * The compare page's state in its query string, so a view can be linked:
 * `/en/compare/?a=h20&b=h100&sort=tpp&dir=descending&maker=nvidia&market=china-variant`.
 * Defaults are left out of the URL; unknown values fall back to the defaults.
 */

/** The two chips compared side by side. */
export interface PairState {
  a: string;
  b: string;
}

/** The table's sort and filters. */
export interface TableState {
  sort: string;
  dir: SortDirection;
  maker: string | null;
  market: string | null;
}

const directions: readonly SortDirection[] = ['ascending', 'descending'];

/** Reads the pair from a query string; an unknown id falls back to the default for that side. */
export function parsePair(search: string, chipIds: readonly string[], fallback: PairState): PairState {
  const params = new URLSearchParams(search);
  const pick = (key: 'a' | 'b') => {
    const value = params.get(key);
    return value !== null && chipIds.includes(value) ? value : fallback[key];
  };
  return { a: pick('a'), b: pick('b') };
}

/** Reads the table state; each value must be one of the allowed ones, otherwise the default is used. */
export function parseTable(
  search: string,
  allowed: { columns: readonly string[]; makers: readonly string[]; markets: readonly string[] },
  fallback: TableState,
): TableState {
  const params = new URLSearchParams(search);
  const oneOf = <T extends string>(key: string, values: readonly T[]): T | undefined => {
    const value = params.get(key);
    return values.find((v) => v === value);
  };
  const sort = oneOf('sort', allowed.columns);
  return {
    sort: sort ?? fallback.sort,
    // A direction without its column means nothing: keep the default pair of both.
    dir: sort ? (oneOf('dir', directions) ?? fallback.dir) : fallback.dir,
    maker: oneOf('maker', allowed.makers) ?? fallback.maker,
    market: oneOf('market', allowed.markets) ?? fallback.market,
  };
}

/**
 * Returns `search` with some keys set (or removed, for null), keeping every other parameter and
 * the order of existing keys. Returns '' or a string starting with '?'.
 *
 * ```ts
 * withParams('?a=h20&x=1', { a: 'h100', b: null }) // '?a=h100&x=1'
 * ```
 */
export function withParams(search: string, values: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(values)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query values for a pair: null where it equals the default, so the canonical URL stays clean. */
export function pairParams(state: PairState, fallback: PairState): Record<string, string | null> {
  const isDefault = state.a === fallback.a && state.b === fallback.b;
  return { a: isDefault ? null : state.a, b: isDefault ? null : state.b };
}

/** The query values for a table state, null where it equals the default. */
export function tableParams(state: TableState, fallback: TableState): Record<string, string | null> {
  const sortIsDefault = state.sort === fallback.sort && state.dir === fallback.dir;
  return {
    sort: sortIsDefault ? null : state.sort,
    dir: sortIsDefault ? null : state.dir,
    maker: state.maker === fallback.maker ? null : state.maker,
    market: state.market === fallback.market ? null : state.market,
  };
}
