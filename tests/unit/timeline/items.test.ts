import { describe, expect, it } from 'vitest';

import {
  chapterHref,
  chipHref,
  compareEvents,
  datetimeAttribute,
  eventHref,
  formatEventDate,
  parseBound,
  periodOf,
  selectEvents,
  trackName,
} from '../../../src/lib/timeline/items.ts';
import { fixtureEvents } from '../../fixtures/timeline/events.ts';

describe('periodOf', () => {
  it('covers one day for day precision', () => {
    expect(periodOf('2025-04-15', 'day')).toEqual({ start: Date.UTC(2025, 3, 15), end: Date.UTC(2025, 3, 16) });
  });
  it('covers the whole month for month precision', () => {
    expect(periodOf('2025-12-01', 'month')).toEqual({ start: Date.UTC(2025, 11, 1), end: Date.UTC(2026, 0, 1) });
  });
  it('covers three months for quarter precision', () => {
    expect(periodOf('2025-04-01', 'quarter')).toEqual({ start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 6, 1) });
  });
});

describe('parseBound', () => {
  it('starts a bound at the first instant of its period', () => {
    expect(parseBound('2025', 'start')).toBe(Date.UTC(2025, 0, 1));
    expect(parseBound('2025-04', 'start')).toBe(Date.UTC(2025, 3, 1));
    expect(parseBound('2025-04-09', 'start')).toBe(Date.UTC(2025, 3, 9));
  });
  it('ends a bound after the last day of its period', () => {
    expect(parseBound('2025', 'end')).toBe(Date.UTC(2026, 0, 1));
    expect(parseBound('2025-06', 'end')).toBe(Date.UTC(2025, 6, 1));
    expect(parseBound('2025-06-30', 'end')).toBe(Date.UTC(2025, 6, 1));
  });
  it('rejects anything else with the offending text', () => {
    expect(() => parseBound('April 2025', 'start')).toThrow(/invalid date bound "April 2025"/);
  });
});

describe('selectEvents', () => {
  it('keeps every event, in date order, for an empty query', () => {
    const shuffled = [...fixtureEvents].reverse();
    expect(selectEvents(shuffled).map((e) => e.id)).toEqual(fixtureEvents.map((e) => e.id));
  });
  it('keeps events having any of the tags', () => {
    expect(selectEvents(fixtureEvents, { tags: 'licence money' }).map((e) => e.id)).toEqual([
      '2025-04-09-licence-told',
      '2025-04-15-charge',
      '2025-05-revenue',
    ]);
  });
  it('keeps events between from and to, both inclusive at their precision', () => {
    expect(selectEvents(fixtureEvents, { from: '2025-04', to: '2025-05' }).map((e) => e.id)).toEqual([
      '2025-04-09-licence-told',
      '2025-04-15-charge',
      '2025-05-revenue',
    ]);
  });
  it('keeps only events at least as important as asked', () => {
    const important = selectEvents(fixtureEvents, { importance: 3 });
    expect(important.length).toBeGreaterThan(0);
    expect(important.length).toBeLessThan(fixtureEvents.length);
    expect(important.every((e) => e.importance === 3)).toBe(true);
  });
  it('selects a chapter by slug, ignoring the #section', () => {
    expect(selectEvents(fixtureEvents, { chapter: 'april-2025-licence' }).map((e) => e.id)).toEqual([
      '2025-04-09-licence-told',
      '2025-04-15-charge',
    ]);
  });
  it('combines criteria with AND', () => {
    expect(selectEvents(fixtureEvents, { tags: 'h20', from: '2025' }).map((e) => e.id)).toEqual([
      '2025-04-09-licence-told',
      '2025-07-14-reversal',
      '2025-07-31-cac-summons',
    ]);
  });
});

describe('compareEvents', () => {
  it('orders by date, then turning points first, then id', () => {
    const a = { id: 'b', date: '2025-01-01', importance: 1 as const };
    const b = { id: 'a', date: '2025-01-01', importance: 3 as const };
    const c = { id: 'c', date: '2024-12-31', importance: 1 as const };
    expect([a, b, c].sort(compareEvents).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('formatEventDate', () => {
  it('formats a day in each language', () => {
    expect(formatEventDate('2025-04-09', 'day', 'en')).toBe('9 April 2025');
    expect(formatEventDate('2025-04-09', 'day', 'fr')).toBe('9 avril 2025');
  });
  it('formats a month without a day', () => {
    expect(formatEventDate('2025-05-01', 'month', 'en')).toBe('May 2025');
    expect(formatEventDate('2025-05-01', 'month', 'fr')).toBe('mai 2025');
  });
  it('formats a quarter', () => {
    expect(formatEventDate('2024-01-01', 'quarter', 'en')).toBe('Q1 2024');
    expect(formatEventDate('2024-01-01', 'quarter', 'fr')).toBe('1er trimestre 2024');
    expect(formatEventDate('2024-10-01', 'quarter', 'fr')).toBe('4e trimestre 2024');
  });
  it('abbreviates the month in short style', () => {
    expect(formatEventDate('2025-09-18', 'day', 'en', 'short')).toBe('18 Sept 2025');
  });
  it('never shifts the day, whatever the time zone', () => {
    expect(formatEventDate('2025-01-01', 'day', 'en')).toBe('1 January 2025');
  });
});

describe('datetimeAttribute', () => {
  it('is as precise as the event', () => {
    expect(datetimeAttribute('2025-04-09', 'day')).toBe('2025-04-09');
    expect(datetimeAttribute('2025-04-01', 'month')).toBe('2025-04');
    expect(datetimeAttribute('2025-04-01', 'quarter')).toBe('2025');
  });
});

describe('links and names', () => {
  it('builds event, chapter and chip URLs', () => {
    expect(eventHref('fr', 'x')).toBe('/fr/timeline/#event-x');
    expect(chapterHref('en', 'april-2025-licence#licence')).toBe('/en/saga/april-2025-licence/#licence');
    expect(chapterHref('en', 'the-boom')).toBe('/en/saga/the-boom/');
    expect(chipHref('en', 'h20')).toBe('/en/chips/#chip-h20');
    expect(chipHref('fr', 'ascend-910c', 'china-domestic')).toBe('/fr/alternatives/#chip-ascend-910c');
  });
  it('names tracks in each language', () => {
    expect(trackName('china-policy', 'en')).toBe('China policy');
    expect(trackName('us-policy', 'fr')).toBe('Politique américaine');
  });
});
