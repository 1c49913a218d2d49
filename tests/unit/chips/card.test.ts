import { describe, expect, test } from 'vitest';

import { chipCardView, formatFigure, SourceNumbers } from '../../../src/lib/chips/card.ts';
import { fill } from '../../../src/lib/i18n/fill.ts';
import { makeChip } from './fixtures.ts';

describe('fill', () => {
  test('replaces named placeholders and leaves unknown ones', () => {
    expect(fill('{a} × {b} = {c}', { a: 2, b: 3 })).toBe('2 × 3 = {c}');
  });
});

describe('SourceNumbers', () => {
  test('numbers ids in order of first use and reuses numbers', () => {
    const n = new SourceNumbers();
    expect(n.marks(['x', 'y'])).toEqual([1, 2]);
    expect(n.marks(['y', 'z'])).toEqual([2, 3]);
    expect(n.order).toEqual(['x', 'y', 'z']);
  });
});

describe('formatFigure', () => {
  test('formats units per language', () => {
    expect(formatFigure('memoryBandwidthTBs', 1.398, 'en')).toBe('1.398 TB/s');
    expect(formatFigure('memoryBandwidthTBs', 4, 'fr')).toBe('4 To/s');
    expect(formatFigure('fp8DenseTflops', 1979, 'en')).toBe('1,979 TFLOPS');
    expect(formatFigure('tdpW', 559000, 'en')).toBe('559 kW');
    expect(formatFigure('interconnectGBs', 0, 'en')).toBe('none');
  });
});

describe('chipCardView', () => {
  const h20 = makeChip({ fp16: 148, fp8: 296, int8: 296, die: 814, link: 900, bw: 4 }, { market: 'china-variant' });

  test('shows TPP with its sum and ties, density with its division', () => {
    const v = chipCardView(h20, 'en');
    expect(v.tpp?.text).toBe('2,368');
    expect(v.tpp?.basis).toBe('FP16 148 × 16 bits (same with FP8, INT8)');
    expect(v.density?.text).toBe('2.91');
    expect(v.density?.basis).toBe('2,368 ÷ 814 mm²');
  });

  test('explains each verdict with its numbers', () => {
    const v = chipCardView(h20, 'en');
    const oct2023 = v.verdicts.find((x) => x.rule === 'oct-2023')!;
    expect(oct2023.outcome).toBe('outside 3A090');
    expect(oct2023.because).toBe('TPP 2,368 < 4,800; TPP 2,368 < 2,400; density 2.91 < 3.2');
    expect(v.sparseWhatIf).toContain('4,736');
  });

  test('leaves undisclosed figures as null text, without marks', () => {
    const v = chipCardView(h20, 'fr');
    const fp4 = v.groups.find((g) => g.key === 'compute')!.figures.find((f) => f.key === 'fp4DenseTflops')!;
    expect(fp4.text).toBeNull();
    expect(fp4.marks).toEqual([]);
  });

  test('numbers the card sources once each', () => {
    const v = chipCardView(h20, 'en');
    expect(v.sources[0]).toBe('test-source');
    expect(new Set(v.sources).size).toBe(v.sources.length);
  });

  test('a system gets no verdicts and the system heading', () => {
    const v = chipCardView(makeChip({ fp16: 300000 }, { form: 'system' }), 'en');
    expect(v.verdicts).toEqual([]);
    expect(v.rulesHeading).toMatch(/single chips/);
  });
});
