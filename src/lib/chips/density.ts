import type { SourcedFigure } from '../../schemas/chip.ts';
import type { TppResult } from './tpp.ts';

/** Performance density and the inputs it came from. */
export interface DensityResult {
  /** TPP divided by the applicable die area (mm²), unrounded. */
  value: number;
  tpp: number;
  dieAreaMm2: number;
  /** True when the TPP or the die area is an estimate. */
  estimate: boolean;
  /** True when the die area (not the TPP) is the estimate, e.g. unpublished Blackwell dies. */
  dieAreaEstimate: boolean;
}

/**
 * Performance density as defined by the October 2023 rule: TPP / applicable die area (mm²),
 * where the area counts every logic die made on a non-planar process. Null when either is unknown.
 *
 * ```ts
 * performanceDensity(tpp(h20), h20.dieAreaMm2) // { value: 2.909…, tpp: 2368, dieAreaMm2: 814, … }
 * ```
 */
export function performanceDensity(tppResult: TppResult | null, dieArea: SourcedFigure<number>): DensityResult | null {
  if (!tppResult || dieArea.value === null) return null;
  return {
    value: densityFromTpp(tppResult.value, dieArea.value),
    tpp: tppResult.value,
    dieAreaMm2: dieArea.value,
    estimate: tppResult.estimate || dieArea.estimate,
    dieAreaEstimate: dieArea.estimate,
  };
}

/**
 * Performance density from bare numbers (TPP / applicable die area in mm²), unrounded. The rule
 * explorer uses it for chips typed in by a reader, which have no sourced figures.
 */
export function densityFromTpp(tpp: number, dieAreaMm2: number): number {
  return tpp / dieAreaMm2;
}

/** Rounds a density for display and for comparison with the worked examples (two decimals). */
export function roundDensity(value: number): number {
  return Math.round(value * 100) / 100;
}
