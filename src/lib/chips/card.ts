import type { Chip, SourcedFigure } from '../../schemas/chip.ts';
import type { Source } from '../../schemas/source.ts';
import { fill } from '../i18n/fill.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { chipStrings } from '../i18n/strings/chips.ts';
import { explorerRowPath } from './chip-url.ts';
import { type Check, type Classification, classify, type Verdict } from './classify.ts';
import { roundDensity } from './density.ts';
import { type RuleId, ruleNumbers, ruleSources } from './thresholds.ts';
import type { Precision } from './tpp.ts';

type Strings = (typeof chipStrings)['en'];

/** Card-local numbering of source ids, in order of first use. */
export class SourceNumbers {
  readonly order: string[] = [];
  /** The numbers of these ids, adding new ones at the end. */
  marks(ids: readonly string[]): number[] {
    return ids.map((id) => {
      let i = this.order.indexOf(id);
      if (i < 0) i = this.order.push(id) - 1;
      return i + 1;
    });
  }
}

/** One figure as the card shows it. `text` null = not disclosed. */
export interface FigureView {
  key: string;
  label: string;
  text: string | null;
  note?: string;
  estimate: boolean;
  halved: boolean;
  marks: number[];
}

export interface VerdictView {
  rule: RuleId;
  label: string;
  test: string;
  outcome: string;
  outcomeKey: string;
  because: string;
  estimate: boolean;
  marks: number[];
}

/** What every part of a chip card receives: the card's view, the language and the sources. */
export interface ChipPartProps {
  view: ChipCardView;
  lang: Locale;
  sources?: ReadonlyMap<string, Source> | undefined;
}

export interface ChipCardView {
  groups: { key: string; label: string; figures: FigureView[] }[];
  rulesHeading: string;
  /** Link to the chip's row in the rule explorer (null for chips the US rules do not govern, and systems). */
  explorer: { href: string; text: string } | null;
  tpp: { text: string; basis: string; estimate: boolean; halved: boolean; marks: number[] } | null;
  density: { text: string; basis: string; estimate: boolean; marks: number[] } | null;
  verdicts: VerdictView[];
  sparseWhatIf: string | null;
  history: { date: string; dateText: string; text: string; marks: number[] }[];
  doubts: { text: string; marks: number[] }[];
  /** Card sources in number order (number = index + 1). */
  sources: string[];
  classification: Classification;
}

const precisionLabel: Record<Precision, string> = { fp16: 'FP16', fp8: 'FP8', int8: 'INT8', fp4: 'FP4' };

type NumericKey =
  | 'fp16DenseTflops'
  | 'fp8DenseTflops'
  | 'int8DenseTops'
  | 'fp4DenseTflops'
  | 'memoryGb'
  | 'memoryBandwidthTBs'
  | 'interconnectGBs'
  | 'pcieGBs'
  | 'transistorsBillion'
  | 'dieAreaMm2'
  | 'tdpW';
type TextKey = 'memoryType' | 'process' | 'announced' | 'shipped';

const groups: { key: string; label: keyof Strings; fields: (NumericKey | TextKey)[] }[] = [
  { key: 'compute', label: 'groupCompute', fields: ['fp16DenseTflops', 'fp8DenseTflops', 'int8DenseTops', 'fp4DenseTflops'] },
  { key: 'memory', label: 'groupMemory', fields: ['memoryType', 'memoryGb', 'memoryBandwidthTBs'] },
  { key: 'links', label: 'groupLinks', fields: ['interconnectGBs', 'pcieGBs'] },
  { key: 'chip', label: 'groupChip', fields: ['process', 'transistorsBillion', 'dieAreaMm2', 'tdpW', 'announced', 'shipped'] },
];

/** Formats a numeric figure with its unit, e.g. 4 → "4 TB/s", 559000 W → "559 kW". */
export function formatFigure(key: NumericKey, value: number, lang: Locale): string {
  const t = chipStrings[lang];
  const n = (v: number, digits = 1) => formatNumber(v, lang, digits);
  switch (key) {
    case 'fp16DenseTflops':
    case 'fp8DenseTflops':
    case 'fp4DenseTflops':
      return `${n(value)} ${t.unitTflops}`;
    case 'int8DenseTops':
      return `${n(value)} ${t.unitTops}`;
    case 'memoryGb':
      return `${n(value)} ${t.unitGb}`;
    case 'memoryBandwidthTBs':
      return `${n(value, 3)} ${t.unitTBs}`;
    case 'interconnectGBs':
      return value === 0 ? t.noLink : `${n(value)} ${t.unitGBs}`;
    case 'pcieGBs':
      return `${n(value)} ${t.unitGBs}`;
    case 'transistorsBillion':
      return `${n(value)} ${t.unitBillion}`;
    case 'dieAreaMm2':
      return `${n(value, 2)} ${t.unitMm2}`;
    case 'tdpW':
      return value >= 10000 ? `${n(value / 1000)} ${t.unitKW}` : `${n(value)} ${t.unitW}`;
  }
}

