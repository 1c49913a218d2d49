import { z } from 'astro/zod';

import { dayDateSchema, idSchema, localizedSchema, partialDateSchema } from './common.ts';

/**
 * What a rule version tests, with its numeric lines. One shape per kind of test; the evaluation
 * functions in `src/lib/rules/` read the lines from here, never from constants of their own.
 * Key names match `src/lib/chips/thresholds.ts` so that both can feed the same functions.
 */

/** Every line is a positive number. */
const positive = z.number().positive();

/** A line read from secondary sources as a range (e.g. 1,700–1,800 GB/s); low = high for a point. */
export const lineRangeSchema = z
  .strictObject({
    /** Lowest value given by the source(s). */
    low: positive,
    /** Highest value given by the source(s); equal to `low` for a single figure. */
    high: positive,
  })
  .refine((r) => r.low <= r.high, { message: 'low must not exceed high', path: ['high'] });
export type LineRange = z.output<typeof lineRangeSchema>;

/**
 * One reading of a line the government never published (April 2025 letter). A chip is caught
 * under a reading when it reaches ANY of the lines given (memory, I/O, or their sum).
 */
export const lineReadingSchema = z
  .strictObject({
    /** Stable id, e.g. `press-1-4-tbs`. */
    id: idSchema,
    /** Who reads the line this way, in both languages (short, for a legend). */
    label: localizedSchema,
    /** Memory (DRAM/HBM) bandwidth line, GB/s. */
    memoryGBs: lineRangeSchema.nullable().default(null),
    /** Chip-to-chip / I/O bandwidth line, GB/s. */
    ioGBs: lineRangeSchema.nullable().default(null),
    /** Line on memory + I/O bandwidth together, GB/s. */
    combinedGBs: lineRangeSchema.nullable().default(null),
    /** Source ids of this reading; at least one. */
    sources: z.array(idSchema).min(1),
  })
  .refine((r) => r.memoryGBs || r.ioGBs || r.combinedGBs, { message: 'a reading needs at least one line' });
export type LineReading = z.output<typeof lineReadingSchema>;

/** A Section 232 tariff band: both bounds strict (greater than low, less than high). */
export const tariffBandSchema = z.strictObject({
  /** TPP strictly between these bounds (`above` < TPP < `below`). */
  tpp: z.strictObject({ above: positive, below: positive }),
  /** Total DRAM bandwidth strictly between these bounds, GB/s. */
  dramGBs: z.strictObject({ above: positive, below: positive }),
  /** Chips the sources place in the band, as free text (e.g. "H200", "MI325X"). */
  fits: z.array(z.string().trim().min(1)).default([]),
});
export type TariffBand = z.output<typeof tariffBandSchema>;

/** The test of each kind of rule version. */
export const ruleTestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** August 2022 letters: the chips named, plus the addressee's chips at about a reference chip's level. No published numbers. */
    kind: z.literal('named-chips-and-peers'),
    /** Chip id whose own figures stand in for the unpublished line (the A100). */
    referenceChip: idSchema,
  }),
  z.strictObject({
    /** October 2022: bits × TOPS ≥ tppMin AND aggregate bidirectional I/O ≥ ioMinGBs. */
    kind: z.literal('tpp-and-io'),
    /** Bits × TOPS must reach this (4,800). */
    tppMin: positive,
    /** Aggregate bidirectional I/O to chips other than memory must reach this, GB/s (600). */
    ioMinGBs: positive,
  }),
  z.strictObject({
    /** October 2023: 3A090.a and the 3A090.b grey zone on TPP and performance density. */
    kind: z.literal('tpp-and-density'),
    /** 3A090.a: TPP ≥ tppMin, or TPP ≥ tppWithPdMin with PD ≥ pdMin. */
    a: z.strictObject({ tppMin: positive, tppWithPdMin: positive, pdMin: positive }),
    /** 3A090.b first branch: tppMin ≤ TPP < a.tppMin with pdMin ≤ PD < a.pdMin. */
    b1: z.strictObject({ tppMin: positive, pdMin: positive }),
    /** 3A090.b second branch: TPP ≥ tppMin with pdMin ≤ PD < a.pdMin. */
    b2: z.strictObject({ tppMin: positive, pdMin: positive }),
    /** Note 2: parts not designed or marketed for data centres are excluded below this TPP. */
    note2NonDataCentreTppBelow: positive,
  }),
  z.strictObject({
    /** A correction that leaves the lines of the rule it amends unchanged. */
    kind: z.literal('unchanged'),
  }),
  z.strictObject({
    /** December 2024: standalone HBM with memory bandwidth density above a line (GB/s per mm²). */
    kind: z.literal('hbm-density'),
    /** Memory bandwidth per mm² of stack that must be exceeded (strictly), GB/s/mm². */
    densityAboveGBsPerMm2: positive,
  }),
  z.strictObject({
    /** A version that draws no new line for exports to China (AI Diffusion, its rescission). */
    kind: z.literal('no-line-for-china'),
  }),
  z.strictObject({
    /** April 2025 letter: named chips, plus any chip reaching an unpublished bandwidth line. */
    kind: z.literal('bandwidth-letter'),
    /** The published readings of the line, never one official number. */
    readings: z.array(lineReadingSchema).min(1),
  }),
  z.strictObject({
    /** A political arrangement: licences for the chips named in exchange for a share of revenue. */
    kind: z.literal('revenue-share'),
    /** Share of the licensed China revenue said to go to the US government, %. */
    sharePercent: positive,
    /** When licences under the arrangement were first reported granted; null while none was. */
    licencesGranted: partialDateSchema.nullable(),
    /** How the money is said to reach the government (hedged), in both languages. */
    channel: localizedSchema,
    /** True only if a published rule or proclamation writes the share down. */
    codified: z.boolean(),
    /** Tariff bands that carry the payment, when a proclamation sets them. */
    tariffBands: z.array(tariffBandSchema).default([]),
    /** Day the tariff bands took effect; null without bands. */
    tariffEffective: dayDateSchema.nullable().default(null),
  }),
  z.strictObject({
    /** January 2026: case-by-case review instead of presumed denial inside a zone (both bounds strict). */
    kind: z.literal('review-zone'),
    /** TPP must stay below this (21,000). */
    tppMax: positive,
    /** Total DRAM bandwidth must stay below this, GB/s (6,500). */
    dramMaxGBs: positive,
    /** China volume cap as a share of US shipments of the same product, %. */
    volumeCapPercentOfUs: positive.nullable(),
  }),
]);
export type RuleTest = z.output<typeof ruleTestSchema>;
export type RuleTestKind = RuleTest['kind'];
