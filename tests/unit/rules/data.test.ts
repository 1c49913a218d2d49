import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

import { jan2026, oct2022, oct2023 } from '../../../src/lib/chips/thresholds.ts';
import { evaluateRule } from '../../../src/lib/rules/evaluate.ts';
import { ids, rule, ruleChips, rules } from './fixtures.ts';

describe('rule data', () => {
  test('holds one file per version, in date order', () => {
    expect(rules.map((r) => r.id)).toEqual([
      ids.letters2022,
      ids.oct2022,
      ids.oct2023,
      ids.apr2024,
      ids.dec2024,
      ids.diffusion,
      ids.apr2025,
      ids.rescission,
      ids.share15,
      ids.share25,
      ids.jan2026,
    ]);
  });

  test('repeats the lines of thresholds.ts, which the chip cards use', () => {
    expect(rule(ids.oct2022).test).toEqual({ kind: 'tpp-and-io', tppMin: oct2022.tppMin, ioMinGBs: oct2022.ioMinGBs });
    expect(rule(ids.oct2023).test).toMatchObject({
      kind: 'tpp-and-density',
      a: oct2023.a,
      b1: oct2023.b1,
      b2: oct2023.b2,
      note2NonDataCentreTppBelow: oct2023.note2NonDataCentreTppBelow,
    });
    expect(rule(ids.jan2026).test).toMatchObject({
      kind: 'review-zone',
      tppMax: jan2026.tppMax,
      dramMaxGBs: jan2026.dramMaxGBs,
      volumeCapPercentOfUs: 50,
    });
  });

  test('keeps the dates of the research base', () => {
    expect(rule(ids.oct2023)).toMatchObject({ announced: '2023-10-17', published: '2023-10-25', effective: '2023-11-17' });
    expect(rule(ids.oct2023).earlyApplication[0]).toMatchObject({ date: '2023-10-23', chips: ['a100', 'a800', 'h100', 'h800'] });
    expect(rule(ids.apr2025)).toMatchObject({ effective: '2025-04-09', published: null, chips: ['h20'] });
    expect(rule(ids.jan2026)).toMatchObject({ announced: '2026-01-13', effective: '2026-01-15' });
    expect(rule(ids.diffusion)).toMatchObject({ effective: '2025-01-13', compliance: '2025-05-15' });
    expect(rule(ids.rescission)).toMatchObject({ effective: '2025-05-13', rescinds: [ids.diffusion] });
  });

  test('the April 2025 line is a set of readings with sources, never one official number', () => {
    const t = rule(ids.apr2025).test;
    if (t.kind !== 'bandwidth-letter') throw new Error('wrong kind');
    expect(t.readings.map((r) => [r.id, r.memoryGBs])).toEqual([
      ['press-1-4-tbs', { low: 1400, high: 1400 }],
      ['intel-customer-notice', { low: 1400, high: 1400 }],
      ['jefferies-1-7-1-8-tbs', { low: 1700, high: 1800 }],
    ]);
    for (const r of t.readings) expect(r.sources.length).toBeGreaterThan(0);
    expect(rule(ids.apr2025).doubts.length).toBeGreaterThan(0);
  });

  test('arrangements are never written down as rules', () => {
    for (const id of [ids.share15, ids.share25]) {
      const r = rule(id);
      expect(r.kind).toBe('arrangement');
      expect(r.test).toMatchObject({ kind: 'revenue-share', codified: false });
    }
    expect(rule(ids.share25).test).toMatchObject({ sharePercent: 25, licencesGranted: '2026-02', tariffEffective: '2026-01-15' });
  });

  test('every version evaluates on every single chip without throwing', () => {
    for (const r of rules) for (const c of ruleChips.values()) expect(() => evaluateRule(r, c, { chips: ruleChips })).not.toThrow();
  });

  test('no rule or source file points outside the repository', () => {
    const files = [...readdirSync('content/data/rules').map((f) => `content/data/rules/${f}`), 'content/data/sources/rules.yaml'];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/shared\/research|\/work\/|\.\.\/shared/);
    expect(parse(readFileSync('content/data/sources/rules.yaml', 'utf8')).length).toBeGreaterThan(0);
  });
});
