import type { Chip } from '../../schemas/chip.ts';
import { densityFromTpp } from '../chips/density.ts';
import { tpp as tppOfChip, tppFromThroughput, type TppResult } from '../chips/tpp.ts';
import type { InputFigure, RuleChipInput } from './types.ts';

/** A chip's figures in the form every rule test reads: TPP, density, aggregate I/O, memory. */
export interface NormalisedChip {
  input: RuleChipInput;
  tpp: InputFigure & { halvedFromSparse: boolean };
  /** Performance density (TPP / die area), unrounded; null when either is unknown. */
  pd: InputFigure;
  /** Chip-to-chip link plus host link when known; null when the chip-to-chip link is unknown. */
  io: InputFigure;
  memory: InputFigure;
}

const unknown: InputFigure = { value: null, estimate: false };

/**
 * Turns a chip input into the figures the rules compare. TPP and density come from the same
 * functions as the chip cards (`src/lib/chips/`); a sparse throughput is halved first.
 * Aggregate I/O adds the host link to the chip-to-chip link, as the research base reads the
 * October 2022 rule; an unknown host link counts as 0 (the same choice as `classify.ts`).
 */
export function normalise(input: RuleChipInput): NormalisedChip {
  const c = input.compute;
  let tpp: NormalisedChip['tpp'];
  if (c.kind === 'tpp') {
    tpp = { value: c.tpp, estimate: c.estimate, halvedFromSparse: c.halvedFromSparse ?? false };
  } else {
    const dense = c.tops === null ? null : c.sparse ? c.tops / 2 : c.tops;
    tpp = { value: dense === null ? null : tppFromThroughput(dense, c.bits), estimate: c.estimate, halvedFromSparse: c.sparse ?? false };
  }
  const die = input.dieAreaMm2;
  const pd: InputFigure =
    tpp.value === null || die.value === null
      ? unknown
      : { value: densityFromTpp(tpp.value, die.value), estimate: tpp.estimate || die.estimate };
  const link = input.interconnectGBs;
  const host = input.hostIoGBs;
  const io: InputFigure =
    link.value === null ? unknown : { value: link.value + (host.value ?? 0), estimate: link.estimate || host.estimate };
  return { input, tpp, pd, io, memory: input.memoryBandwidthGBs };
}

/**
 * The same chip with its TPP replaced, e.g. doubled for the sparse what-if, or set to each end
 * of an estimated range (B30A: 28,000–30,000).
 */
export function withTpp(input: RuleChipInput, tpp: number, estimate = input.compute.estimate): RuleChipInput {
  return { ...input, compute: { kind: 'tpp', tpp, estimate } };
}

/** The TPP of a chip input (after halving a sparse figure); null when unknown. */
export function tppOf(input: RuleChipInput): number | null {
  return normalise(input).tpp.value;
}

/**
 * A database chip as the rules see it. Null for rack-scale systems: the thresholds apply per chip.
 * Every chip in the database is an accelerator for data centres (or a server card), so
 * `dataCentre` defaults to true; pass `{ dataCentre: false }` to test a consumer part.
 *
 * ```ts
 * ruleChipFromChip(h20) // { id: 'h20', compute: { kind: 'tpp', tpp: 2368, … }, memoryBandwidthGBs: { value: 4000, … }, … }
 * ```
 */
export function ruleChipFromChip(chip: Chip, options: { dataCentre?: boolean } = {}): RuleChipInput | null {
  return chip.form === 'system' ? null : ruleChipWithTpp(chip, tppOfChip(chip), options);
}

/** As `ruleChipFromChip`, with a TPP already computed (the chip cards compute it once). Systems included. */
export function ruleChipWithTpp(chip: Chip, t: TppResult | null, options: { dataCentre?: boolean } = {}): RuleChipInput {
  const bw = chip.memoryBandwidthTBs;
  return {
    id: chip.id,
    maker: chip.maker,
    compute: { kind: 'tpp', tpp: t?.value ?? null, estimate: t?.estimate ?? false, halvedFromSparse: t?.halvedFromSparse ?? false },
    dieAreaMm2: { value: chip.dieAreaMm2.value, estimate: chip.dieAreaMm2.estimate },
    memoryBandwidthGBs: { value: bw.value === null ? null : Math.round(bw.value * 1000), estimate: bw.estimate },
    interconnectGBs: { value: chip.interconnectGBs.value, estimate: chip.interconnectGBs.estimate },
    hostIoGBs: { value: chip.pcieGBs.value, estimate: chip.pcieGBs.estimate },
    dataCentre: options.dataCentre ?? true,
    announced: chip.announced.value,
  };
}
