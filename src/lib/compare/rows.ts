import type { Chip, ChipForm, ChipMarket, SourcedFigure } from '../../schemas/chip.ts';
import type { Localized } from '../../schemas/common.ts';
import { type Classification, classify } from '../chips/classify.ts';
import { ruleSources } from '../chips/thresholds.ts';
import { type ColumnId, figureKeys, textFigureKeys } from './columns.ts';

/**
 * One value of the table with its evidence. `value: null` means "not disclosed" (or, for a
 * derived figure, that an input is not disclosed).
 */
export interface Cell {
  value: number | string | null;
  sources: string[];
  estimate: boolean;
  halvedFromSparse: boolean;
  note?: Localized;
}

/** One chip as every compare view sees it: identity, one cell per column, and the rule verdicts. */
export interface CompareRow {
  id: string;
  name: string;
  shortName: string;
  maker: string;
  market: ChipMarket;
  form: ChipForm;
  reportedOnly: boolean;
  cells: Record<ColumnId, Cell>;
  classification: Classification;
}

const plain = (value: string | null): Cell => ({ value, sources: [], estimate: false, halvedFromSparse: false });

function fromFigure<T extends number | string>(figure: SourcedFigure<T>): Cell {
  return {
    value: figure.value,
    sources: [...figure.sources],
    estimate: figure.estimate,
    halvedFromSparse: figure.halvedFromSparse,
    ...(figure.note ? { note: figure.note } : {}),
  };
}

/** Source ids of several cells, first appearance first, without repeats. */
export function mergeSources(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Memory bandwidth per dense FP16/BF16 TFLOPS, in GB/s per TFLOPS (bytes moved per thousand
 * operations). The higher it is, the less a chip waits on memory when it generates tokens.
 * Null when either figure is not disclosed.
 *
 * ```ts
 * bandwidthPerTflop(h20) // { value: 27.03 (= 4.0 TB/s × 1000 / 148 TFLOPS), … }
 * ```
 */
export function bandwidthPerTflop(chip: Pick<Chip, 'memoryBandwidthTBs' | 'fp16DenseTflops'>): Cell {
  const bw = chip.memoryBandwidthTBs;
  const compute = chip.fp16DenseTflops;
  if (bw.value === null || compute.value === null) return plain(null);
  return {
    value: (bw.value * 1000) / compute.value,
    sources: mergeSources(bw.sources, compute.sources),
    estimate: bw.estimate || compute.estimate,
    halvedFromSparse: compute.halvedFromSparse,
  };
}

/** The October 2023 outcome as a cell; "unknown" (or a system, never classified) is null. */
function verdictCell(c: Classification): Cell {
  const v = c.oct2023;
  if (!v || v.outcome === 'unknown') return plain(null);
  // The verdict carries the estimate flag of its inputs; the sparse badge stays on the TPP cell.
  return {
    value: v.outcome,
    sources: mergeSources(ruleSources['oct-2023'], c.tpp?.sources ?? []),
    estimate: v.estimate,
    halvedFromSparse: false,
  };
}

/**
 * Turns a chip into a table row. TPP, performance density and the October 2023 verdict come
 * from `src/lib/chips` (the single place they are computed).
 */
export function compareRow(chip: Chip): CompareRow {
  const classification = classify(chip);
  const { tpp, density } = classification;
  const cells = {
    name: plain(chip.name),
    maker: plain(chip.maker),
    market: plain(chip.market),
    announced: fromFigure(chip.announced),
    tpp: tpp
      ? { value: tpp.value, sources: [...tpp.sources], estimate: tpp.estimate, halvedFromSparse: tpp.halvedFromSparse }
      : plain(null),
    density: density
      ? {
          value: density.value,
          sources: mergeSources(tpp?.sources ?? [], chip.dieAreaMm2.sources),
          estimate: density.estimate,
          halvedFromSparse: tpp?.halvedFromSparse ?? false,
        }
      : plain(null),
    bandwidthPerTflop: bandwidthPerTflop(chip),
    oct2023: verdictCell(classification),
  } as Record<ColumnId, Cell>;
  for (const key of textFigureKeys) cells[key] = fromFigure(chip[key]);
  for (const key of figureKeys) cells[key] = fromFigure(chip[key]);
  return {
    id: chip.id,
    name: chip.name,
    shortName: chip.shortName ?? chip.name,
    maker: chip.maker,
    market: chip.market,
    form: chip.form,
    reportedOnly: chip.reportedOnly,
    cells,
    classification,
  };
}

/** Rows for every chip, in the default order: by announcement date, then name. */
export function compareRows(chips: readonly Chip[]): CompareRow[] {
  return chips
    .map(compareRow)
    .sort(
      (a, b) =>
        String(a.cells.announced.value ?? '9999').localeCompare(String(b.cells.announced.value ?? '9999')) ||
        a.name.localeCompare(b.name, 'en'),
    );
}
