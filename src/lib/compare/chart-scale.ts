import { extent } from 'd3-array';
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';

/** A chart's drawing area in viewBox units: the plot is the box inside the margins. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Font size of labels, in viewBox units (used to estimate label boxes). */
  fontSize: number;
}

/** The plot rectangle of a frame. */
export function plotBox(frame: Frame): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: frame.margin.left,
    x1: frame.width - frame.margin.right,
    y0: frame.margin.top,
    y1: frame.height - frame.margin.bottom,
  };
}

/** One tick: its value and its position along the axis. */
export interface Tick {
  value: number;
  position: number;
}

/** A log axis: the d3 scale and the ticks worth labelling. */
export interface LogAxis {
  scale: ScaleLogarithmic<number, number>;
  ticks: Tick[];
}

/**
 * A log scale over `values` and the `include`d reference values (threshold lines must stay in
 * view), padded by `pad` (a factor) on both sides, with round ticks: 1-2-5 per decade for short
 * ranges, 1-3 for medium ones, powers of ten for long ones.
 */
export function logAxis(
  values: readonly number[],
  range: [number, number],
  options: { include?: readonly number[]; pad?: number } = {},
): LogAxis {
  const all = [...values, ...(options.include ?? [])].filter((v) => v > 0 && Number.isFinite(v));
  const [lo = 1, hi = 10] = extent(all);
  const pad = options.pad ?? 1.25;
  const scale = scaleLog()
    .domain([lo / pad, hi * pad])
    .range(range);
  const [d0, d1] = scale.domain() as [number, number];
  const decades = Math.log10(d1 / d0);
  const mantissas = decades <= 2.2 ? [1, 2, 5] : decades <= 3.5 ? [1, 3] : [1];
  const ticks: Tick[] = [];
  for (let power = Math.floor(Math.log10(d0)); power <= Math.ceil(Math.log10(d1)); power++) {
    for (const m of mantissas) {
      const value = Number((m * 10 ** power).toPrecision(6));
      if (value >= d0 && value <= d1) ticks.push({ value, position: scale(value) });
    }
  }
  return { scale, ticks };
}

const locales: Record<string, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] }),
  fr: formatLocale({ decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u00a0€'] }),
};

/** Formats tick values for a language: `1,000` / `1 000`, `0.5` / `0,5`. */
export function tickFormat(lang: string): (value: number) => string {
  const f = (locales[lang] ?? locales.en!).format(',~r');
  return (value) => f(Number(value.toPrecision(6)));
}
