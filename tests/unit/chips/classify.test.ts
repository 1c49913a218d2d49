import { describe, expect, test } from 'vitest';

import { classify, classifyOct2023Values } from '../../../src/lib/chips/classify.ts';
import { jan2026, oct2022, oct2023 } from '../../../src/lib/chips/thresholds.ts';
import { makeChip } from './fixtures.ts';

const a100 = makeChip({ fp16: 312, int8: 624, die: 826, link: 600, pcie: 64, bw: 2.039 });
const a800 = makeChip({ fp16: 312, int8: 624, die: 826, link: 400, pcie: 64, bw: 2.039 });
const h800 = makeChip({ fp16: 989.4, fp8: 1979, die: 814, link: 400, pcie: 128, bw: 3.35 });
const h20 = makeChip({ fp16: 148, fp8: 296, die: 814, link: 900, bw: 4.0 });
const h200 = makeChip({ fp8: 1979, die: 814, link: 900, pcie: 128, bw: 4.8 });
const b200 = makeChip({ fp8: 4500, fp4: 9000, die: { value: 1600, estimate: true }, link: 1800, bw: 8.0 });

describe('thresholds', () => {
  test('match the research base (chips.yaml thresholds, verification-chips.md)', () => {
    expect(oct2022).toMatchObject({ tppMin: 4800, ioMinGBs: 600 });
    expect(oct2023.a).toEqual({ tppMin: 4800, tppWithPdMin: 1600, pdMin: 5.92 });
    expect(oct2023.b1).toEqual({ tppMin: 2400, pdMin: 1.6 });
    expect(oct2023.b2).toEqual({ tppMin: 1600, pdMin: 3.2 });
    expect(jan2026).toMatchObject({ tppMax: 21000, dramMaxGBs: 6500 });
  });
});

describe('classify: October 2022 (TPP ≥ 4,800 AND I/O ≥ 600 GB/s)', () => {
  test('A100 is controlled: 4,992 and 600 + 64 GB/s', () => {
    const v = classify(a100).oct2022!;
    expect(v.outcome).toBe('controlled');
    expect(v.checks.map((c) => [c.metric, c.value, c.met])).toEqual([
      ['tpp', 4992, true],
      ['io', 664, true],
    ]);
  });

  test('A800 passes under the line: I/O 400 + 64 = 464 GB/s', () => {
    const v = classify(a800).oct2022!;
    expect(v.outcome).toBe('not-controlled');
    expect(v.checks[1]).toMatchObject({ metric: 'io', value: 464, met: false });
  });

  test('H800 passes under the line: I/O 400 + 128 = 528 GB/s', () => {
    expect(classify(h800).oct2022!.checks[1]).toMatchObject({ value: 528, met: false });
  });

  test('H20 is not controlled on compute alone', () => {
    const v = classify(h20).oct2022!;
    expect(v.outcome).toBe('not-controlled');
    expect(v.checks).toHaveLength(1);
  });

  test('unknown without a link figure when compute is above the line', () => {
    expect(classify(makeChip({ fp16: 1000 })).oct2022!.outcome).toBe('unknown');
  });
});

describe('classify: October 2023 (3A090.a / 3A090.b)', () => {
  test('A100, A800 and H800 are 3A090.a by TPP alone', () => {
    for (const chip of [a100, a800, h800]) expect(classify(chip).oct2023).toMatchObject({ outcome: '3a090a', clause: 'a-tpp' });
  });

  test('H20 (2,368 / 2.91) falls outside 3A090', () => {
    const v = classify(h20).oct2023!;
    expect(v.outcome).toBe('outside');
    expect(v.checks.map((c) => [c.metric, c.limit, c.met])).toEqual([
      ['tpp', 4800, false],
      ['tpp', 2400, false],
      ['pd', 3.2, false],
    ]);
  });

  test('RTX Pro 6000D estimate (2,324 / 3.10) falls outside, flagged as an estimate', () => {
    const chip = makeChip({ fp4: { value: 581, estimate: true }, die: 750 });
    expect(classify(chip).oct2023).toMatchObject({ outcome: 'outside', estimate: true });
  });

  test('the A800 at the disputed lower compute (3,496 / 4.23) is grey zone 3A090.b', () => {
    expect(classifyOct2023Values(3496, 3496 / 826)).toMatchObject({ outcome: '3a090b', clause: 'b1' });
  });

  test('3A090.a through density: TPP ≥ 1,600 with PD ≥ 5.92', () => {
    expect(classifyOct2023Values(2000, 6)).toMatchObject({ outcome: '3a090a', clause: 'a-pd' });
  });

  test('3A090.b second branch: TPP ≥ 1,600 with 3.2 ≤ PD < 5.92', () => {
    expect(classifyOct2023Values(2000, 4)).toMatchObject({ outcome: '3a090b', clause: 'b2' });
  });

  test('outside below TPP 1,600 whatever the density', () => {
    expect(classifyOct2023Values(1500, 50).outcome).toBe('outside');
    expect(classifyOct2023Values(1500, null).outcome).toBe('outside');
  });

  test('unknown when density is needed but missing', () => {
    expect(classifyOct2023Values(3000, null).outcome).toBe('unknown');
    expect(classifyOct2023Values(null, null).outcome).toBe('unknown');
  });

  test('edges are inclusive: exactly 4,800 is 3A090.a, exactly 5.92 too', () => {
    expect(classifyOct2023Values(4800, 1).outcome).toBe('3a090a');
    expect(classifyOct2023Values(1600, 5.92).outcome).toBe('3a090a');
    expect(classifyOct2023Values(2400, 1.6).outcome).toBe('3a090b');
  });
});

describe('classify: sparse what-if', () => {
  test('H20 would be grey zone if sparse rates counted (4,736 / 5.82)', () => {
    const s = classify(h20).ifSparseCounted!;
    expect(s.tpp).toBe(4736);
    expect(Math.round(s.pd! * 100) / 100).toBe(5.82);
    expect(s.outcome).toBe('3a090b');
  });

  test('is null when doubling changes nothing (A100)', () => {
    expect(classify(a100).ifSparseCounted).toBeNull();
  });
});

describe('classify: January 2026 (TPP < 21,000 AND DRAM < 6,500 GB/s)', () => {
  test('H200 is eligible for case-by-case review (15,832; 4,800 GB/s)', () => {
    expect(classify(h200).jan2026!.outcome).toBe('case-by-case');
  });

  test('B200 keeps the presumption of denial (36,000; 8,000 GB/s)', () => {
    const v = classify(b200).jan2026!;
    expect(v.outcome).toBe('presumption-of-denial');
    expect(v.checks.map((c) => c.metric)).toEqual(['tpp', 'dram']);
  });

  test('does not apply to a chip outside 3A090 (H20)', () => {
    expect(classify(h20).jan2026!.outcome).toBe('not-applicable');
  });
});

describe('classify: systems', () => {
  test('a rack-scale system gets TPP but no verdicts', () => {
    const c = classify(makeChip({ fp16: { value: 300000, estimate: true } }, { form: 'system' }));
    expect(c.tpp?.value).toBe(4800000);
    expect(c.oct2022).toBeNull();
    expect(c.oct2023).toBeNull();
    expect(c.jan2026).toBeNull();
  });
});
