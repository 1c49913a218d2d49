/**
 * The rule explorer's map: TPP (x, log) against performance density (y, log), with a strip under
 * it for chips whose die area is not published (TPP only). Two halves:
 *
 * - `explorerMapLayout` (build time): the axes, every guide any rule version draws, and every
 *   chip's place and label. None of it depends on the date, so nothing jumps when the date moves.
 * - `mapFrame` + `frameAttributes` (build time AND browser): what a date changes — which guides are
 *   in force, each chip's status, shown by the class (colour) and the path (shape) of its mark.
 *   The build renders the SVG's changing attributes from `frameAttributes`; the browser sets the
 *   same attributes from the same function on every date change, so the two cannot disagree.
 */
import { dodge, type PlotItem, plotPoints, type PlottedPoint, round } from '../compare/chart-points.ts';
import { type Frame, type LogAxis, logAxis } from '../compare/chart-scale.ts';
import { type FixedLabel, fixedLabel, tppDensityRegions } from '../compare/export-map.ts';
import { type Box, placeLabels } from '../compare/label-layout.ts';
import type { RuleCore } from '../rules/core.ts';
import type { EvaluationContext } from '../rules/evaluate.ts';
import { rulesInForce } from '../rules/in-force.ts';
import type { ExplorerChip } from './model.ts';
import { type ChipOnDay, chipsOnDay, type ExplorerStatus } from './status.ts';

/** A frame with a strip for TPP-only chips between the plot and the x axis. */
export interface ExplorerFrame extends Frame {
  /** Height of the TPP-only strip, in viewBox units. */
  strip: number;
  /** Gap between the plot and the strip. */
  gap: number;
}

/** The wide (desktop) and narrow (phone) drawings; CSS shows one of them. */
export const explorerFrames: Record<'wide' | 'narrow', ExplorerFrame> = {
  wide: { width: 720, height: 560, margin: { top: 14, right: 14, bottom: 44, left: 62 }, fontSize: 12, strip: 96, gap: 14 },
  narrow: { width: 400, height: 660, margin: { top: 12, right: 10, bottom: 44, left: 50 }, fontSize: 12, strip: 124, gap: 14 },
};

/** Mark half-size, as on the compare charts. */
export const MARK_RADIUS = 5;

/** One shape a rule version draws on the map. */
export type GuidePart =
  | { kind: 'region-a' | 'region-b'; d: string }
  /** A vertical line at a TPP value, through the plot and the strip. */
  | { kind: 'line'; x: number; y0: number; y1: number };

/** What one rule version draws (nothing, for versions whose lines are not on these axes). */
export interface MapGuide {
  /** Element key: `g-<rule id>`. */
  key: string;
  rule: string;
  parts: GuidePart[];
  labels: FixedLabel[];
  /** True when the line stands in for one never published (the August 2022 letters). */
  approximate: boolean;
}

/** The short texts a guide's labels use, e.g. "Oct 2022: TPP 4,800 and I/O". */
export interface GuideText {
  /** Label of a vertical line, by rule version; null to draw it unlabelled. */
  line: (rule: RuleCore, value: number) => string | null;
  regionA: string;
  regionB: string;
  /** Title of the TPP-only strip, e.g. "No published die area: TPP only". */
  stripTitle: string;
}

/** Everything that does not move with the date. */
export interface ExplorerMapLayout {
  frame: ExplorerFrame;
  /** The plot (TPP × density). */
  box: Box;
  /** The TPP-only strip, on the same x axis. */
  strip: Box;
  x: LogAxis;
  y: LogAxis;
  guides: MapGuide[];
  /** Chips with a TPP and a density. */
  points: PlottedPoint[];
  /** Chips with a TPP but no published die area. */
  stripPoints: PlottedPoint[];
  /** The strip's title position. */
  stripTitle: FixedLabel;
}

/** The chips the map can place, split by what they have. */
export function mapItems(chips: readonly ExplorerChip[]): { plot: PlotItem[]; strip: PlotItem[]; none: ExplorerChip[] } {
  const plot: PlotItem[] = [];
  const strip: PlotItem[] = [];
  const none: ExplorerChip[] = [];
  for (const c of chips) {
    const item = { id: c.id, label: c.shortName, series: c.market, x: c.tpp?.value ?? 0, y: c.density ?? 0 };
    if (!c.tpp) none.push(c);
    else if (c.density === null) strip.push({ ...item, estimate: c.tpp.estimate });
    else plot.push({ ...item, estimate: c.tpp.estimate || c.input.dieAreaMm2.estimate });
  }
  return { plot, strip, none };
}

