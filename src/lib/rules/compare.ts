import type { NormalisedChip } from './chip-input.ts';
import type { Comparison, InputName, Metric, Operator, ReadingVerdict, SparseWhatIf, Verdict, VerdictFlag } from './types.ts';

/** One comparison; `met` is null when the value is unknown. */
export function compare(
  metric: Metric,
  value: number | null,
  op: Operator,
  limit: number,
  estimate: boolean,
  extra: { limitEstimate?: boolean; reading?: Comparison['reading'] } = {},
): Comparison {
  const met =
    value === null ? null : op === '>=' ? value >= limit : op === '>' ? value > limit : op === '<' ? value < limit : value <= limit;
  return {
    metric,
    value,
    op,
    limit,
    met,
    estimate,
    limitEstimate: extra.limitEstimate ?? false,
    ...(extra.reading ? { reading: extra.reading } : {}),
  };
}

/** The inputs each metric is computed from. */
const inputsOf: Record<Metric, InputName[]> = {
  tpp: ['tpp'],
  pd: ['tpp', 'dieArea'],
  io: ['interconnect', 'hostIo'],
  dram: ['memoryBandwidth'],
  'dram+io': ['memoryBandwidth', 'interconnect', 'hostIo'],
  'hbm-density': [],
};

/** Which inputs of the chip are estimates or unknown. */
function inputState(chip: NormalisedChip, name: InputName): { estimate: boolean; missing: boolean } {
  const i = chip.input;
  switch (name) {
    case 'tpp':
      return { estimate: chip.tpp.estimate, missing: chip.tpp.value === null };
    case 'dieArea':
      return { estimate: i.dieAreaMm2.estimate, missing: i.dieAreaMm2.value === null };
    case 'memoryBandwidth':
      return { estimate: i.memoryBandwidthGBs.estimate, missing: i.memoryBandwidthGBs.value === null };
    case 'interconnect':
      return { estimate: i.interconnectGBs.estimate, missing: i.interconnectGBs.value === null };
    case 'hostIo':
      // An unknown host link counts as 0 in aggregate I/O: it is reported missing only as information.
      return { estimate: i.hostIoGBs.estimate, missing: i.hostIoGBs.value === null };
    case 'dataCentre':
      return { estimate: false, missing: i.dataCentre === null };
  }
}

/** Parts of a verdict a test decides; the rest is filled in by `verdict`. */
export interface VerdictParts<O extends string> {
  outcome: O;
  clause: string | null;
  comparisons: Comparison[];
  flags?: VerdictFlag[];
  readings?: ReadingVerdict[];
  /** Extra inputs the decision used beyond those of the comparisons (e.g. `dataCentre`). */
  uses?: InputName[];
}

/**
 * Builds a verdict and lists, from the comparisons made, which inputs were estimates and which
 * were missing, so that a page can mark "estimate" and "not disclosed" next to the sentence.
 */
export function verdict<O extends string>(rule: string, chip: NormalisedChip, parts: VerdictParts<O>): Verdict<O> {
  const used = new Set<InputName>(parts.uses ?? []);
  for (const c of parts.comparisons) for (const name of inputsOf[c.metric]) used.add(name);
  const estimateInputs: InputName[] = [];
  const missingInputs: InputName[] = [];
  for (const name of used) {
    const s = inputState(chip, name);
    if (s.estimate) estimateInputs.push(name);
    if (s.missing) missingInputs.push(name);
  }
  return {
    rule,
    outcome: parts.outcome,
    clause: parts.clause,
    comparisons: parts.comparisons,
    estimateInputs,
    missingInputs,
    flags: parts.flags ?? [],
    ifSparse: null,
    readings: parts.readings ?? [],
  };
}

/** Attaches the sparse what-if when it changes the outcome (and is itself decided). */
export function withSparse<O extends string>(
  dense: Verdict<O>,
  sparse: Verdict<O>,
  sparseTpp: number | null,
  sparsePd: number | null,
): Verdict<O> {
  if (sparseTpp === null || sparse.outcome === dense.outcome || sparse.outcome === 'unknown') return dense;
  const ifSparse: SparseWhatIf<O> = { tpp: sparseTpp, pd: sparsePd, outcome: sparse.outcome, clause: sparse.clause };
  return { ...dense, ifSparse };
}
