import { type ScaleTime, scaleUtc } from 'd3-scale';
import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';

/** Maps a UTC instant (ms) to a pixel position. */
export type TimeToX = (time: number) => number;

/** Builds the time-to-pixel mapping for a visible `domain` drawn over a pixel `range`. */
export type ScaleFactory = (domain: readonly [number, number], range: readonly [number, number]) => TimeToX;

/** A d3 UTC time scale from `[start, end]` (ms) to pixels: what the build draws with. */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
}

/** `timeScale` as a ScaleFactory (for `layoutTimeline`'s `scale` option). */
export const d3TimeScale: ScaleFactory = (domain, range) => {
  const x = timeScale(domain, range);
  return (time) => x(time);
};

/**
 * The same linear UTC mapping as `timeScale` without d3-scale, for the browser: d3-scale would add
 * about 7 KB gzip (it brings d3-time-format for tick formats we do not use) to a 30 KB budget.
 */
export const linearTime: ScaleFactory = ([d0, d1], [r0, r1]) => {
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (time) => r0 + (time - d0) * k;
};

/**
 * The domain of a set of periods, widened by `pad` of its span on each side (at least one day)
 * and snapped outwards to whole months, so the first and last marks never sit on the edge.
 */
export function paddedDomain(periods: readonly { start: number; end: number }[], pad = 0.03): [number, number] {
  if (periods.length === 0) {
    const now = Date.UTC(2025, 0, 1);
    return [now, utcYear.offset(new Date(now), 1).getTime()];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of periods) {
    if (p.start < lo) lo = p.start;
    if (p.end > hi) hi = p.end;
  }
  const margin = Math.max((hi - lo) * pad, 864e5);
  return [utcMonth.floor(new Date(lo - margin)).getTime(), utcMonth.ceil(new Date(hi + margin)).getTime()];
}

/** The unit the axis counts in at a given zoom level. */
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year' | '2-years' | '5-years';

/**
 * One axis tick: a time, its pixel position, its text, an optional second line naming the year
 * (at year starts and on the first tick, so a zoomed-in axis never loses the year), and whether it
 * starts a larger period (the axis draws a grid line there).
 */
export interface Tick {
  time: number;
  x: number;
  label: string;
  context?: string;
  major: boolean;
}

interface Step {
  unit: TickUnit;
  interval: TimeInterval;
  /** Rough length in ms, used to count ticks without generating them. */
  span: number;
  /** Pixels a label needs, centre to centre. */
  spacing: number;
}

const DAY = 864e5;
const STEPS: Step[] = [
  { unit: 'day', interval: utcDay, span: DAY, spacing: 46 },
  { unit: 'week', interval: utcMonday, span: 7 * DAY, spacing: 52 },
  { unit: 'month', interval: utcMonth, span: 30.44 * DAY, spacing: 40 },
  { unit: 'quarter', interval: utcMonth.every(3)!, span: 91.3 * DAY, spacing: 40 },
  { unit: 'half-year', interval: utcMonth.every(6)!, span: 182.6 * DAY, spacing: 44 },
  { unit: 'year', interval: utcYear, span: 365.25 * DAY, spacing: 44 },
  { unit: '2-years', interval: utcYear.every(2)!, span: 730.5 * DAY, spacing: 44 },
  { unit: '5-years', interval: utcYear.every(5)!, span: 1826 * DAY, spacing: 44 },
];

const formatCache = new Map<string, Intl.DateTimeFormat>();
function fmt(intl: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = intl + JSON.stringify(options);
  let f = formatCache.get(key);
  if (!f) formatCache.set(key, (f = new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' })));
  return f;
}

/**
 * Picks the finest calendar unit whose labels fit in `width` pixels for the visible `domain`
 * (days when a few weeks are shown, then weeks, months, quarters, years) and returns the ticks
 * with labels in the reader's language. Ticks that start a year (or a month, for day and week
 * units) are `major`: the axis draws a grid line there and names the larger period.
 *
 * @param domain visible `[start, end]` in UTC ms
 * @param range pixel positions of `domain`
 * @param intl BCP 47 tag for the labels, e.g. `en-GB`
 * @param scale time-to-pixel mapping; the build passes `d3TimeScale`
 */
export function chooseTicks(
  domain: readonly [number, number],
  range: readonly [number, number],
  intl: string,
  scale: ScaleFactory = linearTime,
): { unit: TickUnit; ticks: Tick[] } {
  const width = Math.abs(range[1] - range[0]);
  const span = Math.max(domain[1] - domain[0], 1);
  const step = STEPS.find((s) => (span / s.span) * s.spacing <= width) ?? STEPS[STEPS.length - 1]!;
  const x = scale(domain, range);
  const times = step.interval.range(new Date(domain[0]), new Date(domain[1] + 1));
  const month = fmt(intl, { month: 'short' });
  const dayMonth = fmt(intl, { day: 'numeric', month: 'short' });
  const year = fmt(intl, { year: 'numeric' });
  const yearly = step.unit === 'year' || step.unit === '2-years' || step.unit === '5-years';
  const fine = step.unit === 'day' || step.unit === 'week';
  const ticks: Tick[] = times.map((date, i) => {
    const previous = times[i - 1];
    const newYear = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
    const newMonth = !previous || previous.getUTCMonth() !== date.getUTCMonth() || newYear;
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const tick: Tick = {
      time: date.getTime(),
      x: x(date.getTime()),
      label: yearly ? year.format(date) : fine ? dayMonth.format(date) : month.format(date),
      major: yearly || startsYear || (fine && newMonth && i > 0),
    };
    if (!yearly && newYear) tick.context = year.format(date);
    return tick;
  });
  return { unit: step.unit, ticks };
}

/** Every interval the axis may use, for tests. */
export const tickIntervals: ReadonlyMap<TickUnit, CountableTimeInterval | TimeInterval> = new Map(STEPS.map((s) => [s.unit, s.interval]));