/** The TPP values a rule version draws as vertical lines, or the zones it draws. */
function guideValues(rule: RuleCore, tppOfChip: (id: string) => number | null): { lines: number[]; regions: boolean } {
  const t = rule.test;
  switch (t.kind) {
    case 'named-chips-and-peers': {
      const ref = tppOfChip(t.referenceChip);
      return { lines: ref === null ? [] : [ref], regions: false };
    }
    case 'tpp-and-io':
      return { lines: [t.tppMin], regions: false };
    case 'tpp-and-density':
      return { lines: [], regions: true };
    case 'review-zone':
      return { lines: [t.tppMax], regions: false };
    default:
      return { lines: [], regions: false };
  }
}

/**
 * Lays out the map once for every date: log axes wide enough for every chip and every line any
 * version draws, the guides of every version, each chip's mark and label. Labels keep clear of
 * every guide label, whether or not its version is in force on a given day.
 *
 * @param first ids whose labels are placed first (the story's chips keep the best spots)
 */
export function explorerMapLayout(
  chips: readonly ExplorerChip[],
  rules: readonly RuleCore[],
  frame: ExplorerFrame,
  text: GuideText,
  first: readonly string[] = [],
): ExplorerMapLayout {
  const { plot, strip } = mapItems(chips);
  const fs = frame.fontSize;
  const box: Box = {
    x0: frame.margin.left,
    x1: frame.width - frame.margin.right,
    y0: frame.margin.top,
    y1: frame.height - frame.margin.bottom - frame.strip - frame.gap,
  };
  const stripBox: Box = { x0: box.x0, x1: box.x1, y0: box.y1 + frame.gap, y1: frame.height - frame.margin.bottom };
  const tppById = new Map(chips.map((c) => [c.id, c.tpp?.value ?? null]));
  const tppOfChip = (id: string) => tppById.get(id) ?? null;
  const drawn = rules.map((rule) => ({ rule, ...guideValues(rule, tppOfChip) }));
  const density = drawn.find((d) => d.regions)?.rule.test;
  const lineValues = drawn.flatMap((d) => d.lines);
  const regionTpp = density?.kind === 'tpp-and-density' ? [density.b2.tppMin, density.a.tppMin] : [];
  const regionPd = density?.kind === 'tpp-and-density' ? [density.b1.pdMin, density.a.pdMin] : [];
  const x = logAxis(
    [...plot, ...strip].map((i) => i.x),
    [box.x0, box.x1],
    { include: [Math.min(...lineValues, ...regionTpp) / 1.6, Math.max(...lineValues, ...regionTpp) * 1.3] },
  );
  const y = logAxis(
    plot.map((i) => i.y),
    [box.y1, box.y0],
    { include: regionPd.length ? [Math.min(...regionPd) / 1.3, Math.max(...regionPd) * 1.6] : [] },
  );
  const X = (v: number) => round(Math.min(Math.max(x.scale(v), box.x0), box.x1));
  const Y = (v: number) => round(Math.min(Math.max(y.scale(v), box.y0), box.y1));

  const guides: MapGuide[] = drawn
    .filter((d) => d.regions || d.lines.length)
    .map(({ rule, lines, regions }) => {
      const parts: GuidePart[] = [];
      const labels: FixedLabel[] = [];
      if (regions && rule.test.kind === 'tpp-and-density') {
        const t = rule.test;
        const { regionA, regionB } = tppDensityRegions(t, X, Y, box);
        parts.push({ kind: 'region-a', d: regionA }, { kind: 'region-b', d: regionB });
        labels.push(
          fixedLabel(text.regionA, box.x1 - 6, box.y0 + fs, 'end', fs),
          fixedLabel(text.regionB, (X(t.b2.tppMin) + X(t.a.tppMin)) / 2, (Y(t.a.pdMin) + Y(t.b2.pdMin)) / 2, 'middle', fs),
        );
      }
      for (const value of lines) {
        const px = X(value);
        parts.push({ kind: 'line', x: px, y0: box.y0, y1: stripBox.y1 });
        const label = text.line(rule, value);
        // A case-by-case ceiling reads to its left (the zone is below it); a floor to its right.
        const left = rule.test.kind === 'review-zone';
        if (label) labels.push(fixedLabel(label, left ? px - 5 : px + 5, box.y1 - fs * 0.8, left ? 'end' : 'start', fs));
      }
      return { key: `g-${rule.id}`, rule: rule.id, parts, labels, approximate: rule.test.kind === 'named-chips-and-peers' };
    });

  const reserved = guides.flatMap((g) => g.labels.map((l) => l.box));
  const points = plotPoints(
    plot,
    x,
    y,
    { x0: box.x0 + 2, x1: box.x1 - 2, y0: box.y0 + 2, y1: box.y1 - 2 },
    { fontSize: fs, reserved, first },
  );
  const stripTitle = fixedLabel(text.stripTitle, box.x0 + 4, stripBox.y0 + fs * 0.8, 'start', fs);
  const stripPoints = stripLayout(strip, x, stripBox, fs, [stripTitle.box], first);
  return { frame, box, strip: stripBox, x, y, guides, points, stripPoints, stripTitle };
}

