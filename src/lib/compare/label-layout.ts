/**
 * Places point labels so that they overlap neither each other, nor other points, nor reserved
 * areas (region labels), and stay inside the plot. Greedy and deterministic: points are served
 * in the order given (put the story's chips first), each takes the first free spot from a fixed
 * list of candidates around it, moving further out ring by ring (a leader line then joins label
 * and point). Without a browser the text width is estimated from character classes.
 */

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A point to label. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  /** Radius of the point's mark (labels keep clear of it). */
  r: number;
  text: string;
}

/** Where a label goes: the text's anchor point (baseline) and alignment. */
export interface PlacedLabel {
  id: string;
  /** Text position (SVG `x`, `y` with `dominant-baseline: middle`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** True when the label sits away from its point and needs a leader line. */
  leader: boolean;
  /** True when no free spot was found; the label is placed at the least-crowded spot anyway. */
  overlaps: boolean;
}

const narrow = /[iljtfI.,:;'|!()\s]/;
const wide = /[MWmw@%]/;

/** Estimated width of `text` in a sans-serif font of `fontSize` (no DOM at build time). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += narrow.test(ch) ? 0.3 : wide.test(ch) ? 0.85 : /[A-Z0-9]/.test(ch) ? 0.64 : 0.55;
  return units * fontSize;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

// Directions in order of preference: right, left, up-right, down-right, up-left, down-left, up, down.
const directions: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

function candidate(
  p: LabelRequest,
  dir: [number, number],
  distance: number,
  width: number,
  height: number,
): Omit<PlacedLabel, 'id' | 'leader' | 'overlaps'> {
  const [dx, dy] = dir;
  const gap = p.r + distance;
  const cx = p.x + dx * gap;
  const cy = p.y + dy * (dx === 0 ? gap + height / 2 : gap * 0.7 + (dy ? height / 2 : 0));
  const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const x0 = anchor === 'start' ? cx : anchor === 'end' ? cx - width : cx - width / 2;
  return { x: cx, y: cy, anchor, box: { x0, x1: x0 + width, y0: cy - height / 2, y1: cy + height / 2 } };
}

/**
 * Places one label per request.
 *
 * @param requests points in priority order
 * @param bounds the box labels must stay in (usually the plot)
 * @param options `fontSize` for the width estimate, `reserved` boxes to avoid, `rings` distances to try
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  options: { fontSize: number; reserved?: readonly Box[]; rings?: readonly number[] },
): PlacedLabel[] {
  const rings = options.rings ?? [3, 10, 20, 34];
  const height = options.fontSize * 1.2;
  const marks: Box[] = requests.map((p) => ({ x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r }));
  const taken: Box[] = [...(options.reserved ?? [])];
  const placed: PlacedLabel[] = [];
  for (const p of requests) {
    const width = estimateTextWidth(p.text, options.fontSize) + 2;
    let best: { c: ReturnType<typeof candidate>; ring: number; cost: number } | undefined;
    search: for (const [ring, distance] of rings.entries()) {
      for (const dir of directions) {
        const c = candidate(p, dir, distance, width, height);
        if (!inside(c.box, bounds)) continue;
        const cost = [...taken, ...marks].reduce((sum, b) => sum + overlapArea(c.box, b), 0);
        if (cost === 0) {
          best = { c, ring, cost };
          break search;
        }
        if (!best || cost < best.cost) best = { c, ring, cost };
      }
    }
    // Nothing inside the bounds at all (tiny plots): fall back to the right of the point.
    const chosen = best ?? { c: candidate(p, [1, 0], rings[0] ?? 3, width, height), ring: 0, cost: 1 };
    taken.push(chosen.c.box);
    placed.push({ id: p.id, ...chosen.c, leader: chosen.ring >= 2, overlaps: chosen.cost > 0 });
  }
  return placed;
}

/** The point of `box` closest to (x, y): where a leader line from the point should end. */
export function leaderEnd(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, box.x0), box.x1), y: Math.min(Math.max(y, box.y0), box.y1) };
}
