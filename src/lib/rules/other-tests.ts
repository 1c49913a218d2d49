import type { TariffBand } from '../../schemas/rule.ts';
import type { NormalisedChip } from './chip-input.ts';
import { compare, verdict } from './compare.ts';
import type { Comparison, Verdict } from './types.ts';

/** Whether a standalone HBM stack falls under 3A090.c. */
export type HbmOutcome = 'controlled' | 'not-controlled' | 'not-applicable';

/**
 * December 2024 memory rule (3A090.c): a standalone HBM stack is caught when its bandwidth per
 * mm² exceeds the line (strictly). An accelerator's own co-packaged HBM is judged by the logic
 * tests instead, so without a standalone density the outcome is `not-applicable` (clause `co-packaged`).
 */
export function testHbmDensity(
  chip: NormalisedChip,
  line: number,
  rule: string,
  standaloneDensity: number | null = null,
): Verdict<HbmOutcome> {
  if (standaloneDensity === null) return verdict(rule, chip, { outcome: 'not-applicable', clause: 'co-packaged', comparisons: [] });
  const c = compare('hbm-density', standaloneDensity, '>', line, false);
  return verdict(rule, chip, { outcome: c.met ? 'controlled' : 'not-controlled', clause: c.met ? 'above-line' : null, comparisons: [c] });
}

/** The only outcome of a version without a line for China. */
export type NoLineOutcome = 'no-change';

/**
 * Versions that draw no new line for exports to China: the AI Diffusion rule (China was already
 * under a presumption of denial), its rescission, and corrections that keep the lines (clause
 * `same-lines`). They still appear in "what is in force" panels.
 */
export function testNoLine(chip: NormalisedChip, rule: string, corrections = false): Verdict<NoLineOutcome> {
  return verdict(rule, chip, {
    outcome: 'no-change',
    clause: corrections ? 'same-lines' : null,
    comparisons: [],
    flags: corrections ? [] : ['no-change-for-china'],
  });
}

/** Whether an arrangement names the chip, or its tariff bands would reach it. */
export type RevenueShareOutcome = 'covered' | 'in-tariff-band' | 'not-covered' | 'unknown';

/** The four strict comparisons of one tariff band (TPP and DRAM bandwidth, each between two bounds). */
export function bandComparisons(chip: NormalisedChip, band: TariffBand): Comparison[] {
  return [
    compare('tpp', chip.tpp.value, '>', band.tpp.above, chip.tpp.estimate),
    compare('tpp', chip.tpp.value, '<', band.tpp.below, chip.tpp.estimate),
    compare('dram', chip.memory.value, '>', band.dramGBs.above, chip.memory.estimate),
    compare('dram', chip.memory.value, '<', band.dramGBs.below, chip.memory.estimate),
  ];
}

/**
 * A revenue-share arrangement: `covered` when it names the chip (clause `named`); otherwise, when
 * it carries tariff bands, `in-tariff-band` if the chip sits inside one (clause `tariff-band-<n>`,
 * counting from 1). The comparisons of the matching band are listed (of every band when none
 * matches), so that "TPP 15,832 is between 14,000 and 17,500" can be written for the H200 too.
 */
export function testRevenueShare(
  chip: NormalisedChip,
  rule: string,
  namedChips: readonly string[],
  bands: readonly TariffBand[],
): Verdict<RevenueShareOutcome> {
  const isNamed = chip.input.id !== null && namedChips.includes(chip.input.id);
  const perBand = bands.map((b) => bandComparisons(chip, b));
  const hit = perBand.findIndex((cs) => cs.every((c) => c.met === true));
  const comparisons = hit >= 0 ? perBand[hit]! : perBand.flat();
  if (isNamed) return verdict(rule, chip, { outcome: 'covered', clause: 'named', comparisons });
  if (hit >= 0) return verdict(rule, chip, { outcome: 'in-tariff-band', clause: `tariff-band-${hit + 1}`, comparisons });
  const undecided = perBand.some((cs) => cs.some((c) => c.met === null) && !cs.some((c) => c.met === false));
  return verdict(rule, chip, { outcome: undecided ? 'unknown' : 'not-covered', clause: null, comparisons });
}
