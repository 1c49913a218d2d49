import { describe, expect, test } from 'vitest';

import {
  changeText,
  comparisonText,
  describeChip,
  formatMetric,
  sinceText,
  standingLines,
  statusInSentence,
  verdictView,
} from '../../../src/lib/explorer/describe.ts';
import { chipsOnDay } from '../../../src/lib/explorer/status.ts';
import { evaluateRule } from '../../../src/lib/rules/evaluate.ts';
import { changesBetween } from '../../../src/lib/rules/in-force.ts';
import type { Comparison } from '../../../src/lib/rules/types.ts';
import { ids, rule } from '../rules/fixtures.ts';
import { ctx, en, words, xchip } from './fixtures.ts';

const cmp = (c: Partial<Comparison>): Comparison => ({
  metric: 'tpp',
  value: 2368,
  op: '>=',
  limit: 4800,
  met: false,
  estimate: false,
  limitEstimate: false,
  ...c,
});

describe('comparisonText', () => {
  test('says each comparison the way its line is written, in both languages', () => {
    expect(comparisonText(cmp({}), words.en)).toBe('TPP 2,368 is under 4,800');
    expect(comparisonText(cmp({ value: 4992, met: true }), words.en)).toBe('TPP 4,992 reaches 4,800');
    expect(comparisonText(cmp({ metric: 'pd', value: 2.909, limit: 5.92 }), words.en)).toBe('density 2.91 is under 5.92');
    expect(comparisonText(cmp({ op: '<', limit: 21000, met: true }), words.en)).toBe('TPP 2,368 is under 21,000');
    expect(comparisonText(cmp({ op: '<', value: 28000, limit: 21000, met: false, estimate: true }), words.en)).toBe(
      'TPP 28,000 (estimate) is not under 21,000',
    );
    expect(comparisonText(cmp({ metric: 'dram', op: '>', value: 4000, limit: 4500, met: false }), words.en)).toBe(
      'memory bandwidth 4,000 GB/s is not above 4,500 GB/s',
    );
    expect(comparisonText(cmp({ metric: 'dram', value: 4000, limit: 1400, met: true, limitEstimate: true }), words.en)).toBe(
      'memory bandwidth 4,000 GB/s reaches 1,400 GB/s (approximate line)',
    );
    expect(comparisonText(cmp({ metric: 'pd', value: null, met: null, limit: 5.92 }), words.en)).toBe(
      'density is not known (the line is 5.92)',
    );
    expect(comparisonText(cmp({}), words.fr)).toBe('TPP 2\u202f368 est sous 4\u202f800');
  });

  test('formats densities with two decimals and bandwidths with their unit', () => {
    expect(formatMetric('pd', 5.8181, words.fr)).toBe('5,82');
    expect(formatMetric('io', 1028, words.en)).toBe('1,028 GB/s');
  });
});

describe('verdictView', () => {
  test('the H20 under the October 2023 rule: outside, why, and the sparse what-if', () => {
    const v = verdictView(rule(ids.oct2023), evaluateRule(rule(ids.oct2023), xchip('h20').input, ctx), words.en);
    expect(v).toMatchObject({
      key: 'tpp-and-density_outside',
      short: 'Outside',
      clause: null,
      sparseShort: '3A090.b',
      href: `#rule-${ids.oct2023}`,
    });
    expect(v.because).toBe('TPP 2,368 is under 4,800; TPP 2,368 is under 2,400; density 2.91 is under 3.2');
    expect(v.brief).toBe('TPP 2,368 < 4,800 · TPP 2,368 < 2,400 · density 2.91 < 3.2');
    expect(v.notes).toEqual([
      'If sparse throughput counted (TPP 4,736, density 5.82): 3A090.b grey zone: licence, or a notice for data-centre parts.',
    ]);
  });

  test('the April 2025 letter names the H20 and lists every reading', () => {
    const v = verdictView(rule(ids.apr2025), evaluateRule(rule(ids.apr2025), xchip('h20').input, ctx), words.en);
    expect(v.outcome).toBe('licence required');
    expect(v.clause).toBe('the chip is named');
    expect(v.readings).toHaveLength(3);
    expect(v.readings[0]).toMatch(/^“About 1\.4 TB\/s.*”: caught \(memory bandwidth 4,000 GB\/s reaches 1,400 GB\/s/);
    expect(v.brief).toBe('3 of 3 readings catch it');
  });

  test('estimated figures are named', () => {
    const v = verdictView(rule(ids.oct2023), evaluateRule(rule(ids.oct2023), xchip('b30a').input, ctx), words.en);
    expect(v.estimate).toBe(true);
    expect(v.notes.at(-1)).toBe('Rests on estimated figures: TPP.');
  });
});

describe('standing and changes in words', () => {
  test('the A800 caught on 23 October 2023, its maker told early', () => {
    const a800 = chipsOnDay(en.chips, '2023-10-23', en.rules, ctx).find((c) => c.id === 'a800')!;
    expect(standingLines('A800', a800, en.rules, words.en)).toEqual([
      'Set by: October 2023 rule — the TPP line of 3A090.a. In force for this chip since 23 October 2023.',
      'Its maker was told before the general date.',
    ]);
  });

  test('French dates take their article after "since" for a day, not for a month', () => {
    expect(sinceText('2025-04-09', words.fr)).toBe('le 9 avril 2025');
    expect(sinceText('2026-02', words.fr)).toBe('février 2026');
    expect(sinceText('2025-04-09', words.en)).toBe('9 April 2025');
  });

  test('the October 2023 rule’s entry into force says what it replaces and how the metrics moved', () => {
    const change = changesBetween('2023-11-16', '2023-11-17', en.rules).find((c) => c.kind === 'in-force')!;
    expect(changeText(change, words.en)).toBe(
      'October 2023 rule: in force (replaces October 2022 rule; adds performance density and data-centre use; drops chip-to-chip I/O)',
    );
  });

  test('statuses and chips in sentences', () => {
    expect(statusInSentence('licence-required', words.en)).toBe('licence required');
    expect(describeChip(xchip('h20'), words.en)).toBe('NVIDIA H20 (HGX H20) (Nvidia’s China version): TPP 2,368, density 2.91.');
    expect(describeChip(xchip('rubin'), words.en)).toMatch(/TPP 100,000 \(estimate\), no published die area\.$/);
  });
});

describe('changeText', () => {
  test('says whether a version replaces, amends or withdraws the ones before it', () => {
    const texts = changesBetween('2022-01-01', '2026-12-31', en.rules)
      .filter((c) => c.kind === 'in-force' && c.replaces)
      .map((c) => changeText(c, words.en, { rules: en.rules }));
    expect(texts).toContain('January 2026 rule: in force (amends October 2023 rule; adds memory bandwidth)');
    expect(texts).toContain(
      'AI Diffusion rule withdrawn (May 2025): in force (withdraws AI Diffusion rule (January 2025); drops TPP and performance density)',
    );
  });
});
