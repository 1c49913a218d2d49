import { normalise, type NormalisedChip, withTpp } from './chip-input.ts';
import { withSparse } from './compare.ts';
import type { RuleCore } from './core.ts';
import { testReviewZone } from './jan-2026.ts';
import { testBandwidthLetter, testNamedAndPeers } from './letters.ts';
import { testTppAndIo } from './oct-2022.ts';
import { testTppAndDensity } from './oct-2023.ts';
import { testHbmDensity, testNoLine, testRevenueShare } from './other-tests.ts';
import type { RuleChipInput, Verdict } from './types.ts';

/** What some tests need beyond the chip itself. */
export interface EvaluationContext {
  /** Other chips by id: the August 2022 letters compare with their reference chip (the A100). */
  chips?: ReadonlyMap<string, RuleChipInput>;
  /** For the January 2026 zone: whether another measure requires a licence (default true). */
  controlled?: boolean | null;
  /** For the December 2024 memory rule: the density of a standalone HBM stack, GB/s per mm². */
  standaloneHbmDensity?: number | null;
  /**
   * Verdicts already computed, by chip input object. A verdict depends on the rule, the chip and
   * the context, never on the day; `statusOn` asks for the same ones on every day, so a page that
   * redraws many days (the rule explorer) keeps one cache. Inputs must not be mutated once cached.
   */
  cache?: VerdictCache;
}

/** Cached verdicts: input object → `<rule id>|<controlled>|<HBM density>` → verdict. */
export type VerdictCache = WeakMap<RuleChipInput, Map<string, Verdict>>;

/** Test kinds whose outcome depends on TPP, hence on dense vs sparse counting. */
const tppKinds = new Set<RuleCore['test']['kind']>([
  'named-chips-and-peers',
  'tpp-and-io',
  'tpp-and-density',
  'review-zone',
  'revenue-share',
]);

function run(rule: RuleCore, chip: NormalisedChip, ctx: EvaluationContext): Verdict {
  const t = rule.test;
  switch (t.kind) {
    case 'named-chips-and-peers': {
      const ref = ctx.chips?.get(t.referenceChip);
      return testNamedAndPeers(chip, rule, ref ? normalise(ref) : null);
    }
    case 'tpp-and-io':
      return testTppAndIo(chip, t, rule.id);
    case 'tpp-and-density':
      return testTppAndDensity(chip, t, rule.id);
    case 'unchanged':
      return testNoLine(chip, rule.id, true);
    case 'hbm-density':
      return testHbmDensity(chip, t.densityAboveGBsPerMm2, rule.id, ctx.standaloneHbmDensity ?? null);
    case 'no-line-for-china':
      return testNoLine(chip, rule.id);
    case 'bandwidth-letter':
      return testBandwidthLetter(chip, rule, t.readings);
    case 'revenue-share':
      return testRevenueShare(chip, rule.id, rule.chips, t.tariffBands);
    case 'review-zone':
      return testReviewZone(chip, t, rule.id, ctx.controlled ?? true);
  }
}

/**
 * Evaluates one rule version on one chip and returns an explainable verdict. For every test that
 * reads TPP, the same test is run again at twice the dense TPP (2:4 sparsity); `ifSparse` is set
 * when that changes the outcome — the H20 would move from outside 3A090 into 3A090.b.
 *
 * ```ts
 * evaluateRule(oct2023Rule, ruleChipFromChip(h20)!).ifSparse // { tpp: 4736, pd: 5.818…, outcome: '3a090b', clause: 'b1' }
 * ```
 */
export function evaluateRule(rule: RuleCore, input: RuleChipInput, ctx: EvaluationContext = {}): Verdict {
  if (!ctx.cache) return evaluateNow(rule, input, ctx);
  let byKey = ctx.cache.get(input);
  if (!byKey) ctx.cache.set(input, (byKey = new Map()));
  const key = `${rule.id}|${String(ctx.controlled)}|${ctx.standaloneHbmDensity ?? ''}`;
  let v = byKey.get(key);
  if (!v) byKey.set(key, (v = evaluateNow(rule, input, ctx)));
  return v;
}

function evaluateNow(rule: RuleCore, input: RuleChipInput, ctx: EvaluationContext): Verdict {
  const chip = normalise(input);
  const dense = run(rule, chip, ctx);
  if (!tppKinds.has(rule.test.kind) || chip.tpp.value === null) return dense;
  const sparseTpp = chip.tpp.value * 2;
  const sparseChip = normalise(withTpp(input, sparseTpp, chip.tpp.estimate));
  return withSparse(dense, run(rule, sparseChip, ctx), sparseTpp, sparseChip.pd.value);
}

/** Evaluates every version, in the order given (file order = date order). */
export function evaluateAll(rules: readonly RuleCore[], input: RuleChipInput, ctx: EvaluationContext = {}): Verdict[] {
  return rules.map((rule) => evaluateRule(rule, input, ctx));
}
