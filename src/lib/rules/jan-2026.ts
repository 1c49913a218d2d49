import type { NormalisedChip } from './chip-input.ts';
import { compare, verdict } from './compare.ts';
import type { Verdict } from './types.ts';

/** The zone of the January 2026 rule (schema test kind `review-zone`); both bounds strict. */
export interface ReviewZoneLines {
  tppMax: number;
  /** Total DRAM bandwidth, GB/s. */
  dramMaxGBs: number;
}

/** How a licence request for China is reviewed under the January 2026 rule. */
export type ReviewZoneOutcome = 'case-by-case' | 'presumption-of-denial' | 'not-applicable' | 'unknown';

/**
 * January 2026 review policy (91 FR 1684): for a chip that needs a licence for China, review is
 * case by case when TPP < 21,000 AND DRAM bandwidth < 6,500 GB/s; otherwise the presumption of
 * denial stays. It changes review, not the need for a licence, so `controlled` says whether
 * another measure requires one (false → `not-applicable`, null → `unknown`). Clauses: `in-zone`,
 * `outside-zone` (only the failing comparisons are listed), `not-controlled`.
 *
 * ```ts
 * testReviewZone(normalise(h200), { tppMax: 21000, dramMaxGBs: 6500 }, 'x').outcome // 'case-by-case'
 * ```
 */
export function testReviewZone(
  chip: NormalisedChip,
  lines: ReviewZoneLines,
  rule: string,
  controlled: boolean | null = true,
): Verdict<ReviewZoneOutcome> {
  if (controlled === false) return verdict(rule, chip, { outcome: 'not-applicable', clause: 'not-controlled', comparisons: [] });
  if (controlled === null) return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [] });
  const tpp = compare('tpp', chip.tpp.value, '<', lines.tppMax, chip.tpp.estimate);
  const dram = compare('dram', chip.memory.value, '<', lines.dramMaxGBs, chip.memory.estimate);
  const failed = [tpp, dram].filter((c) => c.met === false);
  if (failed.length) return verdict(rule, chip, { outcome: 'presumption-of-denial', clause: 'outside-zone', comparisons: failed });
  if (tpp.met === null || dram.met === null) return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [tpp, dram] });
  return verdict(rule, chip, { outcome: 'case-by-case', clause: 'in-zone', comparisons: [tpp, dram] });
}
