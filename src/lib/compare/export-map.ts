import { oct2022, oct2023 } from '../chips/thresholds.ts';
import { type PlotItem, plotPoints, type PlottedPoint, round } from './chart-points.ts';
import { type Frame, type LogAxis, logAxis, plotBox } from './chart-scale.ts';
import { type Box, estimateTextWidth } from './label-layout.ts';

/** A short text drawn in the chart at a fixed place (region names, the 2022 line). */
export interface FixedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Everything the export-control map draws, in viewBox units. */
export interface ExportMapLayout {
  frame: Frame;
  box: { x0: number; x1: number; y0: number; y1: number };
  x: LogAxis;
  y: LogAxis;
  /** October 2023, 3A090.a: TPP ≥ 4,800, or TPP ≥ 1,600 with PD ≥ 5.92 (SVG path). */
  regionA: string;
  /** October 2023, 3A090.b grey zone (SVG path). */
  regionB: string;
  /** October 2022: the vertical line at TPP 4,800 (the I/O half of the test cannot be drawn here). */
  line2022: { x: number; y0: number; y1: number };
  labels: { a: FixedLabel; b: FixedLabel; line2022: FixedLabel };
  points: PlottedPoint[];
}

/** A label at a fixed place, with the box it covers (estimated width), for label placement to avoid. */
export function fixedLabel(text: string, x: number, y: number, anchor: FixedLabel['anchor'], fontSize: number): FixedLabel {
  const w = estimateTextWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { text, x: round(x), y: round(y), anchor, box: { x0, x1: x0 + w, y0: y - fontSize * 0.6, y1: y + fontSize * 0.6 } };
}

/** The lines of a TPP-and-density rule (October 2023): 3A090.a, and the two branches of 3A090.b. */
export interface TppDensityRegionLines {
  a: { tppMin: number; tppWithPdMin: number; pdMin: number };
  b1: { tppMin: number; pdMin: number };
  b2: { tppMin: number; pdMin: number };
}

/**
 * The two zones of a TPP-and-density rule as SVG paths, given the positions of values on each
 * axis (already clamped to the plot): 3A090.a (TPP ≥ a.tppMin, or TPP ≥ a.tppWithPdMin with
 * PD ≥ a.pdMin) and the 3A090.b grey zone below it. Shared by the compare page's map and the
 * rule explorer's, which reads the lines from the rule data.
 */
export function tppDensityRegions(
  lines: TppDensityRegionLines,
  X: (tpp: number) => number,
  Y: (pd: number) => number,
  box: { x1: number; y0: number; y1: number },
): { regionA: string; regionB: string } {
  const { a, b1, b2 } = lines;
  const [top, bottom, right] = [box.y0, box.y1, box.x1];
  return {
    regionA: `M${X(a.tppWithPdMin)},${top}H${right}V${bottom}H${X(a.tppMin)}V${Y(a.pdMin)}H${X(a.tppWithPdMin)}Z`,
    regionB: `M${X(b2.tppMin)},${Y(a.pdMin)}H${X(a.tppMin)}V${Y(b1.pdMin)}H${X(b1.tppMin)}V${Y(b2.pdMin)}H${X(b2.tppMin)}Z`,
  };
}

/**
 * Lays out the export-control map: TPP (x, log) against performance density (y, log), the
 * October 2023 zones as shaded polygons, the October 2022 TPP line, and every chip.
 * Threshold values come from `src/lib/chips/thresholds.ts`.
 *
 * @param items chips with x = TPP and y = performance density
 * @param text short labels for the two regions and the 2022 line
 */
export function exportMapLayout(
  items: readonly PlotItem[],
  frame: Frame,
  text: { a: string; b: string; line2022: string },
  first: readonly string[] = [],
): ExportMapLayout {
  const box = plotBox(frame);
  const a = oct2023.a;
  const x = logAxis(
    items.map((i) => i.x),
    [box.x0, box.x1],
    { include: [oct2023.b2.tppMin / 1.6, oct2022.tppMin * 2] },
  );
  const y = logAxis(
    items.map((i) => i.y),
    [box.y1, box.y0],
    { include: [oct2023.b1.pdMin / 1.3, a.pdMin * 1.6] },
  );
  const X = (v: number) => round(Math.min(Math.max(x.scale(v), box.x0), box.x1));
  const Y = (v: number) => round(Math.min(Math.max(y.scale(v), box.y0), box.y1));
  const [top, bottom, right] = [box.y0, box.y1, box.x1];

  const { regionA, regionB } = tppDensityRegions(oct2023, X, Y, box);
  const b2 = oct2023.b2;

  const fs = frame.fontSize;
  const labels = {
    a: fixedLabel(text.a, right - 6, top + fs, 'end', fs),
    b: fixedLabel(text.b, (X(b2.tppMin) + X(a.tppMin)) / 2, (Y(a.pdMin) + Y(b2.pdMin)) / 2, 'middle', fs),
    line2022: fixedLabel(text.line2022, X(oct2022.tppMin) + 5, bottom - fs * 0.8, 'start', fs),
  };
  const points = plotPoints(
    items,
    x,
    y,
    { x0: box.x0 + 2, x1: box.x1 - 2, y0: box.y0 + 2, y1: box.y1 - 2 },
    {
      fontSize: fs,
      reserved: [labels.a.box, labels.b.box, labels.line2022.box],
      first,
    },
  );
  return { frame, box, x, y, regionA, regionB, line2022: { x: X(oct2022.tppMin), y0: top, y1: bottom }, labels, points };
}
