/**
 * What `<ChipFigure>` and `<ChipMetric>` print: a chip's figure from its data file, in the page's
 * language and with its unit, so prose never types a number that the data already holds.
 */
import type { Chip } from '../../schemas/chip.ts';
import { formatFixed } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { chipStrings } from '../i18n/strings/chips.ts';
import { performanceDensity } from './density.ts';
import { chipFigure, type ProseFigureKey } from './figures.ts';
import { tpp } from './tpp.ts';

/** A unit prose may ask for; bandwidths convert between TB/s and GB/s. */
export type ProseUnit = 'tbs' | 'gbs';

export interface ProseFigureOptions {
  /** Decimals to show (default: as many as the value has, up to 2). */
  digits?: number;
  /** Show the unit (default true). */
  unit?: boolean;
  /** Convert a bandwidth: `gbs` shows 1.398 TB/s as 1,398 GB/s. */
  as?: ProseUnit;
}

/** A figure ready to print. */
export interface ProseFigureView {
  /** "4.0 TB/s", or "not disclosed". */
  text: string;
  /** The value rests on an analyst or press estimate. */
  estimate: boolean;
  /** The maker has not disclosed it. */
  missing: boolean;
  sources: readonly string[];
}

const unitOf: Partial<Record<ProseFigureKey, 'tflops' | 'tops' | 'gb' | 'tbs' | 'gbs' | 'w' | 'mm2'>> = {
  fp16DenseTflops: 'tflops',
  fp8DenseTflops: 'tflops',
  fp4DenseTflops: 'tflops',
  int8DenseTops: 'tops',
  memoryGb: 'gb',
  memoryBandwidthTBs: 'tbs',
  interconnectGBs: 'gbs',
  tdpW: 'w',
  dieAreaMm2: 'mm2',
};

/** `chip.key` as prose shows it. */
export function proseFigure(chip: Chip, key: ProseFigureKey, lang: Locale, options: ProseFigureOptions = {}): ProseFigureView {
  const t = chipStrings[lang];
  const figure = chipFigure(chip, key);
  const base = { estimate: figure.estimate, sources: figure.sources };
  if (figure.value === null) return { ...base, text: t.notDisclosed, missing: true };
  if (typeof figure.value === 'string') return { ...base, text: figure.value, missing: false };
  let value = figure.value;
  let unit = unitOf[key];
  if (options.as && (unit === 'tbs' || unit === 'gbs') && options.as !== unit) {
    value = options.as === 'gbs' ? value * 1000 : value / 1000;
    unit = options.as;
  }
  const number = formatFixed(value, lang, options.digits);
  const words = { tflops: t.unitTflops, tops: t.unitTops, gb: t.unitGb, tbs: t.unitTBs, gbs: t.unitGBs, w: t.unitW, mm2: t.unitMm2 };
  return { ...base, text: options.unit === false || !unit ? number : `${number}\u00a0${words[unit]}`, missing: false };
}

/** TPP or performance density, as computed by the rules' definitions (`sparse`: as if sparse throughput counted, i.e. doubled). */
export function proseMetric(
  chip: Chip,
  metric: 'tpp' | 'density',
  lang: Locale,
  { sparse = false, digits }: { sparse?: boolean; digits?: number } = {},
): ProseFigureView | null {
  const result = tpp(chip);
  if (!result) return null;
  const factor = sparse ? 2 : 1;
  if (metric === 'tpp') {
    return { text: formatFixed(result.value * factor, lang, digits ?? 0), estimate: result.estimate, missing: false, sources: [] };
  }
  const density = performanceDensity(result, chip.dieAreaMm2);
  if (!density) return null;
  return { text: formatFixed(density.value * factor, lang, digits ?? 2), estimate: density.estimate, missing: false, sources: [] };
}
