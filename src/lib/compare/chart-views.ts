/**
 * What the two chip charts show, computed from the table rows: their layouts (wide and narrow),
 * each point's details, what could not be plotted, the caption's sources and the data table.
 * The components only turn this into SVG and HTML.
 */
import { chipPath } from '../chips/chip-url.ts';
import { oct2022, oct2023, ruleNumbers } from '../chips/thresholds.ts';
import { fill } from '../i18n/fill.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { compareStrings } from '../i18n/strings/compare.ts';
import { bandwidthLayout, distinctRanges, type EstimateBands, type Guide, type LineEstimate } from './bandwidth-map.ts';
import { plotRows, type PlottedPoint } from './chart-points.ts';
import { type Frame, type LogAxis, tickFormat } from './chart-scale.ts';
import { column, type ColumnDef } from './columns.ts';
import { type ExportMapLayout, exportMapLayout, type FixedLabel } from './export-map.ts';
import { formatRatio, ratio } from './pair.ts';
import { chartFrames, chartPriority, columnLabel, defaultPair, displayValue, type WithMakerNames } from './presentation.ts';
import { type CompareRow, mergeSources } from './rows.ts';

/** The rows and names a chart view needs. */
export interface ChartInput extends WithMakerNames {
  rows: readonly CompareRow[];
  /**
   * The published readings of the April 2025 letter's memory-bandwidth line (it never had an
   * official number), drawn on the bandwidth chart as estimates.
   */
  bandwidthLine?: readonly BandwidthReading[];
}

/** One reading of an unpublished memory-bandwidth line: its range in GB/s, how the data words it, its sources. */
export interface BandwidthReading {
  memoryGBs: { low: number; high: number } | null;
  label: Record<Locale, string>;
  sources: readonly string[];
}

/** One drawing (wide or narrow): axes, points, and the zones (map) or guides (bandwidth). */
export interface ChartDrawing {
  frame: Frame;
  box: { x0: number; x1: number; y0: number; y1: number };
  x: LogAxis;
  y: LogAxis;
  points: PlottedPoint[];
  regions?: { a: string; b: string; line2022: ExportMapLayout['line2022']; labels: FixedLabel[] };
  guides?: Guide[];
  /** Estimates of a line nobody published (bandwidth chart). */
  line?: EstimateBands | null;
}

/** The details a point shows on hover, focus and tap. */
export interface PointDetails {
  href: string;
  title: string;
  lines: string[];
  aria: string;
}

/** Everything one chart renders. */
export interface ChartView {
  charts: { wide: ChartDrawing; narrow: ChartDrawing };
  details: Map<string, PointDetails>;
  notPlotted: { name: string; reason: string }[];
  sourceIds: readonly string[];
  table: { headers: { label: string; unit?: string }[]; rows: { id: string; cells: string[] }[] };
  /** Extra caption sentences (the bandwidth chart's H20-against-H100 ratio, the April 2025 line), or null. */
  captionExtra: string | null;
}

/** Shared by both charts: rows by id, a cell's display text with "(estimate)" when it is one. */
function context(input: ChartInput, lang: Locale) {
  const t = compareStrings[lang];
  const byId = new Map(input.rows.map((r) => [r.id, r]));
  const est = (estimate: boolean) => (estimate ? ` (${t.estimate})` : '');
  const value = (row: CompareRow, c: ColumnDef) =>
    `${displayValue(input, lang, c, row.cells[c.id]) ?? t.notDisclosed}${est(row.cells[c.id].estimate)}`;
  return { t, byId, est, value, row: (id: string) => byId.get(id)! };
}

