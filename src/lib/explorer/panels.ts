/**
 * The two panels beside the map, as data: the followed chip's standing on the day, and what
 * changed since the previous rule change. The build renders them for the default day; the
 * browser rewrites them from the same functions when the day or the chip changes.
 */
import { fill } from '../i18n/fill.ts';
import type { RuleCore } from '../rules/core.ts';
import { changesBetween, rulesInForce } from '../rules/in-force.ts';
import { changeBefore, type ChangeDay, changeOnOrBefore } from './days.ts';
import { changeText, dayText, ruleAnchor, sinceText, standingLines, statusText, type Words } from './describe.ts';
import type { ExplorerChip } from './model.ts';
import type { ChipOnDay, ExplorerStatus } from './status.ts';

/** The followed chip's panel. */
export interface FollowedPanel {
  title: string;
  status: ExplorerStatus;
  statusText: string;
  lines: string[];
}

export function followedPanel(chip: ExplorerChip, onDay: ChipOnDay, day: string, rules: readonly RuleCore[], w: Words): FollowedPanel {
  return {
    title: fill(w.s.panelTitle, { chip: chip.shortName, date: dayText(day, w) }),
    status: onDay.status,
    statusText: statusText(onDay.status, w),
    lines: standingLines(chip.shortName, onDay, rules, w),
  };
}

/** One line of the changes panel. */
export interface ChangeItem {
  /** The date as written (a month-precise change stays a month). */
  date: string;
  dateText: string;
  text: string;
  /** The version's description on the page. */
  href: string;
}

/** The changes panel: what changed since the change before the last one, and what stands that day. */
export interface ChangesPanel {
  title: string;
  items: ChangeItem[];
  /** When nothing has happened yet. */
  empty: string | null;
  inForce: { name: string; href: string }[];
}

/**
 * What changed on the last change day up to `day`, and since the one before it (so that the
 * announcements and publications in between are listed too), with the versions in force.
 * Milestones are written with their own text when `milestoneText` gives one.
 */
export function changesPanel(
  day: string,
  days: readonly ChangeDay[],
  rules: readonly RuleCore[],
  range: { start: string },
  w: Words,
  milestoneText?: (rule: string, index: number) => string | null,
): ChangesPanel {
  const last = changeOnOrBefore(days, day);
  const inForce = rulesInForce(day, rules).map((r) => ({ name: w.ruleNames[r.rule.id] ?? r.rule.id, href: `#${ruleAnchor(r.rule.id)}` }));
  if (!last) {
    const first = days[0]?.day ?? range.start;
    return {
      title: fill(w.s.changesTitle, { from: sinceText(range.start, w) }),
      items: [],
      empty: fill(w.s.changesNone, { first: dayText(first, w) }),
      inForce,
    };
  }
  const from = changeBefore(days, last.day)?.day ?? range.start;
  const items = changesBetween(from, day, rules).flatMap((c) => {
    const text = changeText(c, w, { milestoneText, rules });
    return text ? [{ date: c.date, dateText: dayText(c.date, w), text, href: `#${ruleAnchor(c.rule)}` }] : [];
  });
  return { title: fill(w.s.changesTitle, { from: sinceText(from, w) }), items, empty: null, inForce };
}
