import { describe, expect, it } from 'vitest';

import { chooseTicks, paddedDomain, timeScale } from '../../../src/lib/timeline/scale.ts';

const day = 864e5;
const span = (from: number, days: number) => [from, from + days * day] as const;
const apr2025 = Date.UTC(2025, 3, 1);

describe('timeScale', () => {
  it('maps UTC instants linearly onto pixels', () => {
    const x = timeScale([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], [0, 365]);
    expect(x(Date.UTC(2025, 0, 2))).toBeCloseTo(1);
    expect(x.invert(365).getTime()).toBe(Date.UTC(2026, 0, 1));
  });
});

describe('paddedDomain', () => {
  it('widens the span and snaps to whole months', () => {
    const [lo, hi] = paddedDomain([
      { start: Date.UTC(2022, 9, 7), end: Date.UTC(2022, 9, 8) },
      { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 1) },
    ]);
    expect(new Date(lo).toISOString().slice(0, 10)).toBe('2022-08-01');
    expect(new Date(hi).toISOString().slice(0, 10)).toBe('2026-04-01');
  });
  it('has a sensible default without events', () => {
    const [lo, hi] = paddedDomain([]);
    expect(hi).toBeGreaterThan(lo);
  });
});

describe('chooseTicks', () => {
  it('counts in days over ten days', () => {
    const { unit, ticks } = chooseTicks(span(apr2025, 10), [0, 860], 'en-GB');
    expect(unit).toBe('day');
    expect(ticks).toHaveLength(11);
    expect(ticks[0]).toMatchObject({ label: '1 Apr', context: '2025' });
  });
  it('counts in weeks (Mondays) over two months', () => {
    const { unit, ticks } = chooseTicks(span(apr2025, 61), [0, 860], 'en-GB');
    expect(unit).toBe('week');
    expect(ticks.every((t) => new Date(t.time).getUTCDay() === 1)).toBe(true);
    expect(ticks[0]!.label).toBe('7 Apr');
    // The first Monday of May starts a new month: a grid line.
    expect(ticks.find((t) => t.label === '5 May')?.major).toBe(true);
  });
  it('counts in months over a year, naming the year at January', () => {
    const { unit, ticks } = chooseTicks([Date.UTC(2024, 6, 1), Date.UTC(2025, 6, 1)], [0, 860], 'en-GB');
    expect(unit).toBe('month');
    expect(ticks.map((t) => t.label).slice(0, 7)).toEqual(['Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan']);
    expect(ticks[0]!.context).toBe('2024');
    expect(ticks[6]).toMatchObject({ context: '2025', major: true });
  });
  it('counts in quarters over four and a half years on a wide screen', () => {
    const { unit } = chooseTicks([Date.UTC(2022, 6, 1), Date.UTC(2027, 0, 1)], [0, 860], 'en-GB');
    expect(unit).toBe('quarter');
  });
  it('counts in years when the same span is narrow', () => {
    const { unit, ticks } = chooseTicks([Date.UTC(2022, 6, 1), Date.UTC(2027, 0, 1)], [0, 240], 'en-GB');
    expect(unit).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(['2023', '2024', '2025', '2026', '2027']);
    expect(ticks.every((t) => t.major && t.context === undefined)).toBe(true);
  });
  it('labels in the reader’s language', () => {
    const { ticks } = chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)], [0, 860], 'fr-FR');
    expect(ticks[1]!.label).toBe('févr.');
  });
  it('keeps ticks inside the range, left to right, and labels never closer than the spacing allows', () => {
    for (const days of [7, 30, 90, 365, 1000, 4000]) {
      const { ticks } = chooseTicks(span(apr2025, days), [20, 820], 'en-GB');
      expect(ticks.length).toBeGreaterThan(0);
      ticks.forEach((t, i) => {
        expect(t.x).toBeGreaterThanOrEqual(20 - 1e-9);
        expect(t.x).toBeLessThanOrEqual(820 + 1e-9);
        if (i > 0) expect(t.x - ticks[i - 1]!.x).toBeGreaterThan(25);
      });
    }
  });
});
