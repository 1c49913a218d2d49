import { describe, expect, it } from 'vitest';

import { bandwidthLayout, clipGuide, distinctRanges } from '../../../src/lib/compare/bandwidth-map.ts';
import { plotRows } from '../../../src/lib/compare/chart-points.ts';
import { dodge, markerPath, markerRadius, type PlotItem } from '../../../src/lib/compare/chart-points.ts';
import { logAxis, tickFormat } from '../../../src/lib/compare/chart-scale.ts';
import { exportMapLayout } from '../../../src/lib/compare/export-map.ts';
import { estimateTextWidth, leaderEnd, overlaps, placeLabels } from '../../../src/lib/compare/label-layout.ts';
import { compareRows } from '../../../src/lib/compare/rows.ts';
import { fixtureChips } from '../../fixtures/compare/chips.ts';

const frame = { width: 720, height: 440, margin: { top: 16, right: 16, bottom: 48, left: 56 }, fontSize: 12 };

describe('logAxis', () => {
  it('covers the data and the included thresholds', () => {
    const axis = logAxis([2368, 15832], [0, 600], { include: [1000] });
    const [d0, d1] = axis.scale.domain() as [number, number];
    expect(d0).toBeLessThanOrEqual(800);
    expect(d1).toBeGreaterThanOrEqual(15832 * 1.25);
  });
  it('keeps round ticks inside the domain, in order', () => {
    const axis = logAxis([1, 30], [0, 300]);
    const values = axis.ticks.map((t) => t.value);
    expect(values).toEqual([1, 2, 5, 10, 20]);
    expect(axis.ticks.every((t, i, a) => i === 0 || t.position > a[i - 1]!.position)).toBe(true);
  });
  it('thins ticks over many decades', () => {
    expect(logAxis([100, 1_000_000], [0, 300]).ticks.map((t) => t.value)).toEqual([100, 1000, 10000, 100000, 1000000]);
  });
});

describe('tickFormat', () => {
  it('groups thousands per language', () => {
    expect(tickFormat('en')(10000)).toBe('10,000');
    expect(tickFormat('fr')(10000)).toBe('10\u202f000');
    expect(tickFormat('fr')(0.5)).toBe('0,5');
    expect(tickFormat('en')(5.92)).toBe('5.92');
  });
});

describe('placeLabels', () => {
  const bounds = { x0: 0, x1: 400, y0: 0, y1: 300 };
  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ id: 'a', x: 100, y: 100, r: 5, text: 'H20' }], bounds, { fontSize: 12 });
    expect(label!.anchor).toBe('start');
    expect(label!.x).toBeGreaterThan(105);
    expect(label!.overlaps).toBe(false);
  });
  it('keeps labels of nearby points apart and inside the bounds', () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, x: 200 + i * 3, y: 150 + i * 3, r: 5, text: `Chip ${i}` }));
    const labels = placeLabels(points, bounds, { fontSize: 12 });
    for (const [i, a] of labels.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(400);
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });
  it('flips to the left at the right edge and avoids reserved boxes', () => {
    const [edge] = placeLabels([{ id: 'a', x: 395, y: 100, r: 5, text: 'Rubin' }], bounds, { fontSize: 12 });
    expect(edge!.anchor).toBe('end');
    const reserved = { x0: 100, x1: 200, y0: 90, y1: 110 };
    const [avoid] = placeLabels([{ id: 'a', x: 95, y: 100, r: 5, text: 'H20' }], bounds, { fontSize: 12, reserved: [reserved] });
    expect(overlaps(avoid!.box, reserved)).toBe(false);
  });
  it('is deterministic', () => {
    const points = [
      { id: 'a', x: 10, y: 10, r: 5, text: 'A' },
      { id: 'b', x: 12, y: 12, r: 5, text: 'B' },
    ];
    expect(placeLabels(points, bounds, { fontSize: 12 })).toEqual(placeLabels(points, bounds, { fontSize: 12 }));
  });
});

