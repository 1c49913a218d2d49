import { describe, expect, test } from 'vitest';

import { chartFrames } from '../../../src/lib/compare/presentation.ts';
import { chartFiles, embedPath, embedSnippet, sharedCharts } from '../../../src/lib/share/charts.ts';
import { chipChartBody } from '../../../src/lib/share/chip-chart-svg.ts';
import { figureSvg, wrapText } from '../../../src/lib/share/figure.ts';
import { timelineBody } from '../../../src/lib/share/timeline-svg.ts';
import { layoutTimeline, TRACK_ORDER } from '../../../src/lib/timeline/layout.ts';

describe('shared charts', () => {
  test('files and pages of each chart, in the page language', () => {
    expect(sharedCharts).toEqual(['export-map', 'bandwidth', 'timeline']);
    expect(chartFiles('fr', 'bandwidth')).toEqual({
      svg: '/fr/compare/bandwidth.svg',
      png: '/fr/compare/bandwidth.png',
      csv: '/fr/compare/chips.csv',
      onPage: '/fr/compare/#bandwidth-chart',
      embed: '/embed/fr/bandwidth/',
    });
    expect(chartFiles('en', 'timeline').csv).toBe('/en/timeline/events.csv');
    expect(embedPath('en', 'timeline')).toBe('/embed/en/timeline/');
  });
  test('the embed snippet is an iframe of the embed page with an escaped title', () => {
    const html = embedSnippet('https://h20.example/', 'en', 'export-map', 'Rules & "chips"');
    expect(html).toBe(
      '<iframe src="https://h20.example/embed/en/export-map/" title="Rules &amp; &quot;chips&quot;" width="100%" height="720" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });
});

describe('figures', () => {
  test('text wraps at word boundaries within the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 20, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });
  test('a no-break space is kept and never breaks a line', () => {
    const text = 'Sources\u00a0: un deux trois quatre cinq six sept huit neuf dix 15\u202f%';
    const lines = wrapText(text, 20, 150);
    expect(lines.join(' ')).toBe(text);
    expect(lines.some((l) => l.includes('Sources\u00a0:'))).toBe(true);
    expect(lines.some((l) => l.endsWith('15\u202f%'))).toBe(true);
  });
  test('a figure is a standalone SVG with its title, caption, sources and address drawn in (escaped)', () => {
    const svg = figureSvg(
      { width: 100, height: 50, body: '<rect width="100" height="50"/>' },
      {
        lang: 'en',
        title: 'Chips & rules',
        caption: 'A caption.',
        sources: 'Sources: BIS (2023)',
        footer: 'H20 Explained · https://x.example/en/compare/',
      },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"')).toBe(true);
    expect(svg).toContain('<title>Chips &amp; rules</title>');
    expect(svg).toContain('>Sources: BIS (2023)</text>');
    expect(svg).toContain('>H20 Explained · https://x.example/en/compare/</text>');
    expect(svg).toContain('scale(11.2)');
    expect(svg).not.toMatch(/class=|var\(--/);
  });
  test('a chip chart body draws points and labels in their series colours, estimates hollow, and a key', () => {
    const frame = chartFrames.wide;
    const drawing = {
      frame,
      box: { x0: 62, x1: 706, y0: 14, y1: 418 },
      x: { ticks: [{ value: 1000, position: 100 }] },
      y: { ticks: [{ value: 10, position: 200 }] },
      points: [
        {
          id: 'h20',
          label: 'H20',
          series: 'china-variant',
          x: 1,
          y: 1,
          estimate: false,
          px: 120,
          py: 300,
          placed: { x: 130, y: 300, anchor: 'start', box: { x0: 125, x1: 160, y0: 292, y1: 308 }, leader: false },
        },
        {
          id: 'x',
          label: 'X',
          series: 'global',
          x: 1,
          y: 1,
          estimate: true,
          px: 220,
          py: 200,
          placed: { x: 230, y: 200, anchor: 'start', box: { x0: 225, x1: 240, y0: 192, y1: 208 }, leader: false },
        },
      ],
    } as never;
    const body = chipChartBody(
      drawing,
      { x: 'TPP', y: 'Density', format: String },
      {
        markets: { global: 'Global', 'china-variant': 'China variant', 'china-domestic': 'Chinese' },
        estimate: 'hollow: estimate',
      },
    );
    expect(body.body).toContain('fill="#d55e00">H20</text>');
    expect(body.body).toContain('stroke-dasharray="2.5 1.8"');
    expect(body.body).toContain('>hollow: estimate</text>');
    expect(body.height).toBeGreaterThan(frame.height);
  });
  test('a timeline body has one lane per track, marks in track colours and the axis without classes', () => {
    const day = 864e5;
    const events = [{ id: 'a', start: 0, end: day, track: 'us-policy' as const, importance: 3 as const, label: 'First' }];
    const layout = layoutTimeline(events, { width: 600, domain: [-30 * day, 60 * day] });
    const body = timelineBody(
      layout,
      new Map([['a', { id: 'a', track: 'us-policy', band: false, importance: 3 }]]),
      new Map([['a', 'First']]),
      Object.fromEntries(TRACK_ORDER.map((t) => [t, t.toUpperCase()])) as never,
    );
    expect(body.body).toContain('>US-POLICY</text>');
    expect(body.body).toContain('fill="#1f5fa8" stroke="#ffffff"');
    expect(body.body).toContain('font-weight="700" fill="#1d1c1a">First</text>');
    expect(body.body).not.toContain('class=');
  });
});
