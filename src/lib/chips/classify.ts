import type { Chip } from '../../schemas/chip.ts';
import { type DensityResult, performanceDensity } from './density.ts';
import { jan2026, oct2022, oct2023, type RuleId } from './thresholds.ts';
import { tpp, type TppResult } from './tpp.ts';

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

function check(metric: Metric, value: number | null, op: '>=' | '<', limit: number, estimate: boolean): Check {
  const met = value === null ? null : op === '>=' ? value >= limit : value < limit;
  return { metric, value, op, limit, met, estimate };
}

/**
 * October 2022 test: TPP ≥ 4,800 AND aggregate I/O ≥ 600 GB/s. Aggregate I/O is read, as in the
 * research base, as the NVLink-class link plus the PCIe host interface when both are known.
 */
export function classifyOct2022(chip: Chip, t: TppResult | null): Verdict<Outcome2022> {
  const tppCheck = check('tpp', t?.value ?? null, '>=', oct2022.tppMin, t?.estimate ?? false);
  const link = chip.interconnectGBs;
  const io = link.value === null ? null : link.value + (chip.pcieGBs.value ?? 0);
  const ioCheck = check('io', io, '>=', oct2022.ioMinGBs, link.estimate || chip.pcieGBs.estimate);
  if (tppCheck.met === false) return { rule: 'oct-2022', outcome: 'not-controlled', checks: [tppCheck], estimate: tppCheck.estimate };
  if (tppCheck.met === null) return { rule: 'oct-2022', outcome: 'unknown', checks: [tppCheck], estimate: false };
  const checks = [tppCheck, ioCheck];
  const estimate = tppCheck.estimate || ioCheck.estimate;
  if (ioCheck.met === null) return { rule: 'oct-2022', outcome: 'unknown', checks, estimate };
  return { rule: 'oct-2022', outcome: ioCheck.met ? 'controlled' : 'not-controlled', checks, estimate };
}

/** The October 2023 tests (3A090.a, then the 3A090.b grey zone) on a TPP and a PD. */
export function classifyOct2023Values(
  tppValue: number | null,
  pdValue: number | null,
  tppEstimate = false,
  pdEstimate = false,
): Verdict<Outcome2023> {
  const v = (outcome: Outcome2023, checks: Check[], clause?: Verdict<Outcome2023>['clause']): Verdict<Outcome2023> => ({
    rule: 'oct-2023',
    outcome,
    ...(clause ? { clause } : {}),
    checks,
    estimate: checks.some((c) => c.estimate),
  });
  const tppA = check('tpp', tppValue, '>=', oct2023.a.tppMin, tppEstimate);
  if (tppA.met === null) return v('unknown', [tppA]);
  if (tppA.met) return v('3a090a', [tppA], 'a-tpp');
  const tppLow = check('tpp', tppValue, '>=', oct2023.b2.tppMin, tppEstimate);
  if (!tppLow.met) return v('outside', [tppA, tppLow]);
  const pdA = check('pd', pdValue, '>=', oct2023.a.pdMin, pdEstimate);
  if (pdA.met === null) return v('unknown', [tppA, tppLow, pdA]);
  if (pdA.met) return v('3a090a', [tppLow, pdA], 'a-pd');
  const tppB1 = check('tpp', tppValue, '>=', oct2023.b1.tppMin, tppEstimate);
  const pdB1 = check('pd', pdValue, '>=', oct2023.b1.pdMin, pdEstimate);
  if (tppB1.met && pdB1.met) return v('3a090b', [tppB1, pdB1], 'b1');
  const pdB2 = check('pd', pdValue, '>=', oct2023.b2.pdMin, pdEstimate);
  if (pdB2.met) return v('3a090b', [tppLow, pdB2], 'b2');
  return v('outside', [tppA, tppB1.met ? pdB1 : tppB1, pdB2]);
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
  const bw = chip.memoryBandwidthTBs;
  const tppCheck = check('tpp', t?.value ?? null, '<', jan2026.tppMax, t?.estimate ?? false);
  const dramCheck = check('dram', bw.value === null ? null : Math.round(bw.value * 1000), '<', jan2026.dramMaxGBs, bw.estimate);
  const checks = [tppCheck, dramCheck];
  const estimate = tppCheck.estimate || dramCheck.estimate;
  if (v2023.outcome === 'outside') return { rule: 'jan-2026', outcome: 'not-applicable', checks: [], estimate: v2023.estimate };
  if (v2023.outcome === 'unknown') return { rule: 'jan-2026', outcome: 'unknown', checks: [], estimate: false };
  if (tppCheck.met === false || dramCheck.met === false) {
    return { rule: 'jan-2026', outcome: 'presumption-of-denial', checks: checks.filter((c) => c.met === false), estimate };
  }
  if (dramCheck.met === null) return { rule: 'jan-2026', outcome: 'unknown', checks, estimate };
  return { rule: 'jan-2026', outcome: 'case-by-case', checks, estimate };
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
