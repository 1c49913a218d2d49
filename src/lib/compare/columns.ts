/**
 * The columns of the comparison table, CSV and JSON exports and the two-chip view.
 * One list so that every view shows the same figures with the same units.
 */

/** The sourced numeric figures of `src/schemas/chip.ts` that the compare views show. */
export const figureKeys = [
  'memoryGb',
  'memoryBandwidthTBs',
  'fp16DenseTflops',
  'fp8DenseTflops',
  'int8DenseTops',
  'fp4DenseTflops',
  'interconnectGBs',
  'tdpW',
  'dieAreaMm2',
] as const;
export type FigureKey = (typeof figureKeys)[number];

/** Sourced text figures shown as columns. */
export const textFigureKeys = ['process', 'memoryType'] as const;
export type TextFigureKey = (typeof textFigureKeys)[number];

/** Figures derived from others: TPP and density come from `src/lib/chips`, bandwidth per TFLOPS from here. */
export const derivedKeys = ['tpp', 'density', 'bandwidthPerTflop'] as const;
export type DerivedKey = (typeof derivedKeys)[number];

/** Every column id. */
export type ColumnId = 'name' | 'maker' | 'market' | 'announced' | 'oct2023' | TextFigureKey | FigureKey | DerivedKey;

/** How a column's values compare: numbers numerically, text alphabetically, dates by their ISO text, verdicts by severity. */
export type ColumnKind = 'text' | 'number' | 'date' | 'rank';

/** Unit ids; their wording per language is in `src/lib/i18n/strings/compare.ts` (`unit_<id>`). */
export type UnitId = 'gb' | 'tbs' | 'tflops' | 'tops' | 'gbs' | 'w' | 'mm2' | 'tpp' | 'density' | 'gbsPerTflops';

/** One column: its kind, its unit and how many decimals to show. */
export interface ColumnDef {
  id: ColumnId;
  kind: ColumnKind;
  unit?: UnitId;
  /** Maximum fraction digits when displayed. */
  digits?: number;
  /** For `rank` columns: the rank of each value. */
  ranks?: Readonly<Record<string, number>>;
  /** Direction of the first sort on this column (default: numbers and ranks descending, others ascending). */
  first?: 'ascending' | 'descending';
}

/** Severity order of October 2023 outcomes, for sorting (higher = more controlled). */
export const outcomeRank: Readonly<Record<string, number>> = { outside: 1, '3a090b': 2, '3a090a': 3 };

/** Display order of markets, for sorting and the filter. */
export const marketRank: Readonly<Record<string, number>> = { global: 1, 'china-variant': 2, 'china-domestic': 3 };

/** Column definitions in display order. */
export const columns: readonly ColumnDef[] = [
  { id: 'name', kind: 'text' },
  { id: 'maker', kind: 'text' },
  { id: 'market', kind: 'rank', ranks: marketRank, first: 'ascending' },
  { id: 'announced', kind: 'date' },
  { id: 'process', kind: 'text' },
  { id: 'memoryType', kind: 'text' },
  { id: 'memoryGb', kind: 'number', unit: 'gb', digits: 0 },
  { id: 'memoryBandwidthTBs', kind: 'number', unit: 'tbs', digits: 2 },
  { id: 'fp16DenseTflops', kind: 'number', unit: 'tflops', digits: 0 },
  { id: 'fp8DenseTflops', kind: 'number', unit: 'tflops', digits: 0 },
  { id: 'int8DenseTops', kind: 'number', unit: 'tops', digits: 0 },
  { id: 'fp4DenseTflops', kind: 'number', unit: 'tflops', digits: 0 },
  { id: 'interconnectGBs', kind: 'number', unit: 'gbs', digits: 0 },
  { id: 'tdpW', kind: 'number', unit: 'w', digits: 0 },
  { id: 'dieAreaMm2', kind: 'number', unit: 'mm2', digits: 0 },
  { id: 'tpp', kind: 'number', unit: 'tpp', digits: 0 },
  { id: 'density', kind: 'number', unit: 'density', digits: 2 },
  { id: 'bandwidthPerTflop', kind: 'number', unit: 'gbsPerTflops', digits: 1 },
  { id: 'oct2023', kind: 'rank', ranks: outcomeRank },
];

/** Looks a column up by id; throws on an unknown id so a typo fails the build. */
export function column(id: string): ColumnDef {
  const found = columns.find((c) => c.id === id);
  if (!found) throw new Error(`unknown compare column: ${id} (known: ${columns.map((c) => c.id).join(', ')})`);
  return found;
}

/** The numeric columns compared side by side (and divided) in the two-chip view. */
export const pairNumericColumns: readonly ColumnId[] = [...figureKeys, 'tpp', 'density', 'bandwidthPerTflop'];

/** Text columns shown in the two-chip view without a ratio. */
export const pairTextColumns: readonly ColumnId[] = ['maker', 'market', 'announced', 'process', 'memoryType', 'oct2023'];
