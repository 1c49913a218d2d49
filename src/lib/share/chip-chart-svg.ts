/**
 * A chip chart (src/lib/compare/chart-views.ts drawing) as plain SVG for a downloaded figure: the
 * same geometry as ChartSvg.astro, with colours written in and a key under the plot, no links.
 */
import type { ChipMarket } from '../../schemas/chip.ts';
import { markerPath, markerRadius } from '../compare/chart-points.ts';
import type { ChartDrawing } from '../compare/chart-views.ts';
import { leaderEnd } from '../compare/label-layout.ts';
import { type ChartBody, esc, palette } from './figure.ts';

/** What the key says: each market's name, the estimate marker, and the zones (map) when drawn. */
export interface ChipChartKey {
  markets: Record<ChipMarket, string>;
  estimate: string;
  regionA?: string;
  regionB?: string;
  line2022?: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function chipChartBody(
  d: ChartDrawing,
  axes: { x: string; y: string; format: (v: number) => string },
  key: ChipChartKey,
): ChartBody {
  const { frame, box } = d;
  const fs = frame.fontSize;
  const out: string[] = [];
  out.push(
    `<rect x="${box.x0}" y="${box.y0}" width="${box.x1 - box.x0}" height="${box.y1 - box.y0}" fill="${palette.surface}" stroke="${palette.border}"/>`,
  );
  for (const t of d.x.ticks) {
    out.push(`<line x1="${t.position}" x2="${t.position}" y1="${box.y0}" y2="${box.y1}" stroke="${palette.border}" stroke-width="0.6"/>`);
    out.push(
      `<text x="${t.position}" y="${r1(box.y1 + fs * 1.3)}" text-anchor="middle" font-size="${fs}" fill="${palette.muted}">${esc(axes.format(t.value))}</text>`,
    );
  }
  for (const t of d.y.ticks) {
    out.push(`<line x1="${box.x0}" x2="${box.x1}" y1="${t.position}" y2="${t.position}" stroke="${palette.border}" stroke-width="0.6"/>`);
    out.push(
      `<text x="${box.x0 - 6}" y="${r1(t.position + fs * 0.35)}" text-anchor="end" font-size="${fs}" fill="${palette.muted}">${esc(axes.format(t.value))}</text>`,
    );
  }
  out.push(
    `<text x="${(box.x0 + box.x1) / 2}" y="${frame.height - fs * 0.5}" text-anchor="middle" font-size="${fs}" font-weight="600" fill="${palette.text}">${esc(axes.x)}</text>`,
  );
  out.push(
    `<text transform="rotate(-90)" x="${-(box.y0 + box.y1) / 2}" y="${fs * 1.1}" text-anchor="middle" font-size="${fs}" font-weight="600" fill="${palette.text}">${esc(axes.y)}</text>`,
  );
  const orange = palette.series['china-variant'];
  if (d.regions) {
    const r = d.regions;
    out.push(`<path d="${r.a}" fill="${orange}" fill-opacity="0.1" stroke="${orange}" stroke-opacity="0.5"/>`);
    out.push(`<path d="${r.b}" fill="${orange}" fill-opacity="0.055" stroke="${orange}" stroke-opacity="0.7" stroke-dasharray="3 3"/>`);
    out.push(
      `<line x1="${r.line2022.x}" x2="${r.line2022.x}" y1="${r.line2022.y0}" y2="${r.line2022.y1}" stroke="${palette.series.global}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    for (const l of r.labels)
      out.push(
        `<text x="${l.x}" y="${r1(l.y + fs * 0.35)}" text-anchor="${l.anchor}" font-size="${fs}" font-weight="600" fill="${palette.muted}">${esc(l.text)}</text>`,
      );
  }
  for (const g of d.guides ?? []) {
    out.push(
      `<line x1="${g.x0}" y1="${g.y0}" x2="${g.x1}" y2="${g.y1}" stroke="${palette.muted}" stroke-width="0.8" stroke-dasharray="2 4"/>`,
    );
    out.push(
      `<text x="${g.label.x}" y="${g.label.y}" transform="rotate(${g.label.angle} ${g.label.x} ${g.label.y})" text-anchor="middle" font-size="${r1(fs * 0.92)}" fill="${palette.muted}">${esc(g.label.text)}</text>`,
    );
  }
  for (const p of d.points.filter((pt) => pt.placed.leader)) {
    const end = leaderEnd(p.placed.box, p.px, p.py);
    out.push(`<line x1="${p.px}" y1="${p.py}" x2="${r1(end.x)}" y2="${r1(end.y)}" stroke="${palette.muted}" stroke-width="0.7"/>`);
  }
  // Estimates first, as on the site, so solid marks sit on top.
  for (const p of [...d.points].sort((a, b) => Number(b.estimate) - Number(a.estimate))) {
    const colour = palette.series[p.series];
    const mark = p.estimate
      ? `fill="${palette.surface}" stroke="${colour}" stroke-width="1.6" stroke-dasharray="2.5 1.8"`
      : `fill="${colour}" stroke="${palette.surface}" stroke-width="1.2"`;
    out.push(`<path d="${markerPath(p.series, markerRadius)}" transform="translate(${p.px} ${p.py})" ${mark}/>`);
    out.push(
      `<text x="${p.placed.x}" y="${r1(p.placed.y + fs * 0.35)}" text-anchor="${p.placed.anchor}" font-size="${fs}" font-weight="600" fill="${colour}">${esc(p.label)}</text>`,
    );
  }
  // The key, in a row under the chart.
  const items: string[] = [];
  let x = box.x0;
  let row = 0;
  const item = (swatch: string, label: string) => {
    const width = 12 + label.length * fs * 0.55 + 18;
    if (x + width > frame.width && x > box.x0) {
      x = box.x0;
      row++;
    }
    const y = frame.height + fs * (1.6 + row * 1.6);
    items.push(
      `<g transform="translate(${r1(x)} ${r1(y)})">${swatch}<text x="12" y="${r1(fs * 0.35)}" font-size="${fs}" fill="${palette.text}">${esc(label)}</text></g>`,
    );
    x += width;
  };
  for (const m of ['global', 'china-variant', 'china-domestic'] as const)
    item(`<path d="${markerPath(m, 5)}" fill="${palette.series[m]}"/>`, key.markets[m]);
  item(
    `<path d="${markerPath('global', 5)}" fill="${palette.surface}" stroke="${palette.series.global}" stroke-width="1.6" stroke-dasharray="2.5 1.8"/>`,
    key.estimate,
  );
  if (key.line2022)
    item(`<line x1="0" x2="0" y1="-6" y2="6" stroke="${palette.series.global}" stroke-width="2" stroke-dasharray="3 2"/>`, key.line2022);
  return { width: frame.width, height: frame.height + fs * (2.6 + row * 1.6), body: [...out, ...items].join('') };
}
