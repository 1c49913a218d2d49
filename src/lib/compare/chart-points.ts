import type { ChipMarket } from '../../schemas/chip.ts';
import type { LogAxis } from './chart-scale.ts';
import type { ColumnId } from './columns.ts';
import { type Box, type PlacedLabel, placeLabels } from './label-layout.ts';
import type { CompareRow } from './rows.ts';

/** One chip to plot, in data units. */
export interface PlotItem {
  id: string;
  /** Short label drawn next to the point. */
  label: string;
  series: ChipMarket;
  x: number;
  y: number;
  /** True when either coordinate rests on an estimate: drawn hollow and dashed. */
  estimate: boolean;
}

/** A plotted chip: the item, its position in viewBox units and its label. */
export interface PlottedPoint extends PlotItem {
  px: number;
  py: number;
  placed: PlacedLabel;
}

/** Marker size (radius-like half width) in viewBox units. */
export const markerRadius = 5;

/**
 * The marker of a series, centred on 0,0: circle for global Nvidia parts, square for Nvidia's
 * China variants, triangle for Chinese domestic chips (shape AND colour tell them apart).
 */
export function markerPath(series: ChipMarket, r = markerRadius): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (series) {
    case 'china-variant': {
      const s = f(r * 0.9);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'china-domestic': {
      const h = f(r * 1.15);
      return `M0,${-h}L${h},${f(h * 0.85)}L${-h},${f(h * 0.85)}Z`;
    }
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}

/**
 * Positions items on two log axes and places their labels. `first` ids get their labels placed
 * before the others (the H20 and its comparators should keep the best spots).
 */
export function plotPoints(
  items: readonly PlotItem[],
  x: LogAxis,
  y: LogAxis,
  bounds: Box,
  options: { fontSize: number; reserved?: readonly Box[]; first?: readonly string[] },
): PlottedPoint[] {
  const positioned = dodge(items.map((item) => ({ item, px: round(x.scale(item.x)), py: round(y.scale(item.y)) })));
  const priority = (id: string) => {
    const i = options.first?.indexOf(id) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  // Priority ids first, then left to right so that neighbours negotiate in a stable order.
  const order = [...positioned].sort(
    (a, b) => priority(a.item.id) - priority(b.item.id) || a.px - b.px || a.py - b.py || a.item.id.localeCompare(b.item.id),
  );
  const labels = placeLabels(
    order.map((p) => ({ id: p.item.id, x: p.px, y: p.py, r: markerRadius + 1, text: p.item.label })),
    bounds,
    { fontSize: options.fontSize, reserved: options.reserved ?? [] },
  );
  const byId = new Map(labels.map((l) => [l.id, l]));
  return positioned.map(({ item, px, py }) => ({ ...item, px, py, placed: byId.get(item.id)! }));
}

/**
 * Chips with the same figures (H100, H800 and H200 share TPP and density) would hide one
 * another: spread each group of coincident marks side by side, centred on the true position.
 */
export function dodge<T extends { item: { id: string }; px: number; py: number }>(points: T[]): T[] {
  const groups: T[][] = [];
  for (const p of points) {
    const group = groups.find((g) => Math.abs(g[0]!.px - p.px) <= 2 && Math.abs(g[0]!.py - p.py) <= 2);
    if (group) group.push(p);
    else groups.push([p]);
  }
  const step = markerRadius * 2 + 1;
  const moved = new Map<T, T>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const centre = group.reduce((sum, p) => sum + p.px, 0) / group.length;
    [...group]
      .sort((a, b) => a.item.id.localeCompare(b.item.id))
      .forEach((p, i) => moved.set(p, { ...p, px: round(centre + (i - (group.length - 1) / 2) * step) }));
  }
  return points.map((p) => moved.get(p) ?? p);
}

/** Rounds to 0.1 viewBox unit: small, stable SVG. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** One axis of a scatter chart: the column it reads and why a chip without it is left out. */
export interface PlotAxis {
  column: ColumnId;
  /** Shown in "Not plotted: <chip> (<reason>)". */
  missing: string;
}

/**
 * Splits the table's rows into points (both figures known) and the chips left out, with the
 * reason for each; systems (racks of many chips) are never plotted against single chips.
 */
export function plotRows(
  rows: readonly CompareRow[],
  x: PlotAxis,
  y: PlotAxis,
  systemReason: string,
): { items: PlotItem[]; notPlotted: { name: string; reason: string }[] } {
  const items: PlotItem[] = [];
  const notPlotted: { name: string; reason: string }[] = [];
  for (const row of rows) {
    const xCell = row.cells[x.column];
    const yCell = row.cells[y.column];
    if (row.form === 'system') notPlotted.push({ name: row.shortName, reason: systemReason });
    else if (typeof xCell.value !== 'number') notPlotted.push({ name: row.shortName, reason: x.missing });
    else if (typeof yCell.value !== 'number') notPlotted.push({ name: row.shortName, reason: y.missing });
    else
      items.push({
        id: row.id,
        label: row.shortName,
        series: row.market,
        x: xCell.value,
        y: yCell.value,
        estimate: xCell.estimate || yCell.estimate,
      });
  }
  return { items, notPlotted };
}
