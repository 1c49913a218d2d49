import { tppOf, withTpp } from '../rules/chip-input.ts';
import type { RuleCore } from '../rules/core.ts';
import type { EvaluationContext } from '../rules/evaluate.ts';
import { type ChipStatus, type ChipStatusResult, statusOn } from '../rules/status.ts';
import type { RuleChipInput } from '../rules/types.ts';
import type { ExplorerChip } from './model.ts';

/** A status the explorer shows: a US export status, or "not a US export" for chips made in China. */
export type ExplorerStatus = ChipStatus | 'not-us-export';

/** Every status, in the order of the legend (from free to most restricted, then the special cases). */
export const explorerStatuses: readonly ExplorerStatus[] = [
  'not-controlled',
  'licence-granted-revenue-share',
  'case-by-case',
  'licence-required',
  'presumption-of-denial',
  'unknown',
  'not-yet-announced',
  'not-us-export',
];

/** One chip's standing on one day. */
export interface ChipOnDay {
  id: string;
  status: ExplorerStatus;
  /** The full answer of `statusOn` (reasons, pending steps, readings); null for chips that are not US exports. */
  result: ChipStatusResult<{ date: string }> | null;
  /** The status if sparse (2:4) throughput counted, i.e. at twice the dense TPP; set only when it differs. */
  ifSparse: ChipStatus | null;
  /** True when the status rests on the unpublished April 2025 line, whose readings disagree. */
  contested: boolean;
}

const sparseInputs = new WeakMap<RuleChipInput, RuleChipInput>();

/** The chip at twice its dense TPP, the same object every time (so cached verdicts are found again). */
function sparseInput(input: RuleChipInput, dense: number): RuleChipInput {
  let sparse = sparseInputs.get(input);
  if (!sparse) sparseInputs.set(input, (sparse = withTpp(input, dense * 2)));
  return sparse;
}

/**
 * A chip's status on a day, for a database chip or a reader's own (`events` gate a chip that has
 * no announcement date). The sparse what-if reruns `statusOn` at twice the TPP only when one of the
 * verdicts that day says counting sparse throughput would change it, which keeps a date change cheap.
 */
export function standingOn(
  input: RuleChipInput,
  day: string,
  rules: readonly RuleCore[],
  ctx: EvaluationContext,
  events: readonly { date: string }[] = [],
): Omit<ChipOnDay, 'id'> {
  const result = statusOn(input, day, rules, events, ctx);
  const dense = tppOf(input);
  let ifSparse: ChipStatus | null = null;
  if (dense !== null && result.steps.some((s) => s.verdict.ifSparse !== null)) {
    const sparse = statusOn(sparseInput(input, dense), day, rules, events, ctx).status;
    if (sparse !== result.status) ifSparse = sparse;
  }
  return { status: result.status, result, ifSparse, contested: result.contested !== null };
}

/** Every chip's standing on a day; chips made in China are "not a US export", never given a US status. */
export function chipsOnDay(chips: readonly ExplorerChip[], day: string, rules: readonly RuleCore[], ctx: EvaluationContext): ChipOnDay[] {
  return chips.map((chip) =>
    chip.usExport
      ? { id: chip.id, ...standingOn(chip.input, day, rules, ctx, chip.events) }
      : { id: chip.id, status: 'not-us-export', result: null, ifSparse: null, contested: false },
  );
}
