/**
 * How the compare page shows chips: column labels and units, displayed values, the default
 * pair, chart frames, and the labels of the CSV/JSON downloads. Pure: callers pass the data.
 */
import type { Chip } from '../../schemas/chip.ts';
import type { Localized } from '../../schemas/common.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { compareStrings } from '../i18n/strings/compare.ts';
import { column, type ColumnDef, columns } from './columns.ts';
import type { Cell, CompareRow } from './rows.ts';
import type { ExportLabels } from './serialise.ts';

/** What naming a maker needs: actor id → name in both languages. */
export interface WithMakerNames {
  makerNames: ReadonlyMap<string, Localized>;
}

/** The pair shown without JavaScript and when the URL names none. */
export const defaultPair = { a: 'h20', b: 'h100' } as const;

/** Chips to label first in charts: the story's subject and its comparators. */
export const chartPriority = ['h20', 'h100', 'a800', 'h800', 'ascend-910c', 'ascend-910b', 'b30a', 'rtx-pro-6000d'];

/** A maker's display name. */
export function makerName(data: WithMakerNames, lang: Locale, id: string): string {
  return data.makerNames.get(id)?.[lang] ?? id.replace(/(^|-)(\w)/g, (_, dash: string, ch: string) => (dash ? ' ' : '') + ch.toUpperCase());
}

/** Header text of a column, and its unit (or undefined). */
export function columnLabel(lang: Locale, c: ColumnDef): { label: string; unit?: string } {
  const t = compareStrings[lang];
  return { label: t[`col_${c.id}`], ...(c.unit ? { unit: t[`unit_${c.unit}`] } : {}) };
}

/** A cell's value as shown (without badges or sources); null stays null. */
export function displayValue(data: WithMakerNames, lang: Locale, c: ColumnDef, cell: Cell): string | null {
  const t = compareStrings[lang];
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'number') return formatNumber(v, lang, c.digits ?? 1);
  switch (c.id) {
    case 'announced':
      return formatPartialDate(v, lang, 'short');
    case 'market':
      return t[`market_${v as Chip['market']}`];
    case 'maker':
      return makerName(data, lang, v);
    case 'oct2023':
      return t[`outcomeShort_${v as '3a090a' | '3a090b' | 'outside'}`];
    default:
      return v;
  }
}

/** "Memory bandwidth of the H20" style wording for source labels. */
export function figureOf(lang: Locale, columnId: string, row: CompareRow): string {
  const label = compareStrings[lang][`col_${column(columnId).id}`];
  const lower = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return lang === 'fr' ? `${label} (${row.shortName})` : `${row.shortName} ${lower}`;
}

/** Chart sizes in viewBox units: the wide drawing for desktop columns, the narrow one for phones. */
export const chartFrames = {
  wide: { width: 720, height: 470, margin: { top: 14, right: 14, bottom: 52, left: 62 }, fontSize: 12 },
  narrow: { width: 400, height: 540, margin: { top: 12, right: 10, bottom: 50, left: 50 }, fontSize: 12 },
} as const;

/** CSV headers in the page's language, with units: "Memory bandwidth (TB/s)". */
export function exportLabels(lang: Locale): ExportLabels {
  const t = compareStrings[lang];
  return {
    column: (c) => {
      const { label, unit } = columnLabel(lang, column(c.id));
      return unit ? `${label} (${unit})` : label;
    },
    estimate: t.exportEstimate,
    halved: t.exportHalved,
    sources: t.exportSources,
    id: 'id',
    url: t.exportUrl,
    separator: lang === 'fr' ? '\u00a0: ' : ': ',
  };
}

/** Unit wording per unit id, for the JSON. */
export function exportUnits(lang: Locale): Record<string, string> {
  const t = compareStrings[lang];
  return Object.fromEntries(columns.flatMap((c) => (c.unit ? [[c.unit, t[`unit_${c.unit}`]]] : [])));
}
