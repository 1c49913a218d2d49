import type { RuleCore } from '../rules/core.ts';
import { endOf, startOf } from '../rules/dates.ts';
import { type ChangeKind, changesBetween } from '../rules/in-force.ts';

/**
 * The explorer's calendar: the days the slider covers, day numbers for the slider's value, and
 * the days on which a chip's status can change (the slider's ticks and the "previous / next
 * change" buttons). Days are YYYY-MM-DD strings in UTC, as everywhere in `src/lib/rules/`.
 */

/** The span the date control covers: from before the first letter (August 2022) to the end of 2026. */
export const EXPLORER_RANGE = { start: '2022-01-01', end: '2026-12-31' } as const;

const MS_PER_DAY = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (not 2025-02-30). */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 (the slider works on whole days). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The day of a day number: `dayOfNumber(dayNumber('2025-04-15'))` → '2025-04-15'. */
export function dayOfNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `day` is inside the explorer's range (both ends included). */
export function inRange(day: string, range: { start: string; end: string } = EXPLORER_RANGE): boolean {
  return day >= range.start && day <= range.end;
}

/** The kinds of change after which a chip's status can differ (announcements and milestones do not move it). */
const statusChanges: readonly ChangeKind[] = ['in-force', 'early-application', 'licences-granted', 'ended'];

/** One day on which the rules changed, with the versions that changed that day. */
export interface ChangeDay {
  day: string;
  rules: string[];
}

/**
 * The days inside the range on which a version started (or started early for some chips),
 * licences were granted, or a version ended, in date order. A month-precise date counts from the
 * first day of its month, as `statusOn` reads it.
 *
 * ```ts
 * changeDays(rules)[0] // { day: '2022-08-26', rules: ['2022-08-is-informed-letters'] }
 * ```
 */
export function changeDays(rules: readonly RuleCore[], range: { start: string; end: string } = EXPLORER_RANGE): ChangeDay[] {
  const byDay = new Map<string, Set<string>>();
  for (const change of changesBetween(dayOfNumber(dayNumber(range.start) - 1), range.end, rules)) {
    if (!statusChanges.includes(change.kind)) continue;
    const day = startOf(change.date);
    if (!inRange(day, range)) continue;
    if (!byDay.has(day)) byDay.set(day, new Set());
    byDay.get(day)!.add(change.rule);
  }
  return [...byDay.keys()].sort().map((day) => ({ day, rules: [...byDay.get(day)!] }));
}

/** The last change day on or before `day`, or null before the first one. */
export function changeOnOrBefore(days: readonly ChangeDay[], day: string): ChangeDay | null {
  let found: ChangeDay | null = null;
  for (const d of days) if (d.day <= day) found = d;
  return found;
}

/** The first change day strictly after `day`, or null. */
export function changeAfter(days: readonly ChangeDay[], day: string): ChangeDay | null {
  return days.find((d) => d.day > day) ?? null;
}

/** The last change day strictly before `day`, or null. */
export function changeBefore(days: readonly ChangeDay[], day: string): ChangeDay | null {
  let found: ChangeDay | null = null;
  for (const d of days) if (d.day < day) found = d;
  return found;
}

/**
 * The day the page opens on: the last change in the data. A change known only to the month
 * (the H200 licences, "February 2026") opens on the last day of that month, so the first view is
 * not one whose status rests on a guessed day.
 */
export function defaultDay(rules: readonly RuleCore[], range: { start: string; end: string } = EXPLORER_RANGE): string {
  const changes = changesBetween(range.start, range.end, rules).filter((c) => statusChanges.includes(c.kind));
  const last = changes.at(-1);
  if (!last) return range.end;
  const day = endOf(last.date);
  return day > range.end ? range.end : day;
}
