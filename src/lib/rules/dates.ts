import type { RuleCore } from './core.ts';

/**
 * Date helpers for the rule versions. Dates are ISO strings, so they compare as text. A partial
 * date (`2026-02`, `2023`) starts on the first day of its period; a day inside that period is
 * reported as `approximate`, because the source does not say which day it was.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Throws unless `date` is a full YYYY-MM-DD day (the slider and tests always pass one). */
export function assertDay(date: string): void {
  if (!DAY.test(date)) throw new RangeError(`expected a YYYY-MM-DD day, got "${date}"`);
}

/** First day of a partial date: `2026-02` → `2026-02-01`, `2023` → `2023-01-01`. */
export function startOf(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/** Last day of a partial date: `2026-02` → `2026-02-28`, `2023` → `2023-12-31`. */
export function endOf(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) {
    const [y, m] = partial.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${partial}-${String(last).padStart(2, '0')}`;
  }
  return partial;
}

/** True when `day` falls inside the period of a month- or year-precision date. */
export function insidePeriod(day: string, partial: string): boolean {
  return partial.length < 10 && day >= startOf(partial) && day <= endOf(partial);
}

/** The latest of some partial dates (by their first day); null when none is given. */
export function latest(...dates: (string | null | undefined)[]): string | null {
  const known = dates.filter((d): d is string => !!d);
  return known.length ? known.reduce((a, b) => (startOf(a) >= startOf(b) ? a : b)) : null;
}

/** How a version came to apply: its effective date, or its publication/announcement when that is all we know, or an early notice. */
export type ApplyVia = 'effective' | 'published' | 'announced' | 'early-application';

/** When a version starts to apply, and why that day. */
export interface Start {
  /** The partial date as written. */
  date: string;
  /** Its first day, for comparisons. */
  day: string;
  via: ApplyVia;
}

/**
 * When a version starts to apply in general: its effective date, else its publication, else its
 * announcement (arrangements that were never codified only have the latter). Null = never dated.
 */
export function ruleStart(rule: RuleCore): Start | null {
  const [date, via]: [string | null, ApplyVia] =
    rule.effective !== null
      ? [rule.effective, 'effective']
      : rule.published !== null
        ? [rule.published, 'published']
        : [rule.announced, 'announced'];
  return date === null ? null : { date, day: startOf(date), via };
}

/**
 * When a version starts to apply to one chip: an early notice naming the chip wins when it is
 * earlier than the general start (October 2023: Nvidia was told on the 23rd that the rule covered
 * the A100, A800, H100 and H800 at once; every other chip waits for 17 November).
 */
export function startFor(rule: RuleCore, chipId: string | null): Start | null {
  const general = ruleStart(rule);
  const early =
    chipId === null
      ? undefined
      : rule.earlyApplication.filter((e) => e.chips.includes(chipId)).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (early && (!general || early.date < general.day)) return { date: early.date, day: early.date, via: 'early-application' };
  return general;
}

/** When a version stops applying (to a chip, or in general when `chipId` is null), and which version ended it. */
export function endFor(rule: RuleCore, rules: readonly RuleCore[], chipId: string | null): { day: string; by: string } | null {
  let end: { day: string; by: string } | null = null;
  for (const other of rules) {
    if (!other.supersedes.includes(rule.id) && !other.rescinds.includes(rule.id)) continue;
    const s = startFor(other, chipId);
    if (s && (!end || s.day < end.day)) end = { day: s.day, by: other.id };
  }
  return end;
}
