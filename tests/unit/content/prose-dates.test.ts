import { describe, expect, test } from 'vitest';

import { findProseDates, sameDay } from '../../../src/lib/content/prose-dates.ts';

describe('findProseDates', () => {
  test('reads English day-first dates with and without a year', () => {
    expect(findProseDates('On 9 April 2025 the letter came; by 15 July it was gone.')).toEqual([
      { text: '9 April 2025', day: 9, month: 4, year: 2025 },
      { text: '15 July', day: 15, month: 7 },
    ]);
  });
  test('reads American month-first dates', () => {
    expect(findProseDates('It was April 9, 2025, a Wednesday.')).toEqual([{ text: 'April 9, 2025', day: 9, month: 4, year: 2025 }]);
  });
  test('reads French dates, including "1er"', () => {
    expect(findProseDates('Le 1er août et le 12 septembre 2025.')).toEqual([
      { text: '1er août', day: 1, month: 8 },
      { text: '12 septembre 2025', day: 12, month: 9, year: 2025 },
    ]);
  });
  test('ignores month-only dates, other numbers and ids', () => {
    expect(findProseDates('In April 2025 it sold 1,600 chips; 2025-04-09; 4 TB/s; 300 mai-x.')).toEqual([]);
  });
});

describe('sameDay', () => {
  test('compares day and month, and the year only when written', () => {
    expect(sameDay({ text: '9 April', day: 9, month: 4 }, '2025-04-09')).toBe(true);
    expect(sameDay({ text: '9 April 2024', day: 9, month: 4, year: 2024 }, '2025-04-09')).toBe(false);
    expect(sameDay({ text: '9 April', day: 9, month: 4 }, '2025-04')).toBe(false);
  });
});
