import { z } from 'astro/zod';

import { idSchema, localizedSchema, partialDateSchema } from './common.ts';

/**
 * A figure with its evidence. `value: null` means "not disclosed" and needs no source;
 * any other value without a source fails the build.
 *
 * ```yaml
 * fp8DenseTflops:
 *   value: 296
 *   sources: [register-h20, toms-h20]
 * ```
 */
function sourced<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      /** The figure, or null when the maker has not disclosed it. Default: null. */
      value: value.nullable().default(null),
      /** Source ids backing the figure. */
      sources: z.array(idSchema).default([]),
      /** True when the figure is an analyst or press estimate, not a vendor figure. */
      estimate: z.boolean().default(false),
      /** True when the vendor published a sparse figure and this dense one is half of it. */
      halvedFromSparse: z.boolean().default(false),
      /** Short caveat shown with the figure (both languages): a source conflict, a range, what is assumed. */
      note: localizedSchema.optional(),
    })
    .refine((f) => f.value === null || f.sources.length > 0, {
      message: 'a value needs at least one source (use value: null for "not disclosed")',
      path: ['sources'],
    });
}

/** A sourced figure whose key may be left out of the YAML entirely (= not disclosed). */
function optionalSourced<T extends z.ZodType>(value: T) {
  return sourced(value).default({ value: null, sources: [], estimate: false, halvedFromSparse: false });
}

/** Which market a chip was made for. */
export const chipMarkets = ['global', 'china-variant', 'china-domestic'] as const;
export type ChipMarket = (typeof chipMarkets)[number];

/**
 * What the entry describes: a bare `chip` (package), a `card` (a chip sold on a board, e.g. PCIe),
 * or a rack-scale `system` built from many chips. Export thresholds are per chip, so systems are
 * never classified.
 */
export const chipForms = ['chip', 'card', 'system'] as const;
export type ChipForm = (typeof chipForms)[number];

/** One dated change in a chip's export status, with its source. */
export const exportStatusSchema = z.strictObject({
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. Steps are listed in date order. */
  date: partialDateSchema,
  /** What the rule or decision meant for this chip, in both languages. */
  status: localizedSchema,
  sources: z.array(idSchema).min(1),
});
export type ExportStatus = z.output<typeof exportStatusSchema>;

/** An open doubt about the chip shown to readers (sources disagree, no datasheet…). */
export const chipDoubtSchema = z.strictObject({
  text: localizedSchema,
  sources: z.array(idSchema).default([]),
});

/** One accelerator. One file per chip in `content/data/chips/`; the file name is the id. */
export const chipSchema = z.strictObject({
  /** Stable id (= file name, added by the loader), e.g. `h20`, `ascend-910c`. Anchor `#chip-<id>`. */
  id: idSchema,
  /** Product name, e.g. "NVIDIA H20". */
  name: z.string().trim().min(1),
  /** Short label for tables and chart marks, e.g. "H20". Defaults to the name. */
  shortName: z.string().trim().min(1).optional(),
  /** Maker id, e.g. `nvidia`, `huawei`, `cambricon`. */
  maker: idSchema,
  /** Architecture or family, e.g. "Hopper", "Ascend 910". */
  family: z.string().trim().min(1),
  market: z.enum(chipMarkets),
  /** Chip, card or rack-scale system (default `chip`). */
  form: z.enum(chipForms).default('chip'),
  /** For a cut-down or China-specific variant: the chip it was derived from, e.g. `h100` for `h800`. */
  variantOf: idSchema.optional(),
  /** For a system: which chip it is built from and how many. */
  system: z.strictObject({ chip: idSchema, count: z.number().int().positive() }).optional(),
  /** True when the product was reported but never officially announced or launched (e.g. B30A). */
  reportedOnly: z.boolean().default(false),
  /** One or two sentences on what the chip is, in both languages. */
  blurb: localizedSchema,
  announced: sourced(partialDateSchema),
  shipped: sourced(partialDateSchema),
  /** Process node and fab, e.g. "TSMC 4N". */
  process: sourced(z.string()),
  /** Transistor count in billions (all dies). */
  transistorsBillion: optionalSourced(z.number().positive()),
  /** Applicable die area: all logic dies together, mm². Used for performance density. */
  dieAreaMm2: sourced(z.number().positive()),
  /** Memory family first, one spelling per family (the compare table filters and sorts on it). */
  memoryType: sourced(
    z
      .string()
      .regex(
        /^(HBM(2e|3e|[234])?|GDDR\d|LPDDR\dX?)(\s|$)/,
        'start with a memory family spelled HBM, HBM2, HBM2e, HBM3, HBM3e, HBM4, GDDR7 or LPDDR5X',
      ),
  ),
  memoryGb: sourced(z.number().positive()),
  memoryBandwidthTBs: sourced(z.number().positive()),
  /** Dense (non-sparse) FP16/BF16 tensor throughput. */
  fp16DenseTflops: sourced(z.number().positive()),
  /** Dense FP8 tensor throughput. */
  fp8DenseTflops: sourced(z.number().positive()),
  /** Dense INT8 tensor throughput. */
  int8DenseTops: sourced(z.number().positive()),
  /** Dense FP4 tensor throughput. */
  fp4DenseTflops: sourced(z.number().positive()),
  /**
   * Chip-to-chip link (NVLink or equivalent), total bidirectional GB/s.
   * `0` (with a source) means the chip has no such link; `null` means not disclosed.
   */
  interconnectGBs: sourced(z.number().nonnegative()),
  /** Host interface (PCIe) total bidirectional GB/s, e.g. 128 for PCIe 5.0 x16. */
  pcieGBs: optionalSourced(z.number().positive()),
  tdpW: sourced(z.number().positive()),
  exportStatus: z.array(exportStatusSchema).default([]),
  /** Open doubts shown to readers. */
  doubts: z.array(chipDoubtSchema).default([]),
});
export type Chip = z.output<typeof chipSchema>;
export type ChipInput = z.input<typeof chipSchema>;
/** One sourced figure as code receives it. */
export type SourcedFigure<T> = {
  value: T | null;
  sources: string[];
  estimate: boolean;
  halvedFromSparse: boolean;
  note?: { en: string; fr: string } | undefined;
};
