import type { RuleKind } from '../../schemas/rule.ts';
import type { RuleCore } from './core.ts';
import { type ApplyVia, assertDay, endFor, insidePeriod, latest, startFor, startOf } from './dates.ts';
import { evaluateRule, type EvaluationContext } from './evaluate.ts';
import type { ReadingVerdict, RuleChipInput, Verdict } from './types.ts';

/** A chip's export status for China on one day. */
export type ChipStatus =
  | 'not-yet-announced'
  | 'not-controlled'
  | 'licence-required'
  | 'presumption-of-denial'
  | 'case-by-case'
  | 'licence-granted-revenue-share'
  | 'unknown';

/** One version applying to the chip that day, with its verdict and the status it alone would give. */
export interface StatusStep {
  rule: string;
  kind: RuleKind;
  verdict: Verdict;
  /** null for versions that set no status for China (memory rule, AI Diffusion, corrections). */
  status: ChipStatus | null;
  /** The day it applies to this chip from, and why (an early notice, the effective date…). */
  since: string;
  via: ApplyVia | 'licences-granted';
  approximate: boolean;
}

/** A version announced but not yet applying to the chip (e.g. 17–22 October 2023). */
export interface PendingStep {
  rule: string;
  from: string;
  what: 'in-force' | 'licences-granted';
}

/** The answer of `statusOn`, with every reason a page needs to explain it. */
export interface ChipStatusResult<E = never> {
  date: string;
  status: ChipStatus;
  /** The step that set the status; null when no measure applies (before August 2022, or not yet announced). */
  decidedBy: StatusStep | null;
  /** Every version applying to the chip that day, in date order. */
  steps: StatusStep[];
  /** Under a revenue-share arrangement: the licensing status beneath it. */
  underlying: ChipStatus | null;
  pending: PendingStep[];
  /** When the April 2025 line decides it: the outcome under each reading and the status if it did not catch the chip. */
  contested: { readings: ReadingVerdict[]; statusIfOutside: ChipStatus } | null;
  /** True when a date used (announcement, licences) is only known to the month or year. */
  approximate: boolean;
  /** The chip events given, up to and including the day (context, never deciding). */
  context: E[];
}

const rank: Partial<Record<ChipStatus, number>> = { 'not-controlled': 0, unknown: 1, 'licence-required': 2, 'presumption-of-denial': 3 };

/** The status a control measure alone gives (null for versions that set none). */
function statusOf(rule: RuleCore, v: Verdict): ChipStatus | null {
  const o = v.outcome;
  if (o === 'unknown') return 'unknown';
  switch (rule.test.kind) {
    case 'tpp-and-io':
      return o === 'controlled' ? 'licence-required' : 'not-controlled';
    case 'tpp-and-density':
      return o === '3a090a' ? 'presumption-of-denial' : o === '3a090b' ? 'licence-required' : 'not-controlled';
    case 'named-chips-and-peers':
    case 'bandwidth-letter':
      // A line that depends on the reading: the cautious answer (an unsure exporter applies).
      return o === 'licence-required' || o === 'depends-on-reading' ? 'licence-required' : o === 'outside' ? 'not-controlled' : null;
    default:
      return null;
  }
}

function step(rule: RuleCore, verdict: Verdict, since: string, via: ApplyVia, date: string): StatusStep {
  const status = rule.test.kind === 'review-zone' ? (verdict.outcome === 'case-by-case' ? 'case-by-case' : null) : statusOf(rule, verdict);
  return { rule: rule.id, kind: rule.kind, verdict, status, since, via, approximate: insidePeriod(date, since) };
}

/** The strictest control status; on a tie, the most recent measure explains it. */
function strictest(steps: StatusStep[]): StatusStep | null {
  let best: StatusStep | null = null;
  for (const s of steps) if (s.status !== null && (!best || rank[s.status]! >= rank[best.status!]!)) best = s;
  return best;
}