/**
 * Places TPP-only chips along the strip: by TPP on the shared x axis, coincident marks side by
 * side, and marks that would still touch moved to a second or third row; labels placed inside
 * the strip like the plot's.
 */
function stripLayout(
  items: readonly PlotItem[],
  x: LogAxis,
  strip: Box,
  fontSize: number,
  reserved: Box[],
  first: readonly string[],
): PlottedPoint[] {
  const rowGap = MARK_RADIUS * 2 + 3;
  const rows: number[][] = [];
  // Exactly coincident marks side by side first (as on the plot), then rows for marks that still touch.
  const spread = dodge(items.map((item) => ({ item, px: round(x.scale(item.x)), py: 0 }))).sort(
    (a, b) => a.px - b.px || a.item.id.localeCompare(b.item.id),
  );
  const placed: { item: PlotItem; px: number; py: number }[] = [];
  const firstRow = strip.y0 + fontSize * 1.6 + MARK_RADIUS;
  for (const p of spread) {
    let row = rows.findIndex((r) => r.every((px) => Math.abs(px - p.px) >= MARK_RADIUS * 2 + 2));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(p.px);
    placed.push({ item: p.item, px: p.px, py: round(firstRow + row * rowGap) });
  }
  const priority = (id: string) => (first.includes(id) ? first.indexOf(id) : Number.MAX_SAFE_INTEGER);
  const order = [...placed].sort((a, b) => priority(a.item.id) - priority(b.item.id) || a.px - b.px || a.py - b.py);
  const labels = placeLabels(
    order.map((p) => ({ id: p.item.id, x: p.px, y: p.py, r: MARK_RADIUS + 1, text: p.item.label })),
    { x0: strip.x0 + 2, x1: strip.x1 - 2, y0: strip.y0 + 2, y1: strip.y1 - 2 },
    // The strip is short and crowded at ~8,000 (five Chinese chips): labels may go further out, with leaders.
    { fontSize, reserved, rings: [3, 10, 20, 34, 50, 66, 82] },
  );
  const byId = new Map(labels.map((l) => [l.id, l]));
  return placed.map(({ item, px, py }) => ({ ...item, px, py, placed: byId.get(item.id)! }));
}

/**
 * The mark of a status, centred on 0,0: shape AND colour tell statuses apart (WCAG 1.4.1).
 * Circle: no licence; triangle: licences granted; diamond: case by case; square: licence
 * required; cross: denial presumed; plus: cannot tell; small ring: not yet announced;
 * hexagon: not a US export.
 */