/** The export-control map: TPP against performance density, with the 2023 zones and the 2022 line. */
export function exportMapView(input: ChartInput, lang: Locale): ChartView {
  const { t, est, value, row } = context(input, lang);
  const [tppCol, pdCol, verdictCol] = [column('tpp'), column('density'), column('oct2023')];
  const { items, notPlotted } = plotRows(
    input.rows,
    { column: 'tpp', missing: t.reasonNoTpp },
    { column: 'density', missing: t.reasonNoDie },
    t.reasonSystem,
  );
  const text = { a: t.mapRegionAShort, b: t.mapRegionBShort, line2022: fill(t.map2022Short, ruleNumbers(lang)) };
  const drawing = (frame: Frame, labels: typeof text): ChartDrawing => {
    const l = exportMapLayout(items, frame, labels, chartPriority);
    return {
      frame: l.frame,
      box: l.box,
      x: l.x,
      y: l.y,
      points: l.points,
      regions: { a: l.regionA, b: l.regionB, line2022: l.line2022, labels: [l.labels.a, l.labels.b, l.labels.line2022] },
    };
  };
  const hypothetical = (r: CompareRow) => (r.market === 'china-domestic' ? ` (${t.hypothetical})` : '');
  const verdict = (r: CompareRow) => `${displayValue(input, lang, verdictCol, r.cells.oct2023) ?? t.notDisclosed}${hypothetical(r)}`;
  const density = (r: CompareRow) => displayValue(input, lang, pdCol, r.cells.density);
  const details = new Map(
    items.map(({ id }) => {
      const r = row(id);
      const tppText = `${t.col_tpp}: ${value(r, tppCol)}`;
      const pdText = `${t.col_density}: ${density(r)} ${t.unit_density}${est(r.cells.density.estimate)}`;
      const outcome = r.cells.oct2023.value;
      const verdictText = `${t.col_oct2023}: ${outcome ? t[`outcome_${outcome as '3a090a'}`] : t.notDisclosed}${hypothetical(r)}`;
      const market = t[`market_${r.market}`];
      const lines = [market, tppText, pdText, verdictText];
      return [id, { href: chipPath(lang, r), title: r.name, lines, aria: `${r.name} (${market}). ${tppText}. ${pdText}. ${verdictText}.` }];
    }),
  );
  const [x, y] = [columnLabel(lang, tppCol), columnLabel(lang, pdCol)];
  const rows = items
    .map(({ id }) => row(id))
    .sort((a, b) => (b.cells.tpp.value as number) - (a.cells.tpp.value as number))
    .map((r) => ({
      id: r.id,
      cells: [r.name, t[`market_${r.market}`], value(r, tppCol), `${density(r)}${est(r.cells.density.estimate)}`, verdict(r)],
    }));
  return {
    charts: { wide: drawing(chartFrames.wide, text), narrow: drawing(chartFrames.narrow, { ...text, b: '3A090.b' }) },
    details,
    notPlotted,
    sourceIds: [...oct2022.sources, ...oct2023.sources],
    table: {
      headers: [
        { label: t.col_name },
        { label: t.col_market },
        { label: x.label, unit: x.unit },
        { label: y.label, unit: y.unit },
        { label: t.col_oct2023 },
      ],
      rows,
    },
    captionExtra: null,
  };
}