function figureView(chip: Chip, key: NumericKey | TextKey, lang: Locale, numbers: SourceNumbers): FigureView {
  const t = chipStrings[lang];
  const f = chip[key] as SourcedFigure<number | string>;
  let text: string | null = null;
  if (f.value !== null) {
    text =
      typeof f.value === 'number'
        ? formatFigure(key as NumericKey, f.value, lang)
        : key === 'announced' || key === 'shipped'
          ? formatPartialDate(f.value, lang)
          : f.value;
  }
  return {
    key,
    label: t[key],
    text,
    ...(f.note ? { note: f.note[lang] } : {}),
    estimate: f.estimate,
    halved: f.halvedFromSparse,
    marks: numbers.marks(f.sources),
  };
}

function checkText(c: Check, chip: Chip, lang: Locale): string {
  const t = chipStrings[lang];
  const label = t[`metric_${c.metric}`];
  if (c.value === null) return `${label} ${t.notDisclosed}`;
  const digits = c.metric === 'pd' ? 2 : 1;
  const fmt = (v: number) => formatNumber(c.metric === 'pd' ? roundDensity(v) : v, lang, digits);
  const relation = c.value >= c.limit ? '≥' : '<';
  let value = fmt(c.value);
  if (c.metric === 'io' && chip.pcieGBs.value !== null && chip.interconnectGBs.value !== null) {
    value = `${fill(t.ioBasis, { link: fmt(chip.interconnectGBs.value), pcie: fmt(chip.pcieGBs.value) })} = ${value}`;
  }
  return `${label} ${value} ${relation} ${fmt(c.limit)}`;
}

function verdictView(v: Verdict<string>, chip: Chip, lang: Locale, numbers: SourceNumbers): VerdictView {
  const t = chipStrings[lang];
  return {
    rule: v.rule,
    label: t[`rule_${v.rule}`],
    test: fill(t[`ruleTest_${v.rule}`], ruleNumbers(lang)),
    outcome: t[`outcome_${v.outcome}` as keyof Strings],
    outcomeKey: v.outcome,
    because: v.checks.map((c) => checkText(c, chip, lang)).join(t.checkSep),
    estimate: v.estimate,
    marks: numbers.marks(ruleSources[v.rule]),
  };
}

/**
 * Everything a chip card shows, formatted for one language: figure groups, TPP and density
 * with their sums, explainable verdicts, export history and doubts, each with card-local
 * source numbers (`sources[n - 1]` is the id behind mark `n`).
 */
export function chipCardView(chip: Chip, lang: Locale): ChipCardView {
  const t = chipStrings[lang];
  const numbers = new SourceNumbers();
  const c = classify(chip);
  const groupViews = groups.map((g) => ({
    key: g.key,
    label: t[g.label],
    figures: g.fields.map((k) => figureView(chip, k, lang, numbers)),
  }));
  const tppView = c.tpp
    ? {
        text: formatNumber(c.tpp.value, lang, 1),
        basis:
          fill(t.tppBasis, { precision: precisionLabel[c.tpp.precision], dense: formatNumber(c.tpp.dense, lang, 1), bits: c.tpp.bits }) +
          (c.tpp.tiedWith.length ? ` (${fill(t.tppTie, { others: c.tpp.tiedWith.map((p) => precisionLabel[p]).join(', ') })})` : ''),
        estimate: c.tpp.estimate,
        halved: c.tpp.halvedFromSparse,
        marks: numbers.marks(c.tpp.sources),
      }
    : null;
  const densityView = c.density
    ? {
        text: formatNumber(roundDensity(c.density.value), lang, 2),
        basis: fill(t.pdBasis, { tpp: formatNumber(c.density.tpp, lang, 1), area: formatNumber(c.density.dieAreaMm2, lang, 2) }),
        estimate: c.density.estimate,
        marks: numbers.marks(chip.dieAreaMm2.sources),
      }
    : null;
  const all: (Verdict<string> | null)[] = [c.oct2022, c.oct2023, c.jan2026];
  const verdicts = all.filter((v): v is Verdict<string> => v !== null).map((v) => verdictView(v, chip, lang, numbers));
  const s = c.ifSparseCounted;
  const sparseWhatIf = s
    ? fill(t.sparseWhatIf, {
        tpp: formatNumber(s.tpp, lang, 1),
        pd: s.pd === null ? '' : fill(t.sparseWhatIfPd, { pd: formatNumber(roundDensity(s.pd), lang, 2) }),
        outcome: t[`outcome_${s.outcome}` as keyof Strings],
      })
    : null;
  const history = chip.exportStatus.map((step) => ({
    date: step.date,
    dateText: formatPartialDate(step.date, lang),
    text: step.status[lang],
    marks: numbers.marks(step.sources),
  }));
  const doubts = chip.doubts.map((d) => ({ text: d.text[lang], marks: numbers.marks(d.sources) }));
  const explorerHref = explorerRowPath(lang, chip);
  const rulesHeading =
    chip.form === 'system' ? t.rulesHeadingSystem : chip.market === 'china-domestic' ? t.rulesHeadingDomestic : t.rulesHeading;
  return {
    groups: groupViews,
    rulesHeading,
    explorer: explorerHref ? { href: explorerHref, text: fill(t.explorerLink, { chip: chip.shortName ?? chip.name }) } : null,
    tpp: tppView,
    density: densityView,
    verdicts,
    sparseWhatIf,
    history,
    doubts,
    sources: numbers.order,
    classification: c,
  };
}
