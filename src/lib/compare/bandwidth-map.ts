import { type PlotItem, plotPoints, type PlottedPoint, round } from './chart-points.ts';
import { type Frame, type LogAxis, logAxis, plotBox } from './chart-scale.ts';
import { type Box, estimateTextWidth } from './label-layout.ts';

/** A diagonal of constant bandwidth per TFLOPS, clipped to the plot. */
export interface Guide {
  /** GB/s per TFLOPS. */
  value: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Where its label goes: centred near the upper end, just above the line, rotated along it. */
  label: { text: string; x: number; y: number; angle: number; box: Box };
}

/** An estimate of a memory-bandwidth line nobody published, as a range in TB/s (low = high for one figure). */
export interface LineEstimate {
  low: number;
  high: number;
}

/**
 * The estimates of one unpublished line drawn across the plot: one band per distinct range, and
 * one label above the highest, at the right end (where no chip sits at that bandwidth).
 */
export interface EstimateBands {
  bands: { low: number; high: number; y0: number; y1: number }[];
  x0: number;
  x1: number;
  label: { text: string; x: number; y: number; box: Box };
}

/** Everything the bandwidth chart draws, in viewBox units. */
export interface BandwidthLayout {
  frame: Frame;
  box: { x0: number; x1: number; y0: number; y1: number };
  x: LogAxis;
  y: LogAxis;
  guides: Guide[];
  /** The April 2025 letter's line, when estimates are given. */
  line: EstimateBands | null;
  points: PlottedPoint[];
}

/** The distinct ranges among the estimates, lowest first (two readings of the same figure draw one band). */
export function distinctRanges(estimates: readonly LineEstimate[]): LineEstimate[] {
  const seen = new Map(estimates.map((e) => [`${e.low}-${e.high}`, { low: e.low, high: e.high }]));
  return [...seen.values()].sort((a, b) => a.low - b.low || a.high - b.high);
}

/** Candidate guide values (GB/s per TFLOPS); those crossing the plot are drawn. */
export const guideValues = [1, 2, 5, 10, 20, 50, 100] as const;

/**
 * The segment of the line `bandwidth (TB/s) = k × compute (TFLOPS) / 1000` inside the data
 * domain, or null when it misses the plot. Works in log space, where the line is straight.
 */
export function clipGuide(k: number, xDomain: [number, number], yDomain: [number, number]): [[number, number], [number, number]] | null {
  const yAt = (x: number) => (k * x) / 1000;
  const xAt = (y: number) => (y * 1000) / k;
  const start: [number, number] = yAt(xDomain[0]) >= yDomain[0] ? [xDomain[0], yAt(xDomain[0])] : [xAt(yDomain[0]), yDomain[0]];
  const end: [number, number] = yAt(xDomain[1]) <= yDomain[1] ? [xDomain[1], yAt(xDomain[1])] : [xAt(yDomain[1]), yDomain[1]];
  if (start[0] >= end[0] || start[1] > yDomain[1] || end[1] < yDomain[0]) return null;
  return [start, end];
}

/**
 * Lays out the chart of memory bandwidth (y, TB/s, log) against dense FP16/BF16 compute
 * (x, TFLOPS, log), with diagonal guides of equal bandwidth per TFLOPS.
 *
 * @param items chips with x = dense TFLOPS and y = TB/s
 * @param guideText formats a guide's label from its value
 * @param line estimates of an unpublished bandwidth line (TB/s) and the label drawn above them
 */
export function bandwidthLayout(
  items: readonly PlotItem[],
  frame: Frame,
  guideText: (value: number) => string,
  first: readonly string[] = [],
  line: { estimates: readonly LineEstimate[]; text: string } | null = null,
): BandwidthLayout {
  const box = plotBox(frame);
  const ranges = line ? distinctRanges(line.estimates) : [];
  const x = logAxis(
    items.map((i) => i.x),
    [box.x0, box.x1],
    { pad: 1.4 },
  );
  const y = logAxis(
    items.map((i) => i.y),
    [box.y1, box.y0],
    { pad: 1.4, include: ranges.flatMap((r) => [r.low, r.high]) },
  );
  const xd = x.scale.domain() as [number, number];
  const yd = y.scale.domain() as [number, number];
  const fs = frame.fontSize * 0.92;
  const guides: Guide[] = [];
  for (const value of guideValues) {
    const seg = clipGuide(value, xd, yd);
    if (!seg) continue;
    const [[ax, ay], [bx, by]] = seg;
    const p0 = { x: round(x.scale(ax)), y: round(y.scale(ay)) };
    const p1 = { x: round(x.scale(bx)), y: round(y.scale(by)) };
    // Skip stubs too short to read.
    if (Math.hypot(p1.x - p0.x, p1.y - p0.y) < 80) continue;
    const text = guideText(value);
    const w = estimateTextWidth(text, fs);
    const length = Math.hypot(p1.x - p0.x, p1.y - p0.y);
    const [ux, uy] = [(p1.x - p0.x) / length, (p1.y - p0.y) / length];
    const back = w / 2 + 12;
    const cx = p1.x - ux * back + uy * fs * 0.7;
    const cy = p1.y - uy * back - ux * fs * 0.7;
    const hx = Math.abs(ux) * (w / 2) + Math.abs(uy) * fs * 0.6;
    const hy = Math.abs(uy) * (w / 2) + Math.abs(ux) * fs * 0.6;
    const angle = round((Math.atan2(uy, ux) * 180) / Math.PI);
    guides.push({
      value,
      x0: p0.x,
      y0: p0.y,
      x1: p1.x,
      y1: p1.y,
      label: { text, x: round(cx), y: round(cy), angle, box: { x0: cx - hx, x1: cx + hx, y0: cy - hy, y1: cy + hy } },
    });
  }
  let estimateBands: EstimateBands | null = null;
  if (line && ranges.length) {
    // A single figure still gets a visible band (1.5 units), so a range and a figure look alike.
    const bands = ranges.map((r) => {
      const [top, bottom] = [round(y.scale(r.high)), round(y.scale(r.low))];
      const mid = (top + bottom) / 2;
      return { ...r, y0: Math.min(top, mid - 0.75), y1: Math.max(bottom, mid + 0.75) };
    });
    const w = estimateTextWidth(line.text, fs);
    const lx = box.x1 - 6;
    const ly = round(Math.min(...bands.map((b) => b.y0)) - fs * 0.75);
    estimateBands = {
      bands,
      x0: box.x0,
      x1: box.x1,
      label: { text: line.text, x: lx, y: ly, box: { x0: lx - w, x1: lx, y0: ly - fs * 0.6, y1: ly + fs * 0.6 } },
    };
  }
  const points = plotPoints(
    items,
    x,
    y,
    { x0: box.x0 + 2, x1: box.x1 - 2, y0: box.y0 + 2, y1: box.y1 - 2 },
    {
      fontSize: frame.fontSize,
      reserved: [...guides.map((g) => g.label.box), ...(estimateBands ? [estimateBands.label.box] : [])],
      first,
    },
  );
  return { frame, box, x, y, guides, line: estimateBands, points };
}
