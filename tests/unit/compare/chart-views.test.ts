import { describe, expect, test } from 'vitest';

import { bandwidthView, exportMapView } from '../../../src/lib/compare/chart-views.ts';
import { compareRows } from '../../../src/lib/compare/rows.ts';
import { fixtureBandwidthLine } from '../../fixtures/compare/bandwidth-line.ts';
import { fixtureChips } from '../../fixtures/compare/chips.ts';

const names = new Map([['nvidia', { en: 'Nvidia', fr: 'Nvidia' }]]);
const input = { rows: compareRows(fixtureChips()), makerNames: names };

describe('exportMapView', () => {
  const view = exportMapView(input, 'en');
  test('describes each point with its TPP, density and 2023 verdict', () => {
    const h20 = view.details.get('h20')!;
    expect(h20.href).toBe('/en/chips/#chip-h20');
    expect(h20.lines).toEqual([
      'Nvidia China variant',
      'TPP: 2,368',
      'Performance density: 2.91 TPP per mm²',
      expect.stringMatching(/^October 2023 rule: /),
    ]);
  });
  test('says why a chip is not plotted (a rack-scale system, no die area)', () => {
    expect(view.notPlotted.map((n) => n.name)).toEqual(['Ascend 910C', 'CloudMatrix 384']);
    expect(view.notPlotted.every((n) => n.reason.length > 0)).toBe(true);
  });
  test('lists the plotted chips in the table by TPP, highest first, and cites the rules', () => {
    const tpp = view.table.rows.map((r) => Number(r.cells[2]!.replace(/\D/g, '')));
    expect(tpp).toEqual([...tpp].sort((a, b) => b - a));
    expect(view.sourceIds.length).toBeGreaterThan(0);
    expect(view.captionExtra).toBeNull();
  });
  test('draws both widths from the same points', () => {
    expect(view.charts.wide.points.map((p) => p.id).sort()).toEqual(view.charts.narrow.points.map((p) => p.id).sort());
  });
});

describe('bandwidthView', () => {
  const view = bandwidthView(input, 'fr');
  test('computes the H20-against-H100 sentence from the same figures, in the language', () => {
    expect(view.captionExtra).toMatch(/H20/);
    expect(view.captionExtra).toMatch(/H100/);
    expect(view.sourceIds.length).toBeGreaterThan(0);
  });
  test('sorts the table by bandwidth per TFLOPS, highest first', () => {
    const per = view.table.rows.map((r) =>
      Number(
        r.cells[4]!.replace(/\s/g, '')
          .replace(',', '.')
          .replace(/[^\d.]/g, ''),
      ),
    );
    expect(per).toEqual([...per].sort((a, b) => b - a));
  });
});

describe('bandwidthView with the readings of an unpublished line', () => {
  const withLine = { ...input, bandwidthLine: fixtureBandwidthLine };
  test('draws one band per distinct memory range, labelled with every estimate, on both widths', () => {
    const view = bandwidthView(withLine, 'en');
    const wide = view.charts.wide.line!;
    expect(wide.bands.map((b) => [b.low, b.high])).toEqual([
      [1.4, 1.4],
      [1.7, 1.8],
    ]);
    expect(wide.label.text).toBe('April 2025 line, estimates: 1.4 · 1.7–1.8 TB/s');
    expect(view.charts.narrow.line!.label.text).toBe('April 2025 line (estimates)');
    expect(bandwidthView(withLine, 'fr').charts.wide.line!.label.text).toBe('Seuil d’avril 2025, estimations\u00a0: 1,4 · 1,7–1,8 To/s');
  });
  test('the caption gives each reading in the data’s words, and cites them', () => {
    const view = bandwidthView(withLine, 'en');
    expect(view.captionExtra).toMatch(/never published/);
    expect(view.captionExtra).toContain('about 1.4 TB/s (press). 1,400 GB/s (a notice). 1.7–1.8 TB/s (an analyst).');
    expect(view.sourceIds).toEqual(expect.arrayContaining(['press', 'notice', 'analyst']));
    expect(view.sourceIds).not.toContain('io-only');
  });
  test('without readings nothing is drawn', () => {
    expect(bandwidthView(input, 'en').charts.wide.line).toBeNull();
  });
});
