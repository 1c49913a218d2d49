import type { Source } from '../../schemas/source.ts';
import { type ColumnDef, columns } from './columns.ts';
import type { Cell, CompareRow } from './rows.ts';

/**
 * CSV and JSON downloads of the comparison. Deterministic: same data, same bytes (no dates of
 * generation, fixed column order, rows sorted by id, numbers rounded to 4 decimals).
 */

/**
 * Quotes one CSV field when it needs it (RFC 4180): commas, double quotes, line breaks, or
 * spaces at either end. A text starting with = + - @ is prefixed with an apostrophe so that a
 * spreadsheet shows it instead of running it as a formula.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Joins rows of fields into CSV text with CRLF line ends (what RFC 4180 and spreadsheets expect). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A number without floating-point noise: 27.027027… → 27.027. */
export function cleanNumber(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function rawValue(cell: Cell): string | number | null {
  return typeof cell.value === 'number' ? cleanNumber(cell.value) : cell.value;
}

/** Header wording for the exports, per language. */
export interface ExportLabels {
  column: (column: ColumnDef) => string;
  /** Suffixes of the per-figure evidence columns, e.g. "estimate", "sources". */
  estimate: string;
  halved: string;
  sources: string;
  id: string;
  url: string;
  /** Between a column name and a suffix: ': ' in English, ' : ' in French. */
  separator: string;
}

/** The columns that carry evidence (estimate flag, sources) in the CSV: every column but the identity ones. */
const evidenceColumns = columns.filter((c) => !['name', 'maker', 'market'].includes(c.id));

/**
 * The CSV table: one line per chip (sorted by id), raw values (dot decimals, ISO-like dates,
 * outcome codes), then for each figure whether it is an estimate or halved from sparse and its
 * source ids separated by spaces.
 */
export function chipsCsv(rows: readonly CompareRow[], labels: ExportLabels, urlOf: (row: CompareRow) => string): string {
  const header: string[] = [labels.id, labels.column(columns[0]!), labels.column(columns[1]!), labels.column(columns[2]!)];
  for (const c of evidenceColumns) {
    const name = labels.column(c);
    const sep = labels.separator;
    header.push(name, `${name}${sep}${labels.estimate}`, `${name}${sep}${labels.halved}`, `${name}${sep}${labels.sources}`);
  }
  header.push(labels.url);
  const lines = [...rows]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((row) => {
      const line: (string | number | boolean | null)[] = [row.id, row.name, row.maker, row.market];
      for (const c of evidenceColumns) {
        const cell = row.cells[c.id];
        line.push(rawValue(cell), cell.estimate, cell.halvedFromSparse, cell.sources.join(' '));
      }
      line.push(urlOf(row));
      return line;
    });
  return toCsv([header, ...lines]);
}

/** The JSON download: units, chips with every figure and its evidence, the verdicts, and the sources cited. */
export function chipsJson(
  rows: readonly CompareRow[],
  options: {
    lang: string;
    title: string;
    /** One sentence on how to read the figures (dense compute, null = not disclosed). */
    note: string;
    pageUrl: string;
    units: Record<string, string>;
    urlOf: (row: CompareRow) => string;
    sources: ReadonlyMap<string, Source>;
    sourceUrlOf: (id: string) => string;
  },
): string {
  const cited = new Set<string>();
  const chips = [...rows]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((row) => {
      const figures: Record<string, unknown> = {};
      for (const c of evidenceColumns) {
        const cell = row.cells[c.id];
        cell.sources.forEach((s) => cited.add(s));
        figures[c.id] = {
          value: rawValue(cell),
          ...(c.unit ? { unit: options.units[c.unit] } : {}),
          estimate: cell.estimate,
          halvedFromSparse: cell.halvedFromSparse,
          sources: cell.sources,
          ...(cell.note ? { note: cell.note[options.lang as 'en' | 'fr'] } : {}),
        };
      }
      const k = row.classification;
      return {
        id: row.id,
        name: row.name,
        shortName: row.shortName,
        maker: row.maker,
        market: row.market,
        form: row.form,
        reportedOnly: row.reportedOnly,
        url: options.urlOf(row),
        figures,
        rules: {
          tppPrecision: k.tpp?.precision ?? null,
          oct2022: k.oct2022?.outcome ?? null,
          oct2023: k.oct2023?.outcome ?? null,
          jan2026: k.jan2026?.outcome ?? null,
        },
      };
    });
  const sources = Object.fromEntries(
    [...cited]
      .sort()
      .filter((id) => options.sources.has(id))
      .map((id) => {
        const s = options.sources.get(id)!;
        return [id, { title: s.title, publisher: s.publisher, date: s.date, kind: s.kind, url: s.url, page: options.sourceUrlOf(id) }];
      }),
  );
  return (
    JSON.stringify({ title: options.title, language: options.lang, page: options.pageUrl, note: options.note, chips, sources }, null, 2) +
    '\n'
  );
}
