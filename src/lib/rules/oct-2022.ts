import type { NormalisedChip } from './chip-input.ts';
import { compare, verdict } from './compare.ts';
import type { Verdict } from './types.ts';

/** The two lines of the October 2022 rule (schema test kind `tpp-and-io`). */
export interface TppAndIoLines {
  /** Bits × TOPS (the precursor of TPP). */
  tppMin: number;
  /** Aggregate bidirectional I/O to chips other than memory, GB/s. */
  ioMinGBs: number;
}

/** `controlled` = inside ECCN 3A090 as written in October 2022. */
export type TppAndIoOutcome = 'controlled' | 'not-controlled' | 'unknown';

/**
 * October 2022 test (87 FR 62186): caught only when BOTH bits × TOPS ≥ 4,800 AND aggregate I/O
 * ≥ 600 GB/s. Clause: `tpp` or `io` for the leg that let the chip out, `tpp-and-io` when caught.
 * TPP is compared first: when it is under the line, I/O is not needed (and not listed).
 *
 * ```ts
 * testTppAndIo(normalise(a800), { tppMin: 4800, ioMinGBs: 600 }, 'x').comparisons
 * // [{ metric: 'tpp', value: 4992, met: true, … }, { metric: 'io', value: 464, met: false, … }]
 * ```
 */
export function testTppAndIo(chip: NormalisedChip, lines: TppAndIoLines, rule: string): Verdict<TppAndIoOutcome> {
  const tpp = compare('tpp', chip.tpp.value, '>=', lines.tppMin, chip.tpp.estimate);
  if (tpp.met === false) return verdict(rule, chip, { outcome: 'not-controlled', clause: 'tpp', comparisons: [tpp] });
  if (tpp.met === null) return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [tpp] });
  const io = compare('io', chip.io.value, '>=', lines.ioMinGBs, chip.io.estimate);
  if (io.met === null) return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [tpp, io] });
  return verdict(rule, chip, {
    outcome: io.met ? 'controlled' : 'not-controlled',
    clause: io.met ? 'tpp-and-io' : 'io',
    comparisons: [tpp, io],
  });
}
