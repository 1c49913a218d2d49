import { type ColumnId, pairNumericColumns, pairTextColumns } from './columns.ts';
import type { Cell, CompareRow } from './rows.ts';

/**
 * How many times `a` is `b`: `ratio(296, 1979)` → 0.1496. Null when either is not disclosed
 * or when `b` is zero (a chip without NVLink has 0 GB/s: no meaningful ratio).
 */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

/**
 * A ratio as readers say it, to two significant figures: `6.7×`, `0.15×`, `1.0×`; ratios of
 * 10 and above have no decimals (`24×`, `120×`). French uses a decimal comma and a narrow space.
 */
export function formatRatio(value: number, lang: string): string {
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumSignificantDigits: 2,
    maximumSignificantDigits: 2,
  }).format(value);
  return lang === 'fr' ? `${text}\u202f×` : `${text}×`;
}

/** One line of the two-chip view: both cells and, for numbers, a ÷ b. */
export interface PairLine {
  column: ColumnId;
  a: Cell;
  b: Cell;
  ratio: number | null;
  numeric: boolean;
}

/** The lines of the two-chip view: text facts first, then every numeric figure with its ratio. */
export function pairLines(a: CompareRow, b: CompareRow): PairLine[] {
  const text = pairTextColumns.map((column) => ({ column, a: a.cells[column], b: b.cells[column], ratio: null, numeric: false }));
  const numbers = pairNumericColumns.map((column) => {
    const x = a.cells[column].value;
    const y = b.cells[column].value;
    return {
      column,
      a: a.cells[column],
      b: b.cells[column],
      ratio: ratio(typeof x === 'number' ? x : null, typeof y === 'number' ? y : null),
      numeric: true,
    };
  });
  return [...text, ...numbers];
}
