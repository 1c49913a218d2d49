import type { RuleMetric } from '../../schemas/rule.ts';
import type { RuleCore } from './core.ts';
import { type ApplyVia, assertDay, endFor, endOf, insidePeriod, ruleStart, startOf } from './dates.ts';

/** A version in force on a given day. */
export interface RuleInForce<R extends RuleCore = RuleCore> {
  rule: R;
  /** The partial date it applies from, and why that date (`effective`, `published`, `announced`). */
  since: string;
  via: ApplyVia;
  /** True when the day falls inside the month or year of an imprecise start. */
  approximate: boolean;
  /** Day exporters must comply from, while it is still ahead (AI Diffusion before 15 May 2025). */
  compliancePending: string | null;
}

/**
 * The versions in force on a day (YYYY-MM-DD), in date order: started, and not yet ended by a
 * version that supersedes or rescinds them. Rescissions themselves are acts, not standing rules,
 * so they appear in `changesBetween` but not here. Early notices to one maker (October 2023) are
 * chip-specific and handled by `statusOn`; here the general effective date counts.
 *
 * ```ts
 * rulesInForce('2025-03-01', rules).map((r) => r.rule.id)
 * // ['2023-10-…', '2024-04-…', '2024-12-…', '2025-01-ai-diffusion']
 * ```
 */
export function rulesInForce<R extends RuleCore>(date: string, rules: readonly R[]): RuleInForce<R>[] {
  assertDay(date);
  const out: RuleInForce<R>[] = [];
  for (const rule of rules) {
    if (rule.kind === 'rescission') continue;
    const start = ruleStart(rule);
    if (!start || start.day > date) continue;
    const end = endFor(rule, rules, null);
    if (end && end.day <= date) continue;
    const compliance = rule.compliance && startOf(rule.compliance) > date ? rule.compliance : null;
    out.push({ rule, since: start.date, via: start.via, approximate: insidePeriod(date, start.date), compliancePending: compliance });
  }
  return out.sort((a, b) => (startOf(a.since) < startOf(b.since) ? -1 : startOf(a.since) > startOf(b.since) ? 1 : 0));
}

/** What happened to a version on a day. */
export type ChangeKind =
  'announced' | 'published' | 'in-force' | 'early-application' | 'compliance' | 'licences-granted' | 'ended' | 'milestone';

/** One dated change, for a "what changed since" panel. */
export interface RuleChange {
  /** The partial date as written (a milestone may be month-precise). */
  date: string;
  rule: string;
  kind: ChangeKind;
  /** For `ended`: the version that superseded or rescinded it. */
  by?: string;
  /** For `milestone`: its index in the version's `milestones`. */
  milestone?: number;
  /** For `in-force` of a version that replaces or amends others: what it replaces, and how the tested metrics moved. */
  replaces?: { rules: string[]; metricsAdded: RuleMetric[]; metricsDropped: RuleMetric[] };
}

function replacement(rule: RuleCore, byId: Map<string, RuleCore>): RuleChange['replaces'] {
  const before = [...rule.supersedes, ...rule.amends, ...rule.rescinds];
  if (!before.length) return undefined;
  const old = new Set(before.flatMap((id) => byId.get(id)?.metrics ?? []));
  const now = new Set(rule.metrics);
  return {
    rules: before,
    metricsAdded: rule.metrics.filter((m) => !old.has(m)),
    // A rescission drops everything it cancels; a version that replaces another drops what it no longer tests.
    metricsDropped: rule.kind === 'rescission' || rule.supersedes.length ? [...old].filter((m) => !now.has(m)) : [],
  };
}

/**
 * Everything that changed after `from` and up to and including `to` (both YYYY-MM-DD), in date
 * order (on one day: announcement, early notice, publication, entry into force, …, end): announcements, publications, entries into force (with what they replace and how the
 * tested metrics moved — October 2023 adds performance density and drops chip-to-chip I/O),
 * early notices, compliance dates, licences granted under arrangements, ends, and milestones.
 *
 * ```ts
 * changesBetween('2023-10-01', '2023-11-30', rules).map((c) => c.kind)
 * // ['announced', 'early-application', 'published', 'in-force', 'ended']
 * ```
 */
export function changesBetween(from: string, to: string, rules: readonly RuleCore[]): RuleChange[] {
  assertDay(from);
  assertDay(to);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const all: RuleChange[] = [];
  for (const rule of rules) {
    const add = (date: string | null, kind: ChangeKind, extra: Partial<RuleChange> = {}) => {
      if (date) all.push({ date, rule: rule.id, kind, ...extra });
    };
    add(rule.announced, 'announced');
    add(rule.published, 'published');
    const start = ruleStart(rule);
    const replaces = replacement(rule, byId);
    // For a rescission, `in-force` is the day the cancellation takes effect.
    add(start?.date ?? null, 'in-force', replaces ? { replaces } : {});
    rule.earlyApplication.forEach((e) => add(e.date, 'early-application'));
    add(rule.compliance, 'compliance');
    if (rule.test.kind === 'revenue-share') add(rule.test.licencesGranted, 'licences-granted');
    const end = endFor(rule, rules, null);
    if (end) add(end.day, 'ended', { by: end.by });
    rule.milestones.forEach((m, i) => add(m.date, 'milestone', { milestone: i }));
  }
  const order: ChangeKind[] = [
    'announced',
    'early-application',
    'published',
    'in-force',
    'compliance',
    'licences-granted',
    'ended',
    'milestone',
  ];
  // A month- or year-precise date counts when its period overlaps the range.
  return all
    .filter((c) => endOf(c.date) > from && startOf(c.date) <= to)
    .sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)) || order.indexOf(a.kind) - order.indexOf(b.kind));
}
