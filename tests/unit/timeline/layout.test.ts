import { describe, expect, it } from 'vitest';

import {
  COMPACT_GEOMETRY,
  FULL_GEOMETRY,
  type Label,
  type LayoutEvent,
  layoutTimeline,
  MARK_RADIUS,
  markPath,
  textWidth,
  type TimelineLayout,
  TRACK_ORDER,
  truncateLabel,
} from '../../../src/lib/timeline/layout.ts';
import { paddedDomain } from '../../../src/lib/timeline/scale.ts';
import { tracks } from '../../../src/schemas/event.ts';
import { syntheticEvents } from '../../fixtures/timeline/synthetic.ts';

const day = 864e5;
const domain = [Date.UTC(2022, 0, 1), Date.UTC(2027, 0, 1)] as const;

function overlaps(a: Label['box'], b: Label['box']): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function expectNoCollisions(layout: TimelineLayout): void {
  const { labels } = layout;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlaps(labels[i]!.box, labels[j]!.box)) throw new Error(`labels ${labels[i]!.id} and ${labels[j]!.id} overlap`);
    }
    // No leader line runs through another label.
    const { leader } = labels[i]!;
    for (const other of labels) {
      if (other === labels[i]) continue;
      const crosses = leader.x > other.box.x0 && leader.x < other.box.x1 && leader.y1 < other.box.y1 && leader.y2 > other.box.y0;
      if (crosses) throw new Error(`leader of ${labels[i]!.id} crosses label ${other.id}`);
    }
  }
}

const event = (id: string, date: number, track: LayoutEvent['track'], importance: 1 | 2 | 3 = 2, label = `Event ${id}`): LayoutEvent => ({
  id,
  start: date,
  end: date + day,
  track,
  importance,
  label,
});

describe('lanes', () => {
  it('lists the schema’s tracks in order', () => {
    expect(TRACK_ORDER).toEqual(tracks);
  });
  it('stacks one lane per track without gaps or overlap, then the axis', () => {
    const layout = layoutTimeline([], { width: 864, domain });
    expect(layout.lanes.map((l) => l.track)).toEqual([...TRACK_ORDER]);
    layout.lanes.forEach((lane, i) => {
      if (i > 0) expect(lane.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
      expect(lane.markY).toBeGreaterThan(lane.y);
      expect(lane.markY).toBeLessThan(lane.y + lane.height);
    });
    expect(layout.axisY).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
    expect(layout.height).toBe(layout.axisY + FULL_GEOMETRY.axisHeight);
  });
  it('has a height that does not depend on the events or the zoom (no layout shift)', () => {
    const a = layoutTimeline([], { width: 864, domain });
    const b = layoutTimeline(syntheticEvents(200), { width: 1200, domain, view: [Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1)] });
    expect(b.height).toBe(a.height);
  });
  it('draws only the lanes asked for', () => {
    const layout = layoutTimeline([event('a', Date.UTC(2025, 0, 1), 'nvidia')], {
      width: 600,
      domain,
      tracks: ['nvidia'],
      geometry: COMPACT_GEOMETRY,
    });
    expect(layout.lanes).toHaveLength(1);
    expect(layout.marks[0]!.y).toBe(layout.lanes[0]!.markY);
  });
});

describe('marks', () => {
  it('sit in their track’s lane at the middle of their period, sized by importance', () => {
    const events = [event('a', Date.UTC(2024, 0, 1), 'market', 1), event('b', Date.UTC(2025, 0, 1), 'china-policy', 3)];
    const layout = layoutTimeline(events, { width: 1000, domain });
    const [a, b] = layout.marks;
    expect(a!.y).toBe(layout.lanes[3]!.markY);
    expect(b!.y).toBe(layout.lanes[1]!.markY);
    expect(a!.r).toBe(MARK_RADIUS[1]);
    expect(b!.r).toBeGreaterThan(a!.r);
    expect(a!.x).toBeCloseTo((a!.x0 + a!.x1) / 2);
    expect(b!.x).toBeGreaterThan(a!.x);
  });
  it('are invisible when filtered out or outside the zoomed view', () => {
    const events = [
      event('a', Date.UTC(2023, 0, 1), 'nvidia'),
      event('b', Date.UTC(2025, 5, 1), 'nvidia'),
      event('c', Date.UTC(2025, 6, 1), 'nvidia'),
    ];
    const layout = layoutTimeline(events, {
      width: 864,
      domain,
      view: [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)],
      hidden: new Set(['c']),
    });
    expect(layout.marks.map((m) => m.visible)).toEqual([false, true, false]);
    expect(layout.labels.map((l) => l.id)).toEqual(['b']);
  });
  it('have a distinct shape per track', () => {
    const paths = TRACK_ORDER.map((t) => markPath(t, 6));
    expect(new Set(paths).size).toBe(TRACK_ORDER.length);
    paths.forEach((d) => expect(d).toMatch(/^M.*Z$/));
  });
});