describe('estimateTextWidth and leaderEnd', () => {
  it('grows with the text and the font', () => {
    expect(estimateTextWidth('Ascend 910C', 12)).toBeGreaterThan(estimateTextWidth('H20', 12));
    expect(estimateTextWidth('H20', 24)).toBeCloseTo(2 * estimateTextWidth('H20', 12));
  });
  it('ends a leader on the box edge nearest the point', () => {
    expect(leaderEnd({ x0: 10, x1: 20, y0: 10, y1: 20 }, 0, 15)).toEqual({ x: 10, y: 15 });
  });
});

describe('dodge', () => {
  it('spreads coincident points around their true position and leaves others alone', () => {
    const pts = [
      { item: { id: 'h800' }, px: 100, py: 50 },
      { item: { id: 'h100' }, px: 100, py: 50 },
      { item: { id: 'h200' }, px: 100.5, py: 50 },
      { item: { id: 'h20' }, px: 10, py: 80 },
    ];
    const out = dodge(pts);
    const xs = Object.fromEntries(out.map((p) => [p.item.id, p.px]));
    expect(xs.h100).toBeCloseTo(100.17 - (2 * markerRadius + 1), 0);
    expect(xs.h800).toBeGreaterThan(xs.h200!);
    expect(xs.h20).toBe(10);
  });
});

describe('markerPath', () => {
  it('draws a different shape per market', () => {
    const shapes = new Set([markerPath('global'), markerPath('china-variant'), markerPath('china-domestic')]);
    expect(shapes.size).toBe(3);
    expect(markerPath('global')).toContain('A');
  });
});

const mapItems: PlotItem[] = [
  { id: 'h20', label: 'H20', series: 'china-variant', x: 2368, y: 2.91, estimate: false },
  { id: 'h100', label: 'H100', series: 'global', x: 15832, y: 19.45, estimate: false },
  { id: 'a800', label: 'A800', series: 'china-variant', x: 4992, y: 6.04, estimate: false },
  { id: 'b30a', label: 'B30A', series: 'china-variant', x: 28000, y: 35, estimate: true },
];

describe('exportMapLayout', () => {
  const layout = exportMapLayout(mapItems, frame, { a: '3A090.a', b: '3A090.b', line2022: '2022' }, ['h20']);
  it('plots every item inside the plot', () => {
    expect(layout.points.map((p) => p.id).sort()).toEqual(['a800', 'b30a', 'h100', 'h20']);
    for (const p of layout.points) {
      expect(p.px).toBeGreaterThanOrEqual(layout.box.x0);
      expect(p.px).toBeLessThanOrEqual(layout.box.x1);
      expect(p.py).toBeGreaterThanOrEqual(layout.box.y0);
      expect(p.py).toBeLessThanOrEqual(layout.box.y1);
    }
  });
  it('draws the 2022 line at TPP 4,800 and the zones from the rule values', () => {
    expect(layout.line2022.x).toBeCloseTo(layout.x.scale(4800), 0);
    expect(layout.regionA.startsWith(`M${Math.round(layout.x.scale(1600) * 10) / 10},`)).toBe(true);
    expect(layout.regionB).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+Z$/);
  });
  it('puts higher density higher up', () => {
    const y = (id: string) => layout.points.find((p) => p.id === id)!.py;
    expect(y('h100')).toBeLessThan(y('h20'));
  });
  it('keeps point labels off the fixed labels', () => {
    for (const p of layout.points) for (const l of Object.values(layout.labels)) expect(overlaps(p.placed.box, l.box)).toBe(false);
  });
});

describe('clipGuide', () => {
  it('clips a constant-ratio line to the domain box', () => {
    const seg = clipGuide(10, [100, 10000], [1, 10])!;
    expect(seg[0]).toEqual([100, 1]);
    expect(seg[1]).toEqual([1000, 10]);
  });
  it('is null when the line misses the box', () => {
    expect(clipGuide(1000, [100, 1000], [0.1, 1])).toBeNull();
  });
});

