import type { Chip } from '../../schemas/chip.ts';
import { normalise, ruleChipWithTpp } from '../rules/chip-input.ts';
import { testReviewZone } from '../rules/jan-2026.ts';
import { testTppAndIo } from '../rules/oct-2022.ts';
import { tppDensityTiers } from '../rules/oct-2023.ts';
import type { Comparison } from '../rules/types.ts';
import { type DensityResult, performanceDensity } from './density.ts';
import { jan2026, oct2022, oct2023, type RuleId } from './thresholds.ts';
import { tpp, type TppResult } from './tpp.ts';

// The rule tests themselves live in `src/lib/rules/` (shared with the rule explorer); this module
// keeps the chip cards' verdict shape and feeds the tests the lines of `thresholds.ts`.

/** A measured quantity a rule tests. `io` = chip-to-chip + host I/O (GB/s); `dram` = memory bandwidth (GB/s). */
export type Metric = 'tpp' | 'pd' | 'io' | 'dram';

/** One comparison made by a rule, e.g. "TPP 2,368 ≥ 4,800? no". */
export interface Check {
  metric: Metric;
  /** The chip's value, or null when unknown. */
  value: number | null;
  op: '>=' | '<';
  limit: number;
  /** Whether the comparison holds; null when the value is unknown. */
  met: boolean | null;
  /** True when the value rests on an estimate. */
  estimate: boolean;
}

export type Outcome2022 = 'controlled' | 'not-controlled' | 'unknown';
export type Outcome2023 = '3a090a' | '3a090b' | 'outside' | 'unknown';
export type Outcome2026 = 'case-by-case' | 'presumption-of-denial' | 'not-applicable' | 'unknown';

/** An explainable verdict: the outcome, the comparisons that decided it, and their sources. */
export interface Verdict<O extends string> {
  rule: RuleId;
  outcome: O;
  /** For October 2023: which branch decided it (`a-tpp`, `a-pd`, `b1`, `b2`). */
  clause?: 'a-tpp' | 'a-pd' | 'b1' | 'b2';
  /** The comparisons that decided the outcome, in reading order. */
  checks: Check[];
  /** True when any deciding input is an estimate. */
  estimate: boolean;
}

/** Everything the chip card and the compare page need about a chip and the rules. */
export interface Classification {
  tpp: TppResult | null;
  density: DensityResult | null;
  /** null for rack-scale systems: the thresholds apply per chip. */
  oct2022: Verdict<Outcome2022> | null;
  oct2023: Verdict<Outcome2023> | null;
  jan2026: Verdict<Outcome2026> | null;
  /**
   * The October 2023 outcome if sparse (2:4) throughput counted, i.e. at twice the dense TPP.
   * Only set when it differs from the dense outcome. The rule's notes are read as excluding
   * sparsity, but that reading rests on secondary sources (open doubt).
   */
  ifSparseCounted: { tpp: number; pd: number | null; outcome: Outcome2023 } | null;
}

/** The three tests of the chip cards only compare TPP, PD, I/O and DRAM with ≥ or <. */
function toCheck(c: Comparison): Check {
  return { metric: c.metric as Metric, value: c.value, op: c.op as Check['op'], limit: c.limit, met: c.met, estimate: c.estimate };
}

/**
 * October 2022 test: TPP ≥ 4,800 AND aggregate I/O ≥ 600 GB/s. Aggregate I/O is read, as in the
 * research base, as the NVLink-class link plus the PCIe host interface when both are known.
 */
export function classifyOct2022(chip: Chip, t: TppResult | null): Verdict<Outcome2022> {
  const v = testTppAndIo(normalise(ruleChipWithTpp(chip, t)), oct2022, oct2022.id);
  const checks = v.comparisons.map(toCheck);
  return { rule: 'oct-2022', outcome: v.outcome, checks, estimate: checks.some((c) => c.estimate) };
}

/** The October 2023 tests (3A090.a, then the 3A090.b grey zone) on a TPP and a PD. */
export function classifyOct2023Values(
  tppValue: number | null,
  pdValue: number | null,
  tppEstimate = false,
  pdEstimate = false,
): Verdict<Outcome2023> {
  const r = tppDensityTiers({ value: tppValue, estimate: tppEstimate }, { value: pdValue, estimate: pdEstimate }, oct2023);
  const checks = r.comparisons.map(toCheck);
  return {
    rule: 'oct-2023',
    outcome: r.outcome,
    ...(r.clause ? { clause: r.clause } : {}),
    checks,
    estimate: checks.some((c) => c.estimate),
  };
}

/** October 2023 verdict for a chip. */
export function classifyOct2023(t: TppResult | null, d: DensityResult | null): Verdict<Outcome2023> {
  return classifyOct2023Values(t?.value ?? null, d?.value ?? null, t?.estimate ?? false, d?.estimate ?? false);
}

/**
 * January 2026 relief: only for chips the 2023 rule controls. Case-by-case review when
 * TPP < 21,000 AND DRAM bandwidth < 6,500 GB/s; otherwise the presumption of denial stays.
 */
export function classifyJan2026(chip: Chip, t: TppResult | null, v2023: Verdict<Outcome2023>): Verdict<Outcome2026> {
  if (v2023.outcome === 'outside') return { rule: 'jan-2026', outcome: 'not-applicable', checks: [], estimate: v2023.estimate };
  if (v2023.outcome === 'unknown') return { rule: 'jan-2026', outcome: 'unknown', checks: [], estimate: false };
  const v = testReviewZone(normalise(ruleChipWithTpp(chip, t)), jan2026, jan2026.id);
  // Flagged as an estimate when either input is, even if only the other one failed.
  const estimate = (t?.estimate ?? false) || chip.memoryBandwidthTBs.estimate;
  return { rule: 'jan-2026', outcome: v.outcome, checks: v.comparisons.map(toCheck), estimate };
}

/**
 * Runs every test on a chip: TPP, performance density, and its place under the October 2022,
 * October 2023 and January 2026 rules. Rack-scale systems get TPP/PD but no verdicts.
 */
export function classify(chip: Chip): Classification {
  const t = tpp(chip);
  const d = performanceDensity(t, chip.dieAreaMm2);
  if (chip.form === 'system') return { tpp: t, density: d, oct2022: null, oct2023: null, jan2026: null, ifSparseCounted: null };
  const v2023 = classifyOct2023(t, d);
  let ifSparseCounted: Classification['ifSparseCounted'] = null;
  if (t) {
    const sparseTpp = t.value * 2;
    const sparsePd = d ? sparseTpp / d.dieAreaMm2 : null;
    const outcome = classifyOct2023Values(sparseTpp, sparsePd).outcome;
    if (outcome !== v2023.outcome && outcome !== 'unknown') ifSparseCounted = { tpp: sparseTpp, pd: sparsePd, outcome };
  }
  return {
    tpp: t,
    density: d,
    oct2022: classifyOct2022(chip, t),
    oct2023: v2023,
    jan2026: classifyJan2026(chip, t, v2023),
    ifSparseCounted,
  };
}
