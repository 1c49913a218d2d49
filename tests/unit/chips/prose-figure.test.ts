import { describe, expect, test } from 'vitest';

import { proseFigure, proseMetric } from '../../../src/lib/chips/prose-figure.ts';
import { makeChip } from './fixtures.ts';

const h20 = makeChip({ fp16: 148, fp8: 296, int8: 296, die: 814, bw: 4, link: 900 });

describe('proseFigure', () => {
  test('prints the figure with its unit in the page language, with fixed decimals on request', () => {
    expect(proseFigure(h20, 'memoryBandwidthTBs', 'en', { digits: 1 }).text).toBe('4.0\u00a0TB/s');
    expect(proseFigure(h20, 'memoryBandwidthTBs', 'fr', { digits: 1 }).text).toBe('4,0\u00a0To/s');
    expect(proseFigure(h20, 'interconnectGBs', 'en').text).toBe('900\u00a0GB/s');
  });
  test('converts a bandwidth to GB/s, or prints the number alone', () => {
    const chip = makeChip({ bw: 1.398 });
    expect(proseFigure(chip, 'memoryBandwidthTBs', 'en', { as: 'gbs' }).text).toBe('1,398\u00a0GB/s');
    expect(proseFigure(chip, 'memoryBandwidthTBs', 'en', { unit: false }).text).toBe('1.4');
  });
  test('says "not disclosed" for a missing figure and carries the estimate flag and sources', () => {
    expect(proseFigure(h20, 'fp4DenseTflops', 'fr')).toMatchObject({ text: 'non communiqué', missing: true });
    const estimated = makeChip({ bw: { value: 1.4, estimate: true } });
    expect(proseFigure(estimated, 'memoryBandwidthTBs', 'en')).toMatchObject({ estimate: true, sources: ['test-source'] });
  });
});

describe('proseMetric', () => {
  test('computes TPP and performance density from the figures (the H20 worked example)', () => {
    expect(proseMetric(h20, 'tpp', 'en')?.text).toBe('2,368');
    expect(proseMetric(h20, 'density', 'en')?.text).toBe('2.91');
    expect(proseMetric(h20, 'density', 'fr', { digits: 1 })?.text).toBe('2,9');
  });
  test('doubles the throughput when sparse figures are counted', () => {
    expect(proseMetric(h20, 'tpp', 'en', { sparse: true })?.text).toBe('4,736');
    expect(proseMetric(h20, 'density', 'en', { sparse: true })?.text).toBe('5.82');
  });
  test('is null without compute figures or a die area', () => {
    expect(proseMetric(makeChip({}), 'tpp', 'en')).toBeNull();
    expect(proseMetric(makeChip({ fp16: 100 }), 'density', 'en')).toBeNull();
  });
});
