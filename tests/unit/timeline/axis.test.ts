import { describe, expect, it } from 'vitest';

import { axisMarkup } from '../../../src/lib/timeline/axis.ts';
import { layoutTimeline } from '../../../src/lib/timeline/layout.ts';
import { d3TimeScale, linearTime } from '../../../src/lib/timeline/scale.ts';
import { syntheticEvents } from '../../fixtures/timeline/synthetic.ts';

const domain = [Date.UTC(2022, 6, 1), Date.UTC(2026, 9, 1)] as const;

describe('linearTime', () => {
  it('places instants where d3-scale’s UTC scale does', () => {
    const a = linearTime(domain, [12, 850]);
    const b = d3TimeScale(domain, [12, 850]);
    for (const t of [domain[0], Date.UTC(2024, 1, 29), Date.UTC(2025, 6, 31, 12), domain[1]]) expect(a(t)).toBeCloseTo(b(t), 6);
  });
  it('gives the browser the same layout as the build', () => {
    const events = syntheticEvents(200, 5);
    const build = layoutTimeline(events, { width: 862, domain, scale: d3TimeScale });
    const browser = layoutTimeline(events, { width: 862, domain });
    expect(browser.labels.map((l) => [l.id, l.row])).toEqual(build.labels.map((l) => [l.id, l.row]));
  });
});

describe('axisMarkup', () => {
  it('draws a line, ticks and labels without overlapping labels or running off the edge', () => {
    for (const width of [300, 700, 1200]) {
      const layout = layoutTimeline([], { width, domain });
      const svg = axisMarkup(layout);
      expect(svg.startsWith('<line class="tl-axis-line"')).toBe(true);
      const xs = [...svg.matchAll(/<text class="tl-tick-label" x="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({
        x: Number(m[1]),
        text: m[2]!,
      }));
      expect(xs.length).toBeGreaterThan(2);
      xs.forEach((l, i) => {
        if (i > 0) expect(l.x).toBeGreaterThan(xs[i - 1]!.x + 20);
        expect(l.x).toBeLessThan(width);
      });
      if (width >= 700) expect(svg).toContain('tl-tick-context');
    }
  });
  it('escapes label text', () => {
    const layout = layoutTimeline([], { width: 800, domain });
    layout.ticks[0]!.label = '<b>&';
    expect(axisMarkup(layout)).toContain('&lt;b>&amp;');
  });
});
