import type { Track } from '../../schemas/event.ts';
import { chooseTicks, linearTime, type ScaleFactory, type Tick, type TickUnit } from './scale.ts';

/** What the layout needs to know about one event (dates already turned into a UTC period). */
export interface LayoutEvent {
  id: string;
  /** First instant of the event's period (UTC ms). */
  start: number;
  /** First instant after it: a day, a month or a quarter later. */
  end: number;
  track: Track;
  importance: 1 | 2 | 3;
  /** Label text, already shortened with `truncateLabel`. */
  label: string;
}

/** Sizes in pixels. The full timeline and the embedded one differ only here. */
export interface Geometry {
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  /** Strip at the top of a lane that holds its name. */
  laneHeader: number;
  /** Strip where the marks sit. */
  markRow: number;
  /** Height of one row of labels under the marks. */
  rowHeight: number;
  /** Rows of labels per lane; labels that fit in none are dropped (the mark keeps its tooltip). */
  labelRows: number;
  lanePadding: number;
  axisHeight: number;
  fontSize: number;
  /** Free space kept between two labels of a row. */
  labelGap: number;
}

/** The full timeline's geometry. */
export const FULL_GEOMETRY: Geometry = {
  marginLeft: 12,
  marginRight: 12,
  marginTop: 4,
  laneHeader: 18,
  markRow: 20,
  rowHeight: 15,
  labelRows: 3,
  lanePadding: 6,
  axisHeight: 36,
  fontSize: 12,
  labelGap: 10,
};

/** The embedded timeline's geometry: two label rows, smaller type. */
export const COMPACT_GEOMETRY: Geometry = {
  ...FULL_GEOMETRY,
  marginLeft: 8,
  marginRight: 8,
  laneHeader: 16,
  markRow: 18,
  rowHeight: 14,
  labelRows: 2,
  lanePadding: 4,
  fontSize: 11,
};

export interface LayoutOptions {
  /** Width in pixels of the drawing. */
  width: number;
  /** The whole time span `[start, end]` (UTC ms), e.g. from `paddedDomain`. */
  domain: readonly [number, number];
  /** The visible part of it after zooming; defaults to `domain`. */
  view?: readonly [number, number];
  /** Lanes, top to bottom. Defaults to every track in schema order. */
  tracks?: readonly Track[];
  /** Ids filtered out by the reader: their marks are hidden and their labels free room. */
  hidden?: ReadonlySet<string>;
  /** BCP 47 tag for axis labels; default `en-GB`. */
  intl?: string;
  geometry?: Geometry;
  /** Time-to-pixel mapping: the build passes d3-scale's (`d3TimeScale`); the browser a lighter equal one (default). */
  scale?: ScaleFactory;
}

export interface Lane {
  track: Track;
  /** Top of the lane band. */
  y: number;
  height: number;
  /** Vertical centre of the marks. */
  markY: number;
}

export interface Mark {
  id: string;
  track: Track;
  /** Centre of the mark: the middle of the event's period. */
  x: number;
  y: number;
  r: number;
  /** The period as a band, for month and quarter precision. */
  x0: number;
  x1: number;
  /** Inside the visible range and not filtered out. */
  visible: boolean;
}

export interface Label {
  id: string;
  /** Text anchor position (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  row: number;
  /** The box the text occupies; no two boxes overlap. */
  box: { x0: number; x1: number; y0: number; y1: number };
  /** Leader line from under the mark to the label's row. */
  leader: { x: number; y1: number; y2: number };
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: Lane[];
  marks: Mark[];
  /** Labels that found room; events without one show only their mark. */
  labels: Label[];
  axisY: number;
  unit: TickUnit;
  ticks: Tick[];
}

/** Lanes top to bottom (the schema's `tracks`, repeated here so browser code does not load zod). */
export const TRACK_ORDER: readonly Track[] = ['us-policy', 'china-policy', 'nvidia', 'market', 'competitors'];

/** Mark radius by importance (3 = turning point). */
export const MARK_RADIUS: Record<1 | 2 | 3, number> = { 1: 4, 2: 5.5, 3: 7.5 };

/**
 * Lays out a timeline: one lane per track, marks at the middle of each event's period,
 * labels placed greedily (turning points first) into the first label row of their lane
 * where neither the label nor its leader line touches another label, ticks for the visible span.
 * Pure and fast (1,000 events in a few milliseconds), so the browser re-runs it on every zoom.
 */
export function layoutTimeline(events: readonly LayoutEvent[], options: LayoutOptions): TimelineLayout {
  const g = options.geometry ?? FULL_GEOMETRY;
  const laneTracks = options.tracks ?? TRACK_ORDER;
  const view = options.view ?? options.domain;
  const hidden = options.hidden;
  const left = g.marginLeft;
  const right = Math.max(left + 1, options.width - g.marginRight);
  const laneHeight = g.laneHeader + g.markRow + g.labelRows * g.rowHeight + g.lanePadding;
  const lanes: Lane[] = laneTracks.map((track, i) => {
    const y = g.marginTop + i * laneHeight;
    return { track, y, height: laneHeight, markY: y + g.laneHeader + g.markRow / 2 };
  });
  const laneOf = new Map(lanes.map((lane, i) => [lane.track, i]));
  const axisY = g.marginTop + lanes.length * laneHeight;
  const scale = options.scale ?? linearTime;
  const x = scale(view, [left, right]);

  const marks: Mark[] = [];
  for (const e of events) {
    const lane = laneOf.get(e.track);
    if (lane === undefined) continue;
    const r = MARK_RADIUS[e.importance];
    const x0 = x(e.start);
    const x1 = x(e.end);
    const cx = (x0 + x1) / 2;
    const visible = !hidden?.has(e.id) && cx >= left - r && cx <= right + r;
    marks.push({ id: e.id, track: e.track, x: cx, y: lanes[lane]!.markY, r, x0, x1, visible });
  }

  const labels = placeLabels(events, marks, lanes, laneOf, g, left, right);
  const { unit, ticks } = chooseTicks(view, [left, right], options.intl ?? 'en-GB', scale);
  return {
    width: options.width,
    height: axisY + g.axisHeight,
    plot: { left, right, top: g.marginTop, bottom: axisY },
    lanes,
    marks,
    labels,
    axisY,
    unit,
    ticks,
  };
}

