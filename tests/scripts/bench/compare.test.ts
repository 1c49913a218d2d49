import { describe, expect, test } from 'vitest';

import { compareRuns, deltaCells, figuresOf } from '../../../scripts/lib/bench/compare.ts';
import type { BenchResults } from '../../../scripts/lib/bench/results.ts';

const build = (totalMs: number, indexBytes: number) => ({
  astroMs: totalMs - 1000,
  postbuildMs: 10,
  pagefindMs: 990,
  totalMs,
  htmlPages: 40,
  siteBytes: 1e6,
  indexBytes,
  indexFiles: 30,
});

describe('compareRuns', () => {
  const before: BenchResults = {
    version: 1,
    measuredAt: 'a',
    pages: [],
    build: build(10_000, 200_000),
    layout: { events: 1000, medianMs: 4, maxMs: 6, labels: 1, overlaps: 0 },
  };
  const after: BenchResults = { version: 1, measuredAt: 'b', pages: [], build: build(12_000, 200_000) };

  test('pairs figures by key and reports growth', () => {
    const rows = compareRuns(before, after);
    const total = rows.find((r) => r.key === 'build · total')!;
    expect(total).toMatchObject({ old: 10_000, new: 12_000, delta: 2_000 });
    expect(total.change).toBeCloseTo(0.2);
    expect(deltaCells(total)).toEqual(['build · total', '10.0 s', '12.0 s', '+2.0 s (+20%)']);
    expect(deltaCells(rows.find((r) => r.key === 'build · index bytes')!)[3]).toBe('±0');
  });
  test('figures only one run has are marked new or gone', () => {
    const gone = compareRuns(before, after).find((r) => r.key.startsWith('layout'))!;
    expect(deltaCells(gone)[3]).toBe('gone');
    expect(deltaCells(compareRuns(after, before).find((r) => r.key.startsWith('layout'))!)[3]).toBe('new');
  });
  test('figuresOf skips what was not measured', () => {
    expect(figuresOf({ version: 1, measuredAt: '', pages: [] })).toEqual([]);
  });
});
