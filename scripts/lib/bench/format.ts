/**
 * Number formatting and plain-text tables for `npm run bench`. Pure: no fs, no DOM.
 * Sizes use binary kilobytes (1 KB = 1,024 bytes), the unit the budgets are written in.
 */

/** One kilobyte in bytes, as the budgets count it. */
export const KB = 1024;

/** `12 345` bytes → `"12.1 KB"`; under 1 KB → `"812 B"`; `undefined` → `"–"`. */
export function formatBytes(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null || Number.isNaN(bytes)) return '–';
  if (Math.abs(bytes) < KB) return `${Math.round(bytes)} B`;
  if (Math.abs(bytes) < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / KB / KB).toFixed(2)} MB`;
}

/** Milliseconds: `< 10` keeps two decimals, `< 1000` none, above that seconds with one decimal. */
export function formatMs(ms: number | undefined | null): string {
  if (ms === undefined || ms === null || Number.isNaN(ms)) return '–';
  if (Math.abs(ms) < 10) return `${ms.toFixed(2)} ms`;
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A Lighthouse score 0–1 shown as 0–100; `null` (audit could not run) → `"n/a"`. */
export function formatScore(score: number | undefined | null): string {
  if (score === undefined) return '–';
  if (score === null || Number.isNaN(score)) return 'n/a';
  return String(Math.round(score * 100));
}

/** A signed change: `+1.2 KB`, `−300 B`, `±0`. */
export function formatDelta(delta: number, format: (n: number) => string): string {
  if (delta === 0) return '±0';
  const text = format(Math.abs(delta));
  return `${delta > 0 ? '+' : '−'}${text}`;
}

/** A ratio as a percentage change: 1.25 → `+25%`, 0.8 → `−20%`. */
export function formatRatioChange(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'new';
  const pct = Math.round((ratio - 1) * 100);
  if (pct === 0) return '±0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`;
}

/** Column alignment: numbers read best right-aligned. */
export type Align = 'left' | 'right';

/** Width of a string as a terminal shows it (counts code points, not UTF-16 units). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows as a plain-text table with a title line, a header and a rule, e.g.
 *
 * ```
 * Chapter /en/saga/april-2025-licence/
 * metric          value   budget  ok
 * ─────────────── ─────── ─────── ──
 * HTML+CSS gzip   9.1 KB  14 KB   ✔
 * ```
 * The first column is left-aligned, the others right-aligned unless `align` says otherwise.
 */
export function renderTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const columns = header.length;
  const aligns = Array.from({ length: columns }, (_, i) => align?.[i] ?? (i === 0 ? 'left' : 'right'));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(width(header[i] ?? ''), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell ?? '', widths[i]!, aligns[i]!))
      .join('  ')
      .trimEnd();
  return [title, line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
