import { z } from 'astro/zod';
import { idSchema, localizedSchema, partialDateSchema } from './common.ts';

/**
 * A figure with its evidence. `value: null` means "not disclosed" and needs no source;
 * any other value without a source fails the build.
 */
function sourced<T extends z.ZodType>(value: T) {
  return z
    .object({
      /** The figure, or null when the maker has not disclosed it. */
      value: value.nullable(),
      /** Source ids backing the figure. */
      sources: z.array(idSchema).default([]),
      /** True when the figure is an analyst or press estimate, not a vendor figure. */
      estimate: z.boolean().default(false),
      /** True when the vendor published a sparse figure and this dense one is half of it. */
      halvedFromSparse: z.boolean().default(false),
      /** Short caveat shown with the figure (both languages). */
      note: localizedSchema.optional(),
    })
    .refine((f) => f.value === null || f.sources.length > 0, {
      message: 'a value needs at least one source (use value: null for "not disclosed")',
      path: ['sources'],
    });
}

/** Which market a chip was made for. */
export const chipMarkets = ['global', 'china-variant', 'china-domestic'] as const;
export type ChipMarket = (typeof chipMarkets)[number];

/** One dated change in a chip's export status, with its source. */
export const exportStatusSchema = z.strictObject({
  date: partialDateSchema,
  /** What the rule meant for this chip, in both languages. */
  status: localizedSchema,
  sources: z.array(idSchema).min(1),
});

/** One accelerator. One file per chip in `content/data/chips/`; the file name is the id. */
export const chipSchema = z.strictObject({
  /** Stable id (= file name), e.g. `h20`, `ascend-910c`. Anchor `#chip-<id>`. */
  id: idSchema,
  /** Product name, e.g. "NVIDIA H20". */
  name: z.string().trim().min(1),
  /** Maker id, e.g. `nvidia`, `huawei`, `cambricon`. */
  maker: idSchema,
  /** Architecture or family, e.g. "Hopper", "Ascend 910". */
  family: z.string().trim().min(1),
  market: z.enum(chipMarkets),
  /** One or two sentences on what the chip is, in both languages. */
  blurb: localizedSchema,
  announced: sourced(partialDateSchema),
  shipped: sourced(partialDateSchema),
  /** Process node and fab, e.g. "TSMC 4N". */
  process: sourced(z.string()),
  dieAreaMm2: sourced(z.number().positive()),
  memoryType: sourced(z.string()),
  memoryGb: sourced(z.number().positive()),
  memoryBandwidthTBs: sourced(z.number().positive()),
  /** Dense (non-sparse) FP16/BF16 tensor throughput. */
  fp16DenseTflops: sourced(z.number().positive()),
  fp8DenseTflops: sourced(z.number().positive()),
  int8DenseTops: sourced(z.number().positive()),
  fp4DenseTflops: sourced(z.number().positive()),
  /** Total bidirectional chip-to-chip bandwidth (NVLink or equivalent). */
  interconnectGBs: sourced(z.number().positive()),
  tdpW: sourced(z.number().positive()),
  exportStatus: z.array(exportStatusSchema).default([]),
});
export type Chip = z.output<typeof chipSchema>;
export type SourcedFigure<T> = { value: T | null; sources: string[]; estimate: boolean; halvedFromSparse: boolean; note?: { en: string; fr: string } };