/**
 * A chip's export status for China on a day (YYYY-MM-DD), from the rule versions and the chip's
 * own letters and arrangements. Precedence:
 *
 * 1. Before the chip's `announced` date (or, without one, its first chip event): `not-yet-announced`.
 * 2. Control measures in force for the chip — rules with a line and is-informed letters — each give
 *    a status; the strictest wins (presumption of denial > licence required > unknown > not controlled).
 *    A version applies from its effective date, or from an earlier notice naming the chip (October
 *    2023: Nvidia was told on 23 October, so the A100/A800/H100/H800 are caught from then, every
 *    other chip from 17 November); a letter applies from the day its addressee was told, which can
 *    precede its public disclosure. A version stops applying when one that supersedes or rescinds it
 *    starts for that chip. No measure at all: `not-controlled`.
 * 3. A review-zone rule (January 2026) turns a licence requirement into `case-by-case` when the chip
 *    is inside its zone; outside, the previous status stays.
 * 4. A revenue-share arrangement naming the chip turns any required licence into
 *    `licence-granted-revenue-share` from the later of its start and the day licences were reported
 *    granted; the status beneath is kept in `underlying`. Before that it is listed as `pending`.
 *
 * When the unpublished April 2025 line decides the status, the cautious answer (licence required)
 * is given and `contested` lists every reading. `chipEvents` (e.g. the chip's exportStatus steps)
 * are returned as context only. The status is that of an export from the United States: for chips
 * China designs and makes itself (market `china-domestic`) it answers a question nobody asks, so
 * pages should not show it for them.
 */
export function statusOn<E extends { date: string } = never>(
  chip: RuleChipInput,
  date: string,
  rules: readonly RuleCore[],
  chipEvents: readonly E[] = [],
  ctx: EvaluationContext = {},
): ChipStatusResult<E> {
  assertDay(date);
  const context = chipEvents.filter((e) => startOf(e.date) <= date).sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)));
  const firstSeen = chip.announced ?? chipEvents.map((e) => e.date).sort()[0] ?? null;
  const base = { date, underlying: null, pending: [] as PendingStep[], contested: null, context };
  if (firstSeen && date < startOf(firstSeen))
    return { ...base, status: 'not-yet-announced', decidedBy: null, steps: [], approximate: false };
  let approximate = firstSeen ? insidePeriod(date, firstSeen) : false;

  const steps: StatusStep[] = [];
  const pending: PendingStep[] = [];
  const zones: { rule: RuleCore; since: string; via: ApplyVia }[] = [];
  for (const rule of rules) {
    if (rule.kind === 'rescission') continue;
    const start = startFor(rule, chip.id);
    if (!start) continue;
    const end = endFor(rule, rules, chip.id);
    if (start.day > date) {
      if (rule.announced && startOf(rule.announced) <= date) pending.push({ rule: rule.id, from: start.date, what: 'in-force' });
      continue;
    }
    if (end && end.day <= date) continue;
    // A review zone changes how a required licence is reviewed: it is evaluated once the licence question is settled.
    if (rule.test.kind === 'review-zone') zones.push({ rule, since: start.date, via: start.via });
    else steps.push(step(rule, evaluateRule(rule, chip, ctx), start.date, start.via, date));
  }

  const control = steps.filter((s) => s.kind !== 'arrangement' && s.status !== null);
  let decidedBy = strictest(control);
  let status: ChipStatus = decidedBy?.status ?? 'not-controlled';
  let contested: ChipStatusResult['contested'] = null;
  if (decidedBy?.verdict.outcome === 'depends-on-reading') {
    const others = strictest(control.filter((s) => s !== decidedBy));
    contested = { readings: decidedBy.verdict.readings, statusIfOutside: others?.status ?? 'not-controlled' };
  }

  const licensed = status === 'licence-required' || status === 'presumption-of-denial';
  for (const z of zones) {
    const verdict = evaluateRule(z.rule, chip, { ...ctx, controlled: licensed ? true : status === 'unknown' ? null : false });
    const zoneStep = step(z.rule, verdict, z.since, z.via, date);
    steps.push(zoneStep);
    if (verdict.outcome === 'case-by-case') {
      status = 'case-by-case';
      decidedBy = zoneStep;
    }
  }
  steps.sort((a, b) => startOf(a.since).localeCompare(startOf(b.since)));

  let underlying: ChipStatus | null = null;
  for (const deal of steps.filter((s) => s.kind === 'arrangement' && s.verdict.outcome === 'covered')) {
    const rule = rules.find((r) => r.id === deal.rule)!;
    const granted = rule.test.kind === 'revenue-share' ? rule.test.licencesGranted : null;
    const active = granted ? latest(deal.since, granted)! : null;
    if (!active || startOf(active) > date) {
      pending.push({ rule: rule.id, from: granted ?? deal.since, what: 'licences-granted' });
      continue;
    }
    if (status === 'not-controlled' || status === 'unknown') continue;
    underlying = status;
    status = 'licence-granted-revenue-share';
    decidedBy = { ...deal, status, since: active, via: 'licences-granted', approximate: insidePeriod(date, active) };
  }

  approximate ||= decidedBy?.approximate ?? false;
  return { ...base, status, decidedBy, steps, underlying, pending, contested, approximate };
}
