import { describe, expect, it } from 'vitest';

import { formatRatio, pairLines, ratio } from '../../../src/lib/compare/pair.ts';
import { compareRow } from '../../../src/lib/compare/rows.ts';
import { fixtureChip } from '../../fixtures/compare/chips.ts';

describe('ratio', () => {
  it('divides a by b', () => {
    expect(ratio(296, 1979)).toBeCloseTo(0.1496, 4);
  });
  it('is null when a figure is missing or b is zero', () => {
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, null)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
  });
});

describe('formatRatio', () => {
  it('uses two significant figures', () => {
    expect(formatRatio(0.1496, 'en')).toBe('0.15×');
    expect(formatRatio(6.68, 'en')).toBe('6.7×');
    expect(formatRatio(1, 'en')).toBe('1.0×');
    expect(formatRatio(24.4, 'en')).toBe('24×');
  });
  it('writes French decimals with a comma', () => {
    expect(formatRatio(0.1496, 'fr')).toBe('0,15\u202f×');
  });
});

describe('pairLines', () => {
  it('gives ratios for numbers only', () => {
    const lines = pairLines(compareRow(fixtureChip('h20')), compareRow(fixtureChip('h100')));
    const tpp = lines.find((l) => l.column === 'tpp')!;
    expect(tpp.ratio).toBeCloseTo(2368 / 15832, 4);
    expect(lines.find((l) => l.column === 'market')!.ratio).toBeNull();
    expect(lines.find((l) => l.column === 'memoryBandwidthTBs')!.ratio).toBeCloseTo(4 / 3.35, 6);
  });
  it('has no ratio when one side is not disclosed (Ascend 910C vs H20)', () => {
    const lines = pairLines(compareRow(fixtureChip('ascend-910c')), compareRow(fixtureChip('h20')));
    expect(lines.find((l) => l.column === 'tdpW')!.ratio).toBeNull();
    expect(lines.find((l) => l.column === 'fp16DenseTflops')!.ratio).toBeCloseTo(780 / 148, 6);
  });
});
