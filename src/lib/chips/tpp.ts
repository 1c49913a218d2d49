import type { SourcedFigure } from '../../schemas/chip.ts';

/** The tensor precisions that count towards Total Processing Performance. */
export const precisions = ['fp16', 'fp8', 'int8', 'fp4'] as const;
export type Precision = (typeof precisions)[number];

/** Bit length of each precision: TPP multiplies dense throughput by it. */
export const bitLength: Record<Precision, number> = { fp16: 16, fp8: 8, int8: 8, fp4: 4 };

/** The four dense compute figures of a chip (the fields of `src/schemas/chip.ts`). */
export interface ComputeFigures {
  fp16DenseTflops: SourcedFigure<number>;
  fp8DenseTflops: SourcedFigure<number>;
  int8DenseTops: SourcedFigure<number>;
  fp4DenseTflops: SourcedFigure<number>;
}

const fieldOf: Record<Precision, keyof ComputeFigures> = {
  fp16: 'fp16DenseTflops',
  fp8: 'fp8DenseTflops',
  int8: 'int8DenseTops',
  fp4: 'fp4DenseTflops',
};

/** One precision's contribution: dense throughput × bit length. */
export interface TppCandidate {
  precision: Precision;
  /** Dense TFLOPS or TOPS as published (or derived from a sparse figure). */
  dense: number;
  bits: number;
  /** dense × bits */
  tpp: number;
}

/** A chip's TPP and how it was obtained, so a page can show the sum. */
export interface TppResult {
  /** Total Processing Performance (dense throughput × bit length, best precision). */
  value: number;
  /** The precision that set the value (the first in `precisions` order on a tie). */
  precision: Precision;
  dense: number;
  bits: number;
  /** Other precisions that give exactly the same TPP (e.g. INT8 on the A100). */
  tiedWith: Precision[];
  /** Every precision with a published figure. */
  candidates: TppCandidate[];
  /** True when the deciding figure is an estimate. */
  estimate: boolean;
  /** True when the deciding figure is half of a sparse datasheet value. */
  halvedFromSparse: boolean;
  /** Sources of the deciding figure. */
  sources: string[];
}

/**
 * Total Processing Performance as the US rules define it for one chip: the largest of
 * dense throughput × bit length over FP16/BF16 (×16), FP8 (×8), INT8 (×8) and FP4 (×4).
 * Returns null when no dense compute figure is known.
 *
 * ```ts
 * tpp(a100) // { value: 4992, precision: 'fp16', tiedWith: ['int8'], … }
 * ```
 */
export function tpp(chip: ComputeFigures): TppResult | null {
  const candidates: TppCandidate[] = [];
  for (const precision of precisions) {
    const dense = chip[fieldOf[precision]].value;
    if (dense === null) continue;
    const bits = bitLength[precision];
    candidates.push({ precision, dense, bits, tpp: tppFromThroughput(dense, bits) });
  }
  if (candidates.length === 0) return null;
  let best = candidates[0]!;
  for (const c of candidates) if (c.tpp > best.tpp) best = c;
  const figure = chip[fieldOf[best.precision]];
  return {
    value: best.tpp,
    precision: best.precision,
    dense: best.dense,
    bits: best.bits,
    tiedWith: candidates.filter((c) => c !== best && c.tpp === best.tpp).map((c) => c.precision),
    candidates,
    estimate: figure.estimate,
    halvedFromSparse: figure.halvedFromSparse,
    sources: figure.sources,
  };
}

/**
 * TPP of one throughput figure: dense TOPS/TFLOPS × bit length, with floating-point noise removed
 * (989.4 × 16 = 15830.400000000001) without hiding real decimals. Shared with the rule explorer,
 * where a reader types a throughput and a bit length of their own.
 *
 * ```ts
 * tppFromThroughput(148, 16) // 2368
 * ```
 */
export function tppFromThroughput(dense: number, bits: number): number {
  return Math.round(dense * bits * 100) / 100;
}