function placeLabels(
  events: readonly LayoutEvent[],
  marks: Mark[],
  lanes: Lane[],
  laneOf: Map<Track, number>,
  g: Geometry,
  left: number,
  right: number,
): Label[] {
  // taken[lane][row] = occupied [x0, x1] intervals (labels and leader lines crossing the row).
  const taken: number[][][] = lanes.map(() => Array.from({ length: g.labelRows }, () => []));
  const order = marks
    .map((mark, i) => ({ mark, event: events[i]! }))
    .filter(({ mark }) => mark.visible)
    .sort((a, b) => b.event.importance - a.event.importance || a.event.start - b.event.start || (a.event.id < b.event.id ? -1 : 1));
  const labels: Label[] = [];
  const half = 1.5;
  for (const { mark, event } of order) {
    if (!event.label) continue;
    const lane = laneOf.get(event.track)!;
    const rows = taken[lane]!;
    const w = textWidth(event.label, g.fontSize);
    let anchor: 'start' | 'end' = 'start';
    let x0 = Math.max(mark.x - 2, left);
    let x1 = mark.x + 3 + w;
    if (x1 > right) {
      anchor = 'end';
      x0 = mark.x - 3 - w;
      x1 = Math.min(mark.x + 2, right);
    }
    if (x0 < left || mark.x < left || mark.x > right) continue;
    for (let row = 0; row < g.labelRows; row++) {
      if (!free(rows[row]!, x0 - g.labelGap / 2, x1 + g.labelGap / 2)) continue;
      let leaderClear = true;
      for (let above = 0; above < row && leaderClear; above++) leaderClear = free(rows[above]!, mark.x - half, mark.x + half);
      if (!leaderClear) continue;
      rows[row]!.push(x0 - g.labelGap / 2, x1 + g.labelGap / 2);
      for (let above = 0; above < row; above++) rows[above]!.push(mark.x - half, mark.x + half);
      const top = lanes[lane]!.markY + g.markRow / 2 + row * g.rowHeight;
      const box = { x0, x1, y0: top + 1, y1: top + g.rowHeight - 1 };
      labels.push({
        id: event.id,
        x: anchor === 'start' ? mark.x + 2 : mark.x - 2,
        y: top + g.rowHeight - 4,
        anchor,
        row,
        box,
        leader: { x: mark.x, y1: mark.y + mark.r + 1, y2: top + 3 },
      });
      break;
    }
  }
  return labels;
}

/** True when `[a, b]` overlaps none of the intervals stored flat as `[x0, x1, x0, x1, …]`. */
function free(intervals: number[], a: number, b: number): boolean {
  for (let i = 0; i < intervals.length; i += 2) {
    if (a < intervals[i + 1]! && b > intervals[i]!) return false;
  }
  return true;
}

/**
 * Estimated width of a sans-serif label in pixels (Inter metrics, rounded up), so that
 * the build and the browser lay out the same way without measuring text.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if ("iljI.,;:!|'’ ".includes(ch)) em += 0.3;
    else if ('ftr()[]-'.includes(ch)) em += 0.4;
    else if ('mwMW'.includes(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.6;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Shortens a label to `maxWidth` pixels at a word boundary, ending it with "…". */
export function truncateLabel(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(' ');
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (textWidth(`${next}…`, fontSize) > maxWidth) break;
    out = next;
  }
  if (!out) {
    out = text;
    while (out && textWidth(`${out}…`, fontSize) > maxWidth) out = out.slice(0, -1);
  }
  return `${out.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * SVG path of a mark centred on 0,0: each track has its own shape as well as its colour,
 * so the lanes stay distinct without colour vision (circle, square, diamond, triangle, inverted triangle).
 */
export function markPath(track: Track, r: number): string {
  const n = (v: number) => Math.round(v * 100) / 100;
  switch (track) {
    case 'us-policy':
      return `M${n(r)},0A${n(r)},${n(r)} 0 1,1 ${n(-r)},0A${n(r)},${n(r)} 0 1,1 ${n(r)},0Z`;
    case 'china-policy': {
      const a = n(r * 0.88);
      return `M${-a},${-a}H${a}V${a}H${-a}Z`;
    }
    case 'nvidia': {
      const b = n(r * 1.22);
      return `M0,${-b}L${b},0L0,${b}L${-b},0Z`;
    }
    case 'market': {
      const c = r * 1.3;
      return `M0,${n(-c)}L${n(c * 0.95)},${n(c * 0.7)}L${n(-c * 0.95)},${n(c * 0.7)}Z`;
    }
    default: {
      const c = r * 1.3;
      return `M0,${n(c)}L${n(c * 0.95)},${n(-c * 0.7)}L${n(-c * 0.95)},${n(-c * 0.7)}Z`;
    }
  }
}
