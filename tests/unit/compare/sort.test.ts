import { describe, expect, it } from 'vitest';

import { column } from '../../../src/lib/compare/columns.ts';
import { compareRows } from '../../../src/lib/compare/rows.ts';
import { compareKeys, firstDirection, nextDirection, sortBy, sortKey } from '../../../src/lib/compare/sort.ts';
import { fixtureChips } from '../../fixtures/compare/chips.ts';

describe('compareKeys', () => {
  it('puts nulls last in both directions', () => {
    expect([3, null, 1].sort((a, b) => compareKeys(a, b, 'ascending'))).toEqual([1, 3, null]);
    expect([3, null, 1].sort((a, b) => compareKeys(a, b, 'descending'))).toEqual([3, 1, null]);
  });
  it('compares numbers numerically and texts with natural order', () => {
    expect(compareKeys(9, 10, 'ascending')).toBeLessThan(0);
    expect(compareKeys('Ascend 910C', 'Ascend 950PR', 'ascending')).toBeLessThan(0);
    expect(compareKeys('b', 'A', 'ascending')).toBeGreaterThan(0);
  });
});

describe('sortBy', () => {
  it('is stable for equal keys', () => {
    const items = [
      { k: 1, n: 'a' },
      { k: 0, n: 'b' },
      { k: 1, n: 'c' },
    ];
    expect(sortBy(items, (i) => i.k, 'descending').map((i) => i.n)).toEqual(['a', 'c', 'b']);
  });
  it('sorts rows by memory bandwidth with undisclosed last', () => {
    const rows = compareRows(fixtureChips());
    const col = column('memoryBandwidthTBs');
    const sorted = sortBy(rows, (r) => sortKey(col, r.cells[col.id]), 'descending');
    expect(sorted.map((r) => r.id)).toEqual(['h20', 'h100', 'ascend-910c', 'a800', 'cloudmatrix-384', 'b30a']);
  });
  it('sorts verdicts by severity and markets by their fixed order', () => {
    const rows = compareRows(fixtureChips());
    const verdict = column('oct2023');
    expect(sortBy(rows, (r) => sortKey(verdict, r.cells.oct2023), 'descending').map((r) => r.cells.oct2023.value)).toEqual([
      '3a090a',
      '3a090a',
      '3a090a',
      '3a090a',
      'outside',
      null,
    ]);
    const market = column('market');
    expect(sortBy(rows, (r) => sortKey(market, r.cells.market), 'ascending')[0]!.market).toBe('global');
  });
});

describe('sortKey', () => {
  it('uses the displayed text for text columns', () => {
    expect(sortKey(column('maker'), { value: 'nvidia', sources: [], estimate: false, halvedFromSparse: false }, 'Nvidia')).toBe('Nvidia');
  });
});

describe('nextDirection', () => {
  it('starts numbers descending and texts ascending', () => {
    expect(firstDirection(column('tpp'))).toBe('descending');
    expect(firstDirection(column('name'))).toBe('ascending');
    expect(firstDirection(column('market'))).toBe('ascending');
  });
  it('toggles on the same column', () => {
    expect(nextDirection({ column: 'tpp', direction: 'descending' }, column('tpp'))).toBe('ascending');
    expect(nextDirection({ column: 'name', direction: 'descending' }, column('tpp'))).toBe('descending');
  });
});

describe('column', () => {
  it('throws on an unknown id', () => {
    expect(() => column('nope')).toThrow(/unknown compare column: nope/);
  });
});