export function statusMarkPath(status: ExplorerStatus, r = MARK_RADIUS): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (status) {
    case 'not-controlled':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'licence-granted-revenue-share': {
      const h = f(r * 1.2);
      return `M0,${-h}L${h},${f(h * 0.85)}L${-h},${f(h * 0.85)}Z`;
    }
    case 'case-by-case': {
      const h = f(r * 1.3);
      return `M0,${-h}L${h},0L0,${h}L${-h},0Z`;
    }
    case 'licence-required': {
      const s = f(r * 0.9);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'presumption-of-denial': {
      // A thick ×: the outline of two crossed bars.
      const [a, b] = [f(r * 1.05), f(r * 0.4)];
      return `M${-a},${f(-a + b)}L${f(-a + b)},${-a}L0,${f(-b)}L${f(a - b)},${-a}L${a},${f(-a + b)}L${f(b)},0L${a},${f(a - b)}L${f(a - b)},${a}L0,${f(b)}L${f(-a + b)},${a}L${-a},${f(a - b)}L${f(-b)},0Z`;
    }
    case 'unknown': {
      const [a, b] = [f(r * 1.1), f(r * 0.38)];
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`;
    }
    case 'not-yet-announced': {
      const s = f(r * 0.6);
      return `M${s},0A${s},${s} 0 1,1 ${-s},0A${s},${s} 0 1,1 ${s},0Z`;
    }
    case 'not-us-export': {
      const [w, h] = [f(r * 1.1), f(r * 0.95)];
      const half = f(w / 2);
      return `M${-w},0L${-half},${-h}H${half}L${w},0L${half},${h}H${-half}Z`;
    }
  }
}

/** What a date changes on the map. */
export interface MapFrame {
  day: string;
  /** Rule ids whose guides are in force that day. */
  guides: string[];
  /** Each chip's standing that day. */
  chips: ChipOnDay[];
  /** The chip picked in the controls (its mark is outlined), or null. */
  selected: string | null;
}

/** The guides in force on a day (general dates: a notice to one maker moves that maker's chips' status, not the lines). */
export function guidesInForce(day: string, rules: readonly RuleCore[], guideRules: readonly string[]): string[] {
  const inForce = new Set(rulesInForce(day, rules).map((r) => r.rule.id));
  return guideRules.filter((id) => inForce.has(id));
}

/** The texts `frameAttributes` writes into points (status words and the date), in the page's language. */
export interface FrameText {
  /** The chip's name and figures, written once at build time, e.g. "H20. TPP 2,368, density 2.91." */
  describe: (chipId: string) => string;
  /** "On 15 April 2025: licence required." */
  onDay: (day: string, status: ExplorerStatus) => string;
  /** Said when the status rests on the contested April 2025 line. */
  contested: string;
  /** "If sparse throughput counted: {status}." */
  ifSparse: (status: ExplorerStatus) => string;
}

/** The elements a frame changes: every guide, every chip (same keys in the wide and narrow drawings). */
export interface FrameTargets {
  guides: readonly Pick<MapGuide, 'key' | 'rule' | 'approximate'>[];
  points: readonly { id: string; estimate: boolean }[];
}

/** The targets of a layout, as plain data (sent to the browser with the page). */
export function frameTargets(layout: Pick<ExplorerMapLayout, 'guides' | 'points' | 'stripPoints'>): FrameTargets {
  return {
    guides: layout.guides.map(({ key, rule, approximate }) => ({ key, rule, approximate })),
    points: [...layout.points, ...layout.stripPoints].map(({ id, estimate }) => ({ id, estimate })),
  };
}

/** Attributes of one element, by name. */
export type Attributes = Record<string, string>;

/**
 * The attributes a frame sets, by element key (`data-k`): for each guide its class (shown or
 * not); for each chip its link's class (status colour, estimate, contested, selected), label and
 * tooltip lines, and its mark's path (status shape). The build spreads them into the SVG; the
 * browser sets them on the same elements.
 */
export function frameAttributes(frame: MapFrame, targets: FrameTargets, text: FrameText): Map<string, Attributes> {
  const out = new Map<string, Attributes>();
  const shown = new Set(frame.guides);
  for (const g of targets.guides)
    out.set(g.key, { class: `guide${g.approximate ? ' guide-approx' : ''}${shown.has(g.rule) ? '' : ' guide-off'}` });
  const onDay = new Map(frame.chips.map((c) => [c.id, c]));
  // One sentence per status that day, not one per chip.
  const said = new Map<ExplorerStatus, string>();
  const sentence = (status: ExplorerStatus) => said.get(status) ?? said.set(status, text.onDay(frame.day, status)).get(status)!;
  for (const p of targets.points) {
    const c = onDay.get(p.id);
    if (!c) continue;
    const lines = [sentence(c.status)];
    if (c.contested) lines.push(text.contested);
    if (c.ifSparse) lines.push(text.ifSparse(c.ifSparse));
    const classes = ['pt', `st-${c.status}`];
    if (p.estimate) classes.push('pt-est');
    if (c.contested) classes.push('pt-contested');
    if (frame.selected === p.id) classes.push('pt-selected');
    out.set(`p-${p.id}`, {
      class: classes.join(' '),
      'aria-label': `${text.describe(p.id)} ${lines.join(' ')}`,
      'data-lines': lines.join('\n'),
    });
    out.set(`m-${p.id}`, { d: statusMarkPath(c.status) });
  }
  return out;
}

/** The frame of a day: guides in force, every chip's standing, the selected chip. */
export function mapFrame(
  chips: readonly ExplorerChip[],
  rules: readonly RuleCore[],
  ctx: EvaluationContext,
  guideRules: readonly string[],
  day: string,
  selected: string | null,
): MapFrame {
  return { day, guides: guidesInForce(day, rules, guideRules), chips: chipsOnDay(chips, day, rules, ctx), selected };
}

/** What `applyAttributes` needs of an element (a DOM element, or a stand-in in tests). */
export interface AttributeTarget {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

/**
 * Sets a frame's attributes on the elements of each key: the browser's whole redraw. Values that
 * already match are left alone (no style recalculation for unchanged marks).
 */
export function applyAttributes(keyed: ReadonlyMap<string, readonly AttributeTarget[]>, attrs: ReadonlyMap<string, Attributes>): void {
  for (const [key, values] of attrs) {
    for (const target of keyed.get(key) ?? []) {
      for (const name in values) if (target.getAttribute(name) !== values[name]) target.setAttribute(name, values[name]!);
    }
  }
}
