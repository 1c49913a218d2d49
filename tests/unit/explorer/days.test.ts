import { describe, expect, test } from 'vitest';

import {
  changeAfter,
  changeBefore,
  changeDays,
  changeOnOrBefore,
  dayNumber,
  dayOfNumber,
  defaultDay,
  EXPLORER_RANGE,
  inRange,
  isDay,
} from '../../../src/lib/explorer/days.ts';
import { en } from './fixtures.ts';

const days = changeDays(en.rules);

describe('days', () => {
  test('isDay accepts real days only', () => {
    expect(['2025-04-15', '2024-02-29'].map(isDay)).toEqual([true, true]);
    expect(['2025-02-30', '2025-4-15', '2025-04', 'abc', '2023-02-29'].map(isDay)).toEqual([false, false, false, false, false]);
  });

  test('day numbers round-trip and count whole days', () => {
    expect(dayOfNumber(dayNumber('2025-04-15'))).toBe('2025-04-15');
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
    expect(dayNumber(EXPLORER_RANGE.end) - dayNumber(EXPLORER_RANGE.start)).toBe(1825);
    expect([inRange('2021-12-31'), inRange('2022-01-01'), inRange('2026-12-31'), inRange('2027-01-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('changeDays', () => {
  test('lists the days a status can change, from the August 2022 letters to the H200 licences', () => {
    expect(days[0]).toEqual({ day: '2022-08-26', rules: ['2022-08-is-informed-letters'] });
    const list = days.map((d) => d.day);
    // The notice of 23 October 2023 and the general date of 17 November are both ticks.
    expect(list).toContain('2023-10-23');
    expect(list).toContain('2023-11-17');
    expect(list).toContain('2025-04-09');
    // "February 2026" counts from the first of the month.
    expect(list.at(-1)).toBe('2026-02-01');
    expect(list).toEqual([...list].sort());
  });

  test('finds the change before, on or before, and after a day', () => {
    expect(changeOnOrBefore(days, '2022-08-01')).toBeNull();
    expect(changeOnOrBefore(days, '2025-04-15')!.day).toBe('2025-04-09');
    expect(changeOnOrBefore(days, '2025-04-09')!.day).toBe('2025-04-09');
    expect(changeBefore(days, '2025-04-09')!.day).toBe('2025-01-13');
    expect(changeAfter(days, '2025-04-09')!.day).toBe('2025-05-13');
    expect(changeAfter(days, '2026-06-01')).toBeNull();
  });

  test('the page opens on the last change, at the end of its month when only the month is known', () => {
    expect(defaultDay(en.rules)).toBe('2026-02-28');
    expect(en.defaultDate).toBe('2026-02-28');
  });
});