describe('label placement', () => {
  it('places a lone label in the first row, right of its mark', () => {
    const layout = layoutTimeline([event('a', Date.UTC(2024, 0, 1), 'nvidia')], { width: 864, domain });
    const [label] = layout.labels;
    expect(label).toMatchObject({ id: 'a', row: 0, anchor: 'start' });
    expect(label!.x).toBeGreaterThan(layout.marks[0]!.x);
  });
  it('anchors a label at its end near the right edge', () => {
    const layout = layoutTimeline([event('a', Date.UTC(2026, 11, 20), 'nvidia')], { width: 864, domain });
    expect(layout.labels[0]!.anchor).toBe('end');
    expect(layout.labels[0]!.box.x1).toBeLessThanOrEqual(layout.plot.right);
  });
  it('moves a crowded label down a row, and drops it when no row is free', () => {
    const t = Date.UTC(2024, 0, 1);
    const events = ['a', 'b', 'c', 'd'].map((id, i) => event(id, t + i * day, 'market', 2, 'A fairly long label text'));
    const layout = layoutTimeline(events, { width: 864, domain });
    // Leaders of labels in lower rows block the rows above them, so the rows fill right to left.
    expect(layout.labels.length).toBeLessThan(4);
    expect(new Set(layout.labels.map((l) => l.row)).size).toBe(layout.labels.length);
    expectNoCollisions(layout);
  });
  it('labels turning points first', () => {
    const t = Date.UTC(2024, 0, 1);
    const events = [event('minor', t, 'market', 1, 'x'.repeat(30)), event('major', t + day, 'market', 3, 'y'.repeat(30))];
    const layout = layoutTimeline(events, { width: 864, domain, geometry: { ...FULL_GEOMETRY, labelRows: 1 } });
    expect(layout.labels.map((l) => l.id)).toEqual(['major']);
  });
  it('never lets two labels or a leader and a label overlap, at any zoom', () => {
    const events = syntheticEvents(400, 7);
    for (const view of [domain, [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], [Date.UTC(2025, 3, 1), Date.UTC(2025, 4, 1)]] as const) {
      const layout = layoutTimeline(events, { width: 864, domain, view });
      expect(layout.labels.length).toBeGreaterThan(2);
      expectNoCollisions(layout);
      for (const l of layout.labels) {
        expect(l.box.x0).toBeGreaterThanOrEqual(layout.plot.left);
        expect(l.box.x1).toBeLessThanOrEqual(layout.plot.right);
      }
    }
  });
  it('is deterministic', () => {
    const events = syntheticEvents(300, 3);
    expect(layoutTimeline(events, { width: 900, domain })).toEqual(layoutTimeline(events, { width: 900, domain }));
  });
});

describe('performance', () => {
  it('lays out 1,000 events (time printed; the budget is checked by the bench script)', () => {
    const events = syntheticEvents(1000);
    const options = { width: 864, domain: paddedDomain(events) };
    layoutTimeline(events, options); // warm-up
    const t0 = performance.now();
    const layout = layoutTimeline(events, options);
    const ms = performance.now() - t0;
    console.log(`layoutTimeline: 1000 events in ${ms.toFixed(2)} ms, ${layout.labels.length} labels placed`);
    expect(layout.marks).toHaveLength(1000);
    expectNoCollisions(layout);
  });
});

describe('textWidth and truncateLabel', () => {
  it('estimates wider text as wider', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('', 12)).toBe(0);
  });
  it('keeps short labels and shortens long ones at a word', () => {
    expect(truncateLabel('Short', 100, 12)).toBe('Short');
    const cut = truncateLabel('Nvidia says the H20 needs a licence for China, indefinitely', 150, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
    expect(cut).toMatch(/^Nvidia says the/);
  });
  it('cuts a single long word by characters', () => {
    const cut = truncateLabel('Supercalifragilisticexpialidocious', 60, 12);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
  });
});
