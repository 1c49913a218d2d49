import { describe, expect, it } from 'vitest';

import { filterOptions, matchesFilter, noFilter } from '../../../src/lib/compare/filter.ts';

const rows = [
  { maker: 'nvidia', market: 'global' },
  { maker: 'nvidia', market: 'china-variant' },
  { maker: 'huawei', market: 'china-domestic' },
];

describe('matchesFilter', () => {
  it('lets everything through without a filter', () => {
    expect(rows.filter((r) => matchesFilter(r, noFilter))).toHaveLength(3);
  });
  it('needs every set criterion', () => {
    expect(rows.filter((r) => matchesFilter(r, { maker: 'nvidia', market: null }))).toHaveLength(2);
    expect(rows.filter((r) => matchesFilter(r, { maker: 'nvidia', market: 'china-variant' }))).toHaveLength(1);
    expect(rows.filter((r) => matchesFilter(r, { maker: 'huawei', market: 'global' }))).toHaveLength(0);
  });
});

describe('filterOptions', () => {
  it('counts distinct values in the given order', () => {
    expect(
      filterOptions(
        rows,
        (r) => r.maker,
        (a, b) => a.localeCompare(b),
      ),
    ).toEqual([
      { value: 'huawei', count: 1 },
      { value: 'nvidia', count: 2 },
    ]);
  });
});
