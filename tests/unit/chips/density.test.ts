import { describe, expect, test } from 'vitest';

import { performanceDensity, roundDensity } from '../../../src/lib/chips/density.ts';
import { tpp } from '../../../src/lib/chips/tpp.ts';
import { makeChip } from './fixtures.ts';

function pd(chip: ReturnType<typeof makeChip>) {
  return performanceDensity(tpp(chip), chip.dieAreaMm2);
}

describe('performanceDensity', () => {
  test('A100: 4,992 / 826 mm² = 6.04', () => {
    expect(roundDensity(pd(makeChip({ fp16: 312, die: 826 }))!.value)).toBe(6.04);
  });

  test('H100: 15,832 / 814 mm² = 19.45', () => {
    expect(roundDensity(pd(makeChip({ fp8: 1979, die: 814 }))!.value)).toBe(19.45);
  });

  test('H20: 2,368 / 814 mm² = 2.91', () => {
    expect(roundDensity(pd(makeChip({ fp8: 296, die: 814 }))!.value)).toBe(2.91);
  });

  test('is an estimate when the die area is (B200: 36,000 / ~1,600 = 22.5)', () => {
    const d = pd(makeChip({ fp8: 4500, die: { value: 1600, estimate: true } }))!;
    expect(d.value).toBe(22.5);
    expect(d.estimate).toBe(true);
    expect(d.dieAreaEstimate).toBe(true);
  });

  test('is an estimate when the TPP is (B30A: 28,000 / ~800 = 35)', () => {
    const d = pd(makeChip({ fp4: { value: 7000, estimate: true }, die: 800 }))!;
    expect(d.value).toBe(35);
    expect(d.estimate).toBe(true);
    expect(d.dieAreaEstimate).toBe(false);
  });

  test('is null when the die area is unknown', () => {
    expect(pd(makeChip({ fp16: 780 }))).toBeNull();
  });

  test('is null without a TPP', () => {
    expect(pd(makeChip({ die: 800 }))).toBeNull();
  });
});
