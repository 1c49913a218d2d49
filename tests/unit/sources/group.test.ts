import { describe, expect, it } from 'vitest';

import { compareSources, groupOfKind, groupSources, type SortableSource } from '../../../src/lib/sources/group.ts';

const src = (id: string, kind: SortableSource['kind'], date: string, title = id): SortableSource => ({ id, kind, date, title });

describe('groupOfKind', () => {
  it('puts filings and company statements together', () => {
    expect(groupOfKind('filing')).toBe('company');
    expect(groupOfKind('company')).toBe('company');
  });
  it('keeps the other kinds as their own group', () => {
    expect(groupOfKind('government')).toBe('government');
    expect(groupOfKind('press')).toBe('press');
    expect(groupOfKind('analysis')).toBe('analysis');
    expect(groupOfKind('reference')).toBe('reference');
  });
});

describe('compareSources', () => {
  it('sorts oldest first', () => {
    expect(compareSources(src('a', 'press', '2025-04-15'), src('b', 'press', '2024-01-01'))).toBeGreaterThan(0);
  });
  it('puts a month-only date before the days of that month', () => {
    expect(compareSources(src('a', 'press', '2025-04'), src('b', 'press', '2025-04-01'))).toBeLessThan(0);
    expect(compareSources(src('a', 'press', '2025'), src('b', 'press', '2025-01'))).toBeLessThan(0);
  });
  it('breaks date ties by title, then id', () => {
    expect(compareSources(src('z', 'press', '2025-04', 'Alpha'), src('a', 'press', '2025-04', 'beta'))).toBeLessThan(0);
    expect(compareSources(src('a', 'press', '2025-04', 'Same'), src('b', 'press', '2025-04', 'Same'))).toBeLessThan(0);
  });
});

describe('groupSources', () => {
  const sources = [
    src('p2', 'press', '2025-08-11'),
    src('f1', 'filing', '2025-04-15'),
    src('c1', 'company', '2025-05-28'),
    src('p1', 'press', '2023-11'),
    src('unused', 'government', '2022-10-07'),
  ];
  it('returns non-empty groups in display order, sorted inside', () => {
    const groups = groupSources(sources, (id) => id !== 'unused');
    expect(groups.map((g) => g.group)).toEqual(['company', 'press', 'also-consulted']);
    expect(groups[0]!.sources.map((s) => s.id)).toEqual(['f1', 'c1']);
    expect(groups[1]!.sources.map((s) => s.id)).toEqual(['p1', 'p2']);
    expect(groups[2]!.sources.map((s) => s.id)).toEqual(['unused']);
  });
  it('treats every source as used by default', () => {
    expect(groupSources(sources).map((g) => g.group)).toEqual(['company', 'government', 'press']);
  });
  it('does not reorder the input array', () => {
    const input = [src('b', 'press', '2025'), src('a', 'press', '2024')];
    groupSources(input);
    expect(input.map((s) => s.id)).toEqual(['b', 'a']);
  });
});
