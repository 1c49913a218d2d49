import { describe, expect, test } from 'vitest';

import {
  proseRuleFigure,
  proseRuleReading,
  ruleFigureSources,
  ruleFigureSourcesIn,
  ruleLine,
  ruleLines,
} from '../../../src/lib/rules/prose-figure.ts';
import { rule } from './fixtures.ts';

const oct2022 = rule('2022-10-advanced-computing-rule');
const oct2023 = rule('2023-10-advanced-computing-update');
const jan2026 = rule('2026-01-case-by-case-review');
const letter = rule('2025-04-h20-letter');

describe('ruleLines', () => {
  test('lists the numeric lines of a test by dotted path, with units from the key names', () => {
    expect([...ruleLines(oct2023).keys()]).toEqual([
      'a.tppMin',
      'a.tppWithPdMin',
      'a.pdMin',
      'b1.tppMin',
      'b1.pdMin',
      'b2.tppMin',
      'b2.pdMin',
      'note2NonDataCentreTppBelow',
    ]);
    expect(ruleLine(jan2026, 'dramMaxGBs')).toEqual({ value: 6500, unit: 'gbs' });
    expect(ruleLine(jan2026, 'volumeCapPercentOfUs')?.unit).toBe('percent');
    expect(ruleLine(rule('2024-12-hbm-controls'), 'densityAboveGBsPerMm2')?.unit).toBe('gbsPerMm2');
    expect(ruleLine(oct2022, 'kind')).toBeNull();
    expect(ruleLine(oct2022, 'nope')).toBeNull();
  });
});

describe('proseRuleFigure', () => {
  test('prints thresholds in the page language', () => {
    expect(proseRuleFigure(oct2022, 'tppMin', 'en')).toBe('4,800');
    expect(proseRuleFigure(oct2022, 'tppMin', 'fr')).toBe('4\u202f800');
    expect(proseRuleFigure(oct2023, 'a.pdMin', 'en')).toBe('5.92');
    expect(proseRuleFigure(oct2023, 'a.pdMin', 'fr')).toBe('5,92');
    expect(proseRuleFigure(oct2023, 'b1.tppMin', 'en')).toBe('2,400');
  });
  test('prints bandwidths with their unit, in TB/s on request, or the number alone', () => {
    expect(proseRuleFigure(jan2026, 'dramMaxGBs', 'en')).toBe('6,500\u00a0GB/s');
    expect(proseRuleFigure(jan2026, 'dramMaxGBs', 'fr')).toBe('6\u202f500\u00a0Go/s');
    expect(proseRuleFigure(jan2026, 'dramMaxGBs', 'en', { as: 'tbs' })).toBe('6.5\u00a0TB/s');
    expect(proseRuleFigure(oct2022, 'ioMinGBs', 'en', { unit: false })).toBe('600');
  });
  test('prints shares as percentages, French with a no-break space', () => {
    expect(proseRuleFigure(rule('2025-08-h20-revenue-share'), 'sharePercent', 'en')).toBe('15%');
    expect(proseRuleFigure(rule('2025-08-h20-revenue-share'), 'sharePercent', 'fr')).toBe('15\u00a0%');
    expect(proseRuleFigure(rule('2025-12-h200-revenue-share'), 'sharePercent', 'en')).toBe('25%');
    expect(proseRuleFigure(jan2026, 'volumeCapPercentOfUs', 'en', { unit: false })).toBe('50');
  });
  test('is null for an unknown field', () => {
    expect(proseRuleFigure(oct2022, 'pdMin', 'en')).toBeNull();
  });
});

describe('proseRuleReading', () => {
  test('prints a point or a range of a reading, in TB/s on request', () => {
    expect(proseRuleReading(letter, 'press-1-4-tbs', 'en', { as: 'tbs' })).toBe('1.4\u00a0TB/s');
    expect(proseRuleReading(letter, 'press-1-4-tbs', 'fr', { as: 'tbs' })).toBe('1,4\u00a0To/s');
    expect(proseRuleReading(letter, 'jefferies-1-7-1-8-tbs', 'en', { as: 'tbs' })).toBe('1.7–1.8\u00a0TB/s');
    expect(proseRuleReading(letter, 'jefferies-1-7-1-8-tbs', 'en', { as: 'tbs', range: 'to' })).toBe('1.7 to 1.8\u00a0TB/s');
    expect(proseRuleReading(letter, 'jefferies-1-7-1-8-tbs', 'fr', { as: 'tbs', range: 'to', unit: false })).toBe('1,7\u00a0à 1,8');
    expect(proseRuleReading(letter, 'jefferies-1-7-1-8-tbs', 'fr', { as: 'tbs', range: 'and' })).toBe('1,7\u00a0et 1,8\u00a0To/s');
  });
  test('picks a line of the reading: memory first, or the one asked for', () => {
    expect(proseRuleReading(letter, 'intel-customer-notice', 'en')).toBe('1,400\u00a0GB/s');
    expect(proseRuleReading(letter, 'intel-customer-notice', 'en', { line: 'io' })).toBe('1,100\u00a0GB/s');
    expect(proseRuleReading(letter, 'intel-customer-notice', 'fr', { line: 'combined' })).toBe('1\u202f700\u00a0Go/s');
  });
  test('is null for an unknown reading, a line the reading lacks, or a rule without readings', () => {
    expect(proseRuleReading(letter, 'nope', 'en')).toBeNull();
    expect(proseRuleReading(letter, 'press-1-4-tbs', 'en', { line: 'io' })).toBeNull();
    expect(proseRuleReading(oct2022, 'press-1-4-tbs', 'en')).toBeNull();
  });
});

describe('ruleFigureSources', () => {
  test("cites the rule's first source for a line, the reading's sources for a reading", () => {
    expect(ruleFigureSources(oct2022)).toEqual([oct2022.sources[0]]);
    expect(ruleFigureSources(letter, 'jefferies-1-7-1-8-tbs')).toEqual(
      letter.test.kind === 'bandwidth-letter' ? letter.test.readings[2]!.sources : [],
    );
    const lookup = ruleFigureSourcesIn(new Map([[oct2022.id, oct2022]]));
    expect(lookup(oct2022.id)).toEqual([oct2022.sources[0]]);
    expect(lookup('nope')).toEqual([]);
  });
});
