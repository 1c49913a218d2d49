import { describe, expect, test } from 'vitest';

import { withTpp } from '../../../src/lib/rules/chip-input.ts';
import type { VerdictCache } from '../../../src/lib/rules/evaluate.ts';
import { statusOn } from '../../../src/lib/rules/status.ts';
import { chip, dbChips, ids, readerChip, ruleChips, rules } from './fixtures.ts';

const ctx = { chips: ruleChips };
const on = (id: string, date: string) => statusOn(chip(id), date, rules, [], ctx);

describe('statusOn', () => {
  test('H20 on 2024-06-01: not controlled, decided by the October 2023 rule', () => {
    const s = on('h20', '2024-06-01');
    expect(s.status).toBe('not-controlled');
    expect(s.decidedBy).toMatchObject({ rule: ids.oct2023, via: 'effective' });
    expect(s.decidedBy!.verdict.outcome).toBe('outside');
    expect(s.steps.map((x) => x.rule)).toEqual([ids.oct2023, ids.apr2024]);
  });

  test('H20 on 2025-04-15: licence required by the April letter (named), from the day Nvidia was told', () => {
    const s = on('h20', '2025-04-15');
    expect(s.status).toBe('licence-required');
    expect(s.decidedBy).toMatchObject({ rule: ids.apr2025, since: '2025-04-09', via: 'effective' });
    expect(s.decidedBy!.verdict.clause).toBe('named');
    expect(s.contested).toBeNull();
  });

  test('H20 on 2025-09-01: licence granted with a 15% revenue share, the letter beneath', () => {
    const s = on('h20', '2025-09-01');
    expect(s.status).toBe('licence-granted-revenue-share');
    expect(s.underlying).toBe('licence-required');
    expect(s.decidedBy).toMatchObject({ rule: ids.share15, since: '2025-08-10', via: 'licences-granted' });
  });

  test('H20 before the 15% deal was public (9 August 2025): still licence required, nothing pending', () => {
    // Licences were reported on 8 August, the share on the 10th: the status needs both.
    const s = on('h20', '2025-08-09');
    expect(s.status).toBe('licence-required');
    expect(s.pending).toEqual([]);
  });

  test('H20 in 2026: still under the 15% arrangement, with case-by-case review beneath', () => {
    const s = on('h20', '2026-02-01');
    expect(s.status).toBe('licence-granted-revenue-share');
    expect(s.underlying).toBe('case-by-case');
  });

  test('H200 on 2026-01-20: case by case under the January 2026 rule; the 25% deal awaits licences', () => {
    const s = on('h200', '2026-01-20');
    expect(s.status).toBe('case-by-case');
    expect(s.decidedBy).toMatchObject({ rule: ids.jan2026, since: '2026-01-15' });
    expect(s.decidedBy!.verdict.comparisons.map((c) => [c.metric, c.value, c.limit, c.met])).toEqual([
      ['tpp', 15832, 21000, true],
      ['dram', 4800, 6500, true],
    ]);
    expect(s.pending).toEqual([{ rule: ids.share25, from: '2026-02', what: 'licences-granted' }]);
  });

  test('H200 in December 2025: presumption of denial, with the rule and the deal pending', () => {
    const s = on('h200', '2025-12-20');
    expect(s.status).toBe('presumption-of-denial');
    expect(s.pending.map((p) => [p.rule, p.what])).toEqual([[ids.share25, 'in-force']]);
  });

  test('H200 in March 2026: licence granted with a revenue share (month-precise, so flagged in February)', () => {
    expect(on('h200', '2026-03-10')).toMatchObject({
      status: 'licence-granted-revenue-share',
      underlying: 'case-by-case',
      approximate: false,
    });
    expect(on('h200', '2026-02-10')).toMatchObject({ status: 'licence-granted-revenue-share', approximate: true });
  });

  test('A800: not yet announced, then legal under the 2022 rule, then caught on 23 October 2023 (told at once)', () => {
    expect(on('a800', '2022-10-01').status).toBe('not-yet-announced');
    expect(on('a800', '2023-01-10')).toMatchObject({ status: 'not-controlled' });
    const before = on('a800', '2023-10-20');
    expect(before.status).toBe('not-controlled');
    expect(before.pending).toEqual([{ rule: ids.oct2023, from: '2023-10-23', what: 'in-force' }]);
    expect(on('a800', '2023-10-23').decidedBy).toMatchObject({
      rule: ids.oct2023,
      via: 'early-application',
      status: 'presumption-of-denial',
    });
  });

  test('a chip not named in the notice waits for 17 November 2023', () => {
    const like = { ...chip('a800'), id: null, announced: null };
    expect(statusOn(like, '2023-10-30', rules, [], ctx).status).toBe('not-controlled');
    expect(statusOn(like, '2023-11-17', rules, [], ctx).status).toBe('presumption-of-denial');
  });

  test('H100: licence required by the August 2022 letter, then by the October 2022 rule', () => {
    expect(on('h100', '2022-09-15').decidedBy).toMatchObject({ rule: ids.letters2022, status: 'licence-required' });
    expect(on('h100', '2022-10-08').decidedBy).toMatchObject({ rule: ids.oct2022, status: 'licence-required' });
    expect(on('h100', '2022-08-01').status).toBe('not-controlled');
  });

  test('B30A: no announcement date, so its first chip event gates it; outside the 2026 zone', () => {
    const b30a = dbChips.get('b30a')!;
    expect(statusOn(chip('b30a'), '2025-06-01', rules, b30a.exportStatus, ctx).status).toBe('not-yet-announced');
    for (const t of [28000, 30000]) {
      const s = statusOn(withTpp(chip('b30a'), t), '2026-03-01', rules, b30a.exportStatus, ctx);
      expect(s.status).toBe('presumption-of-denial');
      expect(s.steps.find((x) => x.rule === ids.jan2026)!.verdict.outcome).toBe('presumption-of-denial');
      expect(s.context.map((e) => e.date)).toEqual(b30a.exportStatus.map((e) => e.date));
    }
  });

  test('a reader chip decided only by the contested April 2025 line gets the cautious answer and every reading', () => {
    const mine = { ...readerChip({ tpp: 1000, die: 600, dram: 1600, link: 0 }), maker: 'nvidia' };
    const s = statusOn(mine, '2025-06-01', rules, [], ctx);
    expect(s.status).toBe('licence-required');
    expect(s.contested!.statusIfOutside).toBe('not-controlled');
    expect(s.contested!.readings.map((r) => r.low)).toEqual(['caught', 'caught', 'outside']);
  });

  test('AI Diffusion is in force in March 2025 but changes nothing for China', () => {
    const s = on('h100', '2025-03-01');
    expect(s.status).toBe('presumption-of-denial');
    expect(s.steps.find((x) => x.rule === ids.diffusion)).toMatchObject({ status: null });
    expect(on('h100', '2025-06-01').steps.some((x) => x.rule === ids.diffusion)).toBe(false);
  });

  test('rejects a date that is not a full day', () => {
    expect(() => on('h20', '2025-04')).toThrow(RangeError);
  });
});

describe('a verdict cache', () => {
  test('statusOn gives the same answers with one, and asks each verdict once', () => {
    const cache: VerdictCache = new WeakMap();
    const cached = { chips: ruleChips, cache };
    for (const id of ['h20', 'h200', 'a800', 'b30a']) {
      for (const date of ['2022-09-15', '2023-10-23', '2025-04-15', '2026-01-20', '2026-03-10']) {
        expect(statusOn(chip(id), date, rules, [], cached)).toEqual(statusOn(chip(id), date, rules, [], ctx));
      }
    }
    const input = chip('h20');
    const first = statusOn(input, '2025-04-15', rules, [], cached).decidedBy!.verdict;
    expect(statusOn(input, '2025-05-01', rules, [], cached).decidedBy!.verdict).toBe(first);
    expect(cache.get(input)!.size).toBeGreaterThan(0);
  });
});
