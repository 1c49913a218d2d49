/**
 * Shared types of the rule explorer's pure evaluation: the chip as the rules see it, and the
 * explainable verdict every test returns. No DOM, no fs, no astro:* — importable in the browser.
 */

/** One input number and whether it rests on an estimate. `value: null` = unknown. */
export interface InputFigure {
  value: number | null;
  estimate: boolean;
}

/**
 * How compute is given: a dense (or sparse, then halved) throughput with its bit length, or a
 * TPP computed elsewhere (database chips reuse `src/lib/chips/tpp.ts`).
 */
export type ComputeInput =
  | { kind: 'throughput'; tops: number | null; bits: number; estimate: boolean; sparse?: boolean }
  | { kind: 'tpp'; tpp: number | null; estimate: boolean; halvedFromSparse?: boolean };

/**
 * A chip as the export rules see it, for database chips (see `ruleChipFromChip`) and for a
 * reader's own chip alike. Bandwidths are in GB/s; die area in mm².
 */
export interface RuleChipInput {
  /** Database chip id, so that letters and arrangements naming it can match; null for a reader's chip. */
  id: string | null;
  /** Maker id (e.g. `nvidia`), for letters addressed to one company; null when unknown. */
  maker: string | null;
  compute: ComputeInput;
  /** Applicable die area (all non-planar logic dies). */
  dieAreaMm2: InputFigure;
  /** Total memory (DRAM/HBM) bandwidth. */
  memoryBandwidthGBs: InputFigure;
  /** Chip-to-chip link (NVLink or similar), total both ways; 0 = no such link. */
  interconnectGBs: InputFigure;
  /** Host interface (PCIe), total both ways. */
  hostIoGBs: InputFigure;
  /** Designed or marketed for data centres; null = not known. */
  dataCentre: boolean | null;
  /** First public date (YYYY, YYYY-MM or YYYY-MM-DD), for "not yet announced"; null if unknown. */
  announced: string | null;
}

/** The inputs a verdict can depend on (names for "which inputs were estimates or missing"). */
export type InputName = 'tpp' | 'dieArea' | 'memoryBandwidth' | 'interconnect' | 'hostIo' | 'dataCentre';

/**
 * A quantity a rule compares. `io` = chip-to-chip + host I/O; `dram` = memory bandwidth;
 * `dram+io` = both together; `hbm-density` = GB/s per mm² of a standalone memory stack.
 */
export type Metric = 'tpp' | 'pd' | 'io' | 'dram' | 'dram+io' | 'hbm-density';

/** Comparison operator, as the rule writes it (`>` and `<` for strict bounds). */
export type Operator = '>=' | '>' | '<' | '<=';

/** One comparison made by a rule, e.g. "TPP 2,368 ≥ 4,800? no". */
export interface Comparison {
  metric: Metric;
  /** The chip's value, or null when unknown. */
  value: number | null;
  op: Operator;
  limit: number;
  /** Whether the comparison holds; null when the value is unknown. */
  met: boolean | null;
  /** True when the value rests on an estimate. */
  estimate: boolean;
  /** True when the limit is not an official number (an unpublished line, an approximation). */
  limitEstimate: boolean;
  /** For contested lines: the reading the limit comes from, and which end of its range. */
  reading?: { id: string; end: 'low' | 'high' };
}

/** Notes a verdict may carry beyond its outcome. */
export type VerdictFlag =
  /** 3A090 item that may go under License Exception NAC (notification) instead of a full licence. */
  | 'nac-eligible'
  /** Excluded by Note 2 of the 2023 rule: not a data-centre part and TPP below 4,800. */
  | 'note-2-excluded'
  /** Note 2 could exclude it but whether it is a data-centre part is unknown. */
  | 'note-2-unknown'
  /** The line was never published; the comparison uses an approximation. */
  | 'approximate-line'
  /** The outcome differs between readings of an unpublished line. */
  | 'depends-on-reading'
  /** A letter or arrangement addressed to other makers: shown for information only. */
  | 'not-addressee'
  /** The rule draws no new line for exports to China. */
  | 'no-change-for-china';

/** The outcome a test would give if sparse (2:4) throughput counted, i.e. at twice the dense TPP. */
export interface SparseWhatIf<O extends string = string> {
  tpp: number;
  pd: number | null;
  outcome: O;
  clause: string | null;
}

/** The outcome under one reading of an unpublished line, at each end of its range. */
export interface ReadingVerdict {
  reading: string;
  /** Outcome at the low end of the reading's range (the stricter end). */
  low: 'caught' | 'outside' | 'unknown';
  /** Outcome at the high end. Equal to `low` for a single figure. */
  high: 'caught' | 'outside' | 'unknown';
  comparisons: Comparison[];
}

/** An explainable verdict: enough structure to write "TPP 2,368 is under 4,800; density 2.91 is under 5.92". */
export interface Verdict<O extends string = string> {
  /** Rule version id (file name in `content/data/rules/`). */
  rule: string;
  outcome: O;
  /** The clause that decided it (e.g. `a-tpp`, `b1`, `named`, `memory`); null when nothing did. */
  clause: string | null;
  /** The comparisons that decided the outcome, in reading order. */
  comparisons: Comparison[];
  /** Inputs used by those comparisons that are estimates. */
  estimateInputs: InputName[];
  /** Inputs the test needed but the chip lacks. */
  missingInputs: InputName[];
  flags: VerdictFlag[];
  /** Set only when counting sparse throughput would change the outcome. */
  ifSparse: SparseWhatIf<O> | null;
  /** For contested lines: the outcome under each reading. */
  readings: ReadingVerdict[];
}