describe('bandwidthLayout', () => {
  const items: PlotItem[] = [
    { id: 'h20', label: 'H20', series: 'china-variant', x: 148, y: 4, estimate: false },
    { id: 'h100', label: 'H100', series: 'global', x: 989, y: 3.35, estimate: false },
    { id: 'ascend-910c', label: 'Ascend 910C', series: 'china-domestic', x: 780, y: 3.2, estimate: true },
  ];
  const layout = bandwidthLayout(items, frame, (v) => `${v} GB/s per TFLOPS`, ['h20']);
  it('draws guides that cross the plot, with the H20 above the H100 guide', () => {
    expect(layout.guides.length).toBeGreaterThan(0);
    for (const g of layout.guides) {
      expect(g.x0).toBeLessThan(g.x1);
      expect(g.y1).toBeLessThan(g.y0);
    }
  });
  it('plots bandwidth upwards and compute rightwards', () => {
    const p = (id: string) => layout.points.find((q) => q.id === id)!;
    expect(p('h20').py).toBeLessThan(p('h100').py);
    expect(p('h20').px).toBeLessThan(p('h100').px);
  });
  it('draws no estimate band unless given one', () => {
    expect(layout.line).toBeNull();
  });
});

describe('bandwidthLayout with estimates of an unpublished line', () => {
  const items: PlotItem[] = [
    { id: 'h20', label: 'H20', series: 'china-variant', x: 148, y: 4, estimate: false },
    { id: 'h100', label: 'H100', series: 'global', x: 989, y: 3.35, estimate: false },
  ];
  const estimates = [
    { low: 1.7, high: 1.8 },
    { low: 1.4, high: 1.4 },
    { low: 1.4, high: 1.4 },
  ];
  const layout = bandwidthLayout(items, frame, String, [], { estimates, text: 'line' });
  it('keeps one band per distinct range, lowest first', () => {
    expect(distinctRanges(estimates)).toEqual([
      { low: 1.4, high: 1.4 },
      { low: 1.7, high: 1.8 },
    ]);
    expect(layout.line!.bands.map((b) => b.low)).toEqual([1.4, 1.7]);
  });
  it('widens the axis to include the estimates, and places a higher range higher up', () => {
    const [d0] = layout.y.scale.domain() as [number, number];
    expect(d0).toBeLessThan(1.4);
    const [low, high] = layout.line!.bands;
    expect(high!.y1).toBeLessThan(low!.y0);
    expect(high!.y1 - high!.y0).toBeGreaterThan(1.5);
    expect(low!.y1 - low!.y0).toBeCloseTo(1.5);
  });
  it('puts the label above the highest band, inside the plot, and keeps chip labels off it', () => {
    const { label } = layout.line!;
    expect(label.y).toBeLessThan(layout.line!.bands[1]!.y0);
    expect(label.box.x1).toBeLessThanOrEqual(layout.box.x1);
    for (const p of layout.points) expect(overlaps(p.placed.box, label.box)).toBe(false);
  });
});

describe('plotRows', () => {
  const rows = compareRows(fixtureChips());
  const result = plotRows(rows, { column: 'tpp', missing: 'no TPP' }, { column: 'density', missing: 'no die area' }, 'a system');

  it('plots chips with both figures and says why the others are left out', () => {
    expect(result.items.length + result.notPlotted.length).toBe(rows.length);
    expect(result.items.every((i) => Number.isFinite(i.x) && Number.isFinite(i.y))).toBe(true);
    expect(result.notPlotted.find((n) => n.name.includes('CloudMatrix'))?.reason).toBe('a system');
  });
  it('draws a point hollow when either figure is an estimate', () => {
    const b30a = result.items.find((i) => i.id === 'b30a');
    expect(b30a?.estimate).toBe(true);
  });
});