/** Memory bandwidth against dense FP16 compute, with guides of equal bandwidth per TFLOPS. */
export function bandwidthView(input: ChartInput, lang: Locale): ChartView {
  const { t, byId, value, row } = context(input, lang);
  const [fpCol, bwCol, perCol] = [column('fp16DenseTflops'), column('memoryBandwidthTBs'), column('bandwidthPerTflop')];
  const { items, notPlotted } = plotRows(
    input.rows,
    { column: 'fp16DenseTflops', missing: t.reasonNoFp16 },
    { column: 'memoryBandwidthTBs', missing: t.reasonNoBandwidth },
    t.reasonSystem,
  );
  const format = tickFormat(lang);
  const guideText = (v: number) => fill(t.bwGuide, { value: format(v) });
  const readings = (input.bandwidthLine ?? []).filter((r) => r.memoryGBs !== null);
  const estimates: LineEstimate[] = readings.map((r) => ({ low: r.memoryGBs!.low / 1000, high: r.memoryGBs!.high / 1000 }));
  const tbs = (v: number) => formatNumber(v, lang, 2);
  const values = distinctRanges(estimates)
    .map((r) => (r.low === r.high ? tbs(r.low) : `${tbs(r.low)}–${tbs(r.high)}`))
    .join(' · ');
  const lineText = {
    wide: fill(t.bwLineLabel, { values, unit: t.unit_tbs }),
    narrow: t.bwLineLabelShort,
  };
  const drawing = (frame: Frame, variant: 'wide' | 'narrow'): ChartDrawing => {
    const line = estimates.length ? { estimates, text: lineText[variant] } : null;
    const l = bandwidthLayout(items, frame, guideText, chartPriority, line);
    return { frame: l.frame, box: l.box, x: l.x, y: l.y, points: l.points, guides: l.guides, line: l.line };
  };
  const details = new Map(
    items.map(({ id }) => {
      const r = row(id);
      const lines = [
        t[`market_${r.market}`],
        `${t.col_fp16DenseTflops}: ${value(r, fpCol)} ${t.unit_tflops}`,
        `${t.col_memoryBandwidthTBs}: ${value(r, bwCol)} ${t.unit_tbs}`,
        `${t.col_bandwidthPerTflop}: ${value(r, perCol)} ${t.unit_gbsPerTflops}`,
      ];
      return [id, { href: chipPath(lang, r), title: r.name, lines, aria: `${r.name} (${lines.join('. ')}).` }];
    }),
  );
  // The sentence on the H20 against the H100, computed from the same figures as the chart.
  const [a, b] = [byId.get(defaultPair.a), byId.get(defaultPair.b)];
  const num = (r: CompareRow, key: 'fp16DenseTflops' | 'memoryBandwidthTBs') => r.cells[key].value as number | null;
  const computeRatio = a && b ? ratio(num(a, 'fp16DenseTflops'), num(b, 'fp16DenseTflops')) : null;
  const bandwidthRatio = a && b ? ratio(num(a, 'memoryBandwidthTBs'), num(b, 'memoryBandwidthTBs')) : null;
  const pairSentence =
    a && b && computeRatio !== null && bandwidthRatio !== null
      ? fill(t.bwCaptionPair, {
          a: a.shortName,
          b: b.shortName,
          compute: formatRatio(computeRatio, lang),
          bandwidth: formatRatio(bandwidthRatio, lang),
        })
      : null;
  // The contested line, one sentence per reading in the data's own words (who said it, what figure).
  const lineSentence = readings.length ? fill(t.bwLineCaption, { readings: readings.map((r) => r.label[lang]).join('. ') }) : null;
  const captionExtra = [pairSentence, lineSentence].filter(Boolean).join(' ') || null;
  const sourceIds = mergeSources(
    ...(a && b
      ? [
          a.cells.fp16DenseTflops.sources,
          a.cells.memoryBandwidthTBs.sources,
          b.cells.fp16DenseTflops.sources,
          b.cells.memoryBandwidthTBs.sources,
        ]
      : []),
    ...readings.map((r) => r.sources),
  );
  const [x, y, per] = [columnLabel(lang, fpCol), columnLabel(lang, bwCol), columnLabel(lang, perCol)];
  const rows = items
    .map(({ id }) => row(id))
    .sort((p, q) => (q.cells.bandwidthPerTflop.value as number) - (p.cells.bandwidthPerTflop.value as number))
    .map((r) => ({ id: r.id, cells: [r.name, t[`market_${r.market}`], value(r, fpCol), value(r, bwCol), value(r, perCol)] }));
  return {
    charts: { wide: drawing(chartFrames.wide, 'wide'), narrow: drawing(chartFrames.narrow, 'narrow') },
    details,
    notPlotted,
    sourceIds,
    table: {
      headers: [
        { label: t.col_name },
        { label: t.col_market },
        { label: x.label, unit: x.unit },
        { label: y.label, unit: y.unit },
        { label: per.label, unit: per.unit },
      ],
      rows,
    },
    captionExtra,
  };
}
