import { describe, expect, test } from 'vitest';

import { bitLength, tpp } from '../../../src/lib/chips/tpp.ts';
import { makeChip } from './fixtures.ts';

describe('tpp', () => {
  test('multiplies dense throughput by bit length', () => {
    expect(bitLength).toEqual({ fp16: 16, fp8: 8, int8: 8, fp4: 4 });
  });

  test('A100: FP16 312 × 16 = 4,992, tied with INT8 624 × 8', () => {
    const r = tpp(makeChip({ fp16: 312, int8: 624 }))!;
    expect(r.value).toBe(4992);
    expect(r.precision).toBe('fp16');
    expect(r.tiedWith).toEqual(['int8']);
  });

  test('H100: FP8 1,979 × 8 = 15,832 beats FP16 989.4 × 16 = 15,830.4', () => {
    const r = tpp(makeChip({ fp16: 989.4, fp8: { value: 1979, halvedFromSparse: true }, int8: 1979 }))!;
    expect(r.value).toBe(15832);
    expect(r.precision).toBe('fp8');
    expect(r.tiedWith).toEqual(['int8']);
    expect(r.halvedFromSparse).toBe(true);
    expect(r.candidates.find((c) => c.precision === 'fp16')?.tpp).toBe(15830.4);
  });

  test('H20: FP8 296 × 8 = 2,368', () => {
    expect(tpp(makeChip({ fp16: 148, fp8: 296, int8: 296 }))?.value).toBe(2368);
  });

  test('B300: FP4 sets the maximum (14,000 × 4 = 56,000 > FP8 4,500 × 8)', () => {
    const r = tpp(makeChip({ fp16: 2250, fp8: 4500, int8: 150, fp4: 14000 }))!;
    expect(r.value).toBe(56000);
    expect(r.precision).toBe('fp4');
    expect(r.tiedWith).toEqual([]);
  });

  test('flags an estimate when the deciding figure is one (RTX Pro 6000D ceiling 581 × 4)', () => {
    const r = tpp(makeChip({ fp4: { value: 581, estimate: true } }))!;
    expect(r.value).toBe(2324);
    expect(r.estimate).toBe(true);
  });

  test('returns null without any compute figure', () => {
    expect(tpp(makeChip({}))).toBeNull();
  });
});
