// The charts' SVG, rendered by the real components through Astro's container API and compared
// with committed files (as Observable Plot snapshots its marks). A change to the layout code or
// the markup shows up as a diff in tests/snapshots/; `vitest -u` rewrites them after review.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';

import ChartSvg from '../../../src/components/compare/ChartSvg.astro';
import TimelineSvg from '../../../src/components/timeline/TimelineSvg.astro';
import { tickFormat } from '../../../src/lib/compare/chart-scale.ts';
import { bandwidthView, exportMapView } from '../../../src/lib/compare/chart-views.ts';
import { compareRows } from '../../../src/lib/compare/rows.ts';
import { periodOf, toLayoutEvent } from '../../../src/lib/timeline/items.ts';
import { COMPACT_GEOMETRY, FULL_GEOMETRY, layoutTimeline } from '../../../src/lib/timeline/layout.ts';
import { d3TimeScale, paddedDomain } from '../../../src/lib/timeline/scale.ts';
import { fixtureBandwidthLine } from '../../fixtures/compare/bandwidth-line.ts';
import { fixtureChips } from '../../fixtures/compare/chips.ts';
import { fixtureEvents } from '../../fixtures/timeline/events.ts';

const container = await AstroContainer.create();
/** One element per line, so a snapshot diff points at the mark that moved. */
const lines = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;
const names = new Map([
  ['nvidia', { en: 'Nvidia', fr: 'Nvidia' }],
  ['huawei', { en: 'Huawei', fr: 'Huawei' }],
]);
const input = { rows: compareRows(fixtureChips()), makerNames: names, bandwidthLine: fixtureBandwidthLine };

describe('ChartSvg', () => {
  for (const [name, view] of [
    ['export-map', exportMapView],
    ['bandwidth', bandwidthView],
  ] as const) {
    for (const variant of ['wide', 'narrow'] as const) {
      test(`${name} (${variant}) matches its snapshot`, async () => {
        const { charts, details } = view(input, 'en');
        const svg = await container.renderToString(ChartSvg, {
          props: { variant, label: name, xTitle: 'x', yTitle: 'y', format: tickFormat('en'), details, ...charts[variant] },
        });
        await expect(lines(svg)).toMatchFileSnapshot(`../../snapshots/chart-${name}-${variant}.svg`);
      });
    }
  }
});

describe('TimelineSvg', () => {
  for (const mode of ['full', 'compact'] as const) {
    test(`${mode} mode matches its snapshot`, async () => {
      const geometry = mode === 'full' ? FULL_GEOMETRY : COMPACT_GEOMETRY;
      const items = fixtureEvents.map((e) => toLayoutEvent(e, 'en', geometry));
      const domain = paddedDomain(fixtureEvents.map((e) => periodOf(e.date, e.precision)));
      const width = mode === 'full' ? 862 : 640;
      const layout = layoutTimeline(items, { width, domain, intl: 'en-GB', geometry, scale: d3TimeScale });
      const svg = await container.renderToString(TimelineSvg, { props: { layout, events: fixtureEvents, items, lang: 'en', mode } });
      await expect(lines(svg)).toMatchFileSnapshot(`../../snapshots/timeline-${mode}.svg`);
    });
  }
});
