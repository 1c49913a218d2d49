import { describe, expect, test } from 'vitest';

import { endFor, endOf, insidePeriod, latest, ruleStart, startFor, startOf } from '../../../src/lib/rules/dates.ts';
import { changesBetween, rulesInForce } from '../../../src/lib/rules/in-force.ts';
import { ids, rule, rules } from './fixtures.ts';

const inForce = (date: string) => rulesInForce(date, rules).map((r) => r.rule.id);

describe('startOf, endOf, insidePeriod, latest', () => {
  test('a partial date spans its month or year', () => {
    expect([startOf('2026-02'), endOf('2026-02'), startOf('2023'), endOf('2023'), endOf('2024-02')]).toEqual([
      '2026-02-01',
      '2026-02-28',
      '2023-01-01',
      '2023-12-31',
      '2024-02-29',
    ]);
    expect([
      insidePeriod('2026-02-10', '2026-02'),
      insidePeriod('2026-03-01', '2026-02'),
      insidePeriod('2026-02-10', '2026-02-10'),
    ]).toEqual([true, false, false]);
    expect(latest('2025-08-10', '2025-08-08', null)).toBe('2025-08-10');
  });
});

describe('ruleStart, startFor and endFor', () => {
  test('a version starts on its effective date, else its publication, else its announcement', () => {
    expect(ruleStart(rule(ids.oct2023))).toMatchObject({ date: '2023-11-17', via: 'effective' });
    expect(ruleStart(rule(ids.apr2024))).toMatchObject({ date: '2024-04-04', via: 'published' });
    expect(ruleStart(rule(ids.share15))).toMatchObject({ date: '2025-08-10', via: 'announced' });
  });

  test('the October 2023 notice moves the start for the chips it named, and the end of the 2022 rule with it', () => {
    expect(startFor(rule(ids.oct2023), 'a800')).toMatchObject({ day: '2023-10-23', via: 'early-application' });
    expect(startFor(rule(ids.oct2023), 'h20')).toMatchObject({ day: '2023-11-17', via: 'effective' });
    expect(endFor(rule(ids.oct2022), rules, 'a800')).toEqual({ day: '2023-10-23', by: ids.oct2023 });
    expect(endFor(rule(ids.oct2022), rules, null)).toEqual({ day: '2023-11-17', by: ids.oct2023 });
    expect(endFor(rule(ids.diffusion), rules, null)).toEqual({ day: '2025-05-13', by: ids.rescission });
  });
});

describe('rulesInForce', () => {
  test('none before the August 2022 letters; the letters alone in September 2022', () => {
    expect(inForce('2022-08-01')).toEqual([]);
    expect(inForce('2022-09-01')).toEqual([ids.letters2022]);
  });

  test('the 2022 rule until 17 November 2023, then the 2023 rule', () => {
    expect(inForce('2023-11-16')).toEqual([ids.oct2022]);
    expect(inForce('2023-11-17')).toEqual([ids.oct2023]);
  });

  test('AI Diffusion in force but awaiting compliance in March 2025, gone after 13 May', () => {
    const march = rulesInForce('2025-03-01', rules);
    expect(march.map((r) => r.rule.id)).toEqual([ids.oct2023, ids.apr2024, ids.dec2024, ids.diffusion]);
    expect(march.find((r) => r.rule.id === ids.diffusion)!.compliancePending).toBe('2025-05-15');
    expect(inForce('2025-05-13')).not.toContain(ids.diffusion);
  });

  test('everything standing on 20 January 2026', () => {
    expect(inForce('2026-01-20')).toEqual([ids.oct2023, ids.apr2024, ids.dec2024, ids.apr2025, ids.share15, ids.share25, ids.jan2026]);
  });
});

describe('changesBetween', () => {
  test('October–November 2023: announcement, early notice, publication, entry into force, end of the 2022 rule', () => {
    const c = changesBetween('2023-10-01', '2023-11-30', rules);
    expect(c.map((x) => [x.date, x.rule, x.kind])).toEqual([
      ['2023-10-17', ids.oct2023, 'announced'],
      ['2023-10-23', ids.oct2023, 'early-application'],
      ['2023-10-25', ids.oct2023, 'published'],
      ['2023-11-17', ids.oct2023, 'in-force'],
      ['2023-11-17', ids.oct2022, 'ended'],
    ]);
    expect(c[3]!.replaces).toEqual({
      rules: [ids.oct2022],
      metricsAdded: ['performance-density', 'data-centre'],
      metricsDropped: ['chip-to-chip-io'],
    });
    expect(c[4]!.by).toBe(ids.oct2023);
  });

  test('spring 2025: the H20 letter, its milestones, and the end of AI Diffusion', () => {
    const c = changesBetween('2025-04-01', '2025-05-31', rules);
    expect(c.map((x) => [x.rule, x.kind])).toEqual([
      [ids.apr2025, 'milestone'],
      [ids.apr2025, 'in-force'],
      [ids.apr2025, 'milestone'],
      [ids.apr2025, 'announced'],
      [ids.apr2025, 'milestone'],
      [ids.rescission, 'announced'],
      [ids.rescission, 'in-force'],
      [ids.diffusion, 'ended'],
      [ids.diffusion, 'compliance'],
    ]);
  });

  test('a month-precise date counts when its month overlaps the range', () => {
    expect(changesBetween('2026-02-10', '2026-02-20', rules).map((x) => [x.date, x.rule, x.kind])).toEqual([
      ['2026-02', ids.share25, 'licences-granted'],
    ]);
  });

  test('the first half of the range is open, the second closed', () => {
    expect(changesBetween('2026-01-15', '2026-01-15', rules)).toEqual([]);
    expect(changesBetween('2026-01-14', '2026-01-15', rules).map((x) => [x.rule, x.kind])).toEqual([
      [ids.jan2026, 'published'],
      [ids.share25, 'in-force'],
      [ids.jan2026, 'in-force'],
    ]);
  });
});
