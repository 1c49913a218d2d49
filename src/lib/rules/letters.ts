import type { LineRange, LineReading } from '../../schemas/rule.ts';
import type { NormalisedChip } from './chip-input.ts';
import { compare, verdict } from './compare.ts';
import type { Comparison, ReadingVerdict, Verdict } from './types.ts';

/** Who a letter names and addresses (fields of a rule version). */
export interface LetterScope {
  id: string;
  /** Chip ids named explicitly. */
  chips: readonly string[];
  /** Maker ids the letter was sent to; empty = no restriction. */
  addressees: readonly string[];
}

/** A letter's verdict; `depends-on-reading` when readings of an unpublished line disagree. */
export type LetterOutcome = 'licence-required' | 'outside' | 'depends-on-reading' | 'not-applicable' | 'unknown';

const named = (scope: LetterScope, chip: NormalisedChip) => chip.input.id !== null && scope.chips.includes(chip.input.id);
/** A reader's chip (no maker) is tested as if it came from an addressee. */
const addressed = (scope: LetterScope, chip: NormalisedChip) =>
  !scope.addressees.length || chip.input.maker === null || scope.addressees.includes(chip.input.maker);

/**
 * August 2022 letters: the chips named need a licence; another chip of an addressee is caught
 * at "about the A100's level" in both compute and chip-to-chip I/O. That line was never given as
 * a number, so the reference chip's own TPP and I/O stand in for it, flagged `approximate-line`.
 * Clauses: `named`, `peer` (caught by the approximation), `tpp` / `io` (the leg that let it out).
 */
export function testNamedAndPeers(chip: NormalisedChip, scope: LetterScope, reference: NormalisedChip | null): Verdict<LetterOutcome> {
  const rule = scope.id;
  if (named(scope, chip)) return verdict(rule, chip, { outcome: 'licence-required', clause: 'named', comparisons: [] });
  if (!addressed(scope, chip))
    return verdict(rule, chip, { outcome: 'not-applicable', clause: null, comparisons: [], flags: ['not-addressee'] });
  const refTpp = reference?.tpp.value ?? null;
  const refIo = reference?.io.value ?? null;
  if (refTpp === null || refIo === null)
    return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [], flags: ['approximate-line'] });
  const approx = { limitEstimate: true };
  const tpp = compare('tpp', chip.tpp.value, '>=', refTpp, chip.tpp.estimate, approx);
  const io = compare('io', chip.io.value, '>=', refIo, chip.io.estimate, approx);
  const flags = ['approximate-line' as const];
  if (tpp.met === false) return verdict(rule, chip, { outcome: 'outside', clause: 'tpp', comparisons: [tpp], flags });
  if (io.met === false) return verdict(rule, chip, { outcome: 'outside', clause: 'io', comparisons: [tpp, io], flags });
  if (tpp.met === null || io.met === null) return verdict(rule, chip, { outcome: 'unknown', clause: null, comparisons: [tpp, io], flags });
  return verdict(rule, chip, { outcome: 'licence-required', clause: 'peer', comparisons: [tpp, io], flags });
}

/** Comparisons of one reading at one end of its ranges; caught when ANY line is reached. */
function readingAt(
  chip: NormalisedChip,
  r: LineReading,
  end: 'low' | 'high',
): { result: ReadingVerdict['low']; comparisons: Comparison[] } {
  const extra = { limitEstimate: true, reading: { id: r.id, end } };
  const at = (range: LineRange) => range[end];
  const comparisons: Comparison[] = [];
  if (r.memoryGBs) comparisons.push(compare('dram', chip.memory.value, '>=', at(r.memoryGBs), chip.memory.estimate, extra));
  if (r.ioGBs) comparisons.push(compare('io', chip.io.value, '>=', at(r.ioGBs), chip.io.estimate, extra));
  if (r.combinedGBs) {
    const sum = chip.memory.value === null || chip.io.value === null ? null : chip.memory.value + chip.io.value;
    comparisons.push(compare('dram+io', sum, '>=', at(r.combinedGBs), chip.memory.estimate || chip.io.estimate, extra));
  }
  const result = comparisons.some((c) => c.met) ? 'caught' : comparisons.every((c) => c.met === false) ? 'outside' : 'unknown';
  return { result, comparisons };
}

/** Each reading at both ends of its range (the high end is only listed when it differs). */
export function readingVerdicts(chip: NormalisedChip, readings: readonly LineReading[]): ReadingVerdict[] {
  return readings.map((r) => {
    const low = readingAt(chip, r, 'low');
    const spread = [r.memoryGBs, r.ioGBs, r.combinedGBs].some((x) => x && x.low !== x.high);
    const high = spread ? readingAt(chip, r, 'high') : low;
    return {
      reading: r.id,
      low: low.result,
      high: high.result,
      comparisons: spread ? [...low.comparisons, ...high.comparisons] : low.comparisons,
    };
  });
}

/**
 * April 2025 letter: the H20 is named; any chip of an addressee that reaches the H20's memory
 * bandwidth, interconnect bandwidth or a mix needs a licence. The line was never published, so
 * the chip is tested against every reading at both ends of its range (e.g. 1,700 and 1,800 GB/s).
 * When readings disagree the outcome is `depends-on-reading` (flag of the same name); clause
 * `bandwidth` when every reading catches it, `named` for the H20 (readings still listed).
 *
 * ```ts
 * testBandwidthLetter(normalise(rtxPro6000), letter, readings).outcome // 'depends-on-reading' (1,600 GB/s)
 * ```
 */
export function testBandwidthLetter(chip: NormalisedChip, scope: LetterScope, readings: readonly LineReading[]): Verdict<LetterOutcome> {
  const rule = scope.id;
  const perReading = readingVerdicts(chip, readings);
  if (named(scope, chip))
    return verdict(rule, chip, { outcome: 'licence-required', clause: 'named', comparisons: [], readings: perReading });
  if (!addressed(scope, chip))
    return verdict(rule, chip, {
      outcome: 'not-applicable',
      clause: null,
      comparisons: [],
      readings: perReading,
      flags: ['not-addressee'],
    });
  const ends = perReading.flatMap((r) => [r.low, r.high]);
  const comparisons = perReading.flatMap((r) => r.comparisons);
  const parts = { comparisons, readings: perReading };
  if (ends.every((e) => e === 'caught'))
    return verdict(rule, chip, { ...parts, outcome: 'licence-required', clause: 'bandwidth', flags: ['approximate-line'] });
  if (ends.every((e) => e === 'outside'))
    return verdict(rule, chip, { ...parts, outcome: 'outside', clause: null, flags: ['approximate-line'] });
  if (ends.includes('caught') && ends.includes('outside')) {
    return verdict(rule, chip, {
      ...parts,
      outcome: 'depends-on-reading',
      clause: null,
      flags: ['approximate-line', 'depends-on-reading'],
    });
  }
  return verdict(rule, chip, { ...parts, outcome: 'unknown', clause: null, flags: ['approximate-line'] });
}
