import type { Chip, ChipForm, ChipMarket } from '../../schemas/chip.ts';
import type { Rule } from '../../schemas/rule.ts';
import { chipPath } from '../chips/chip-url.ts';
import { roundDensity } from '../chips/density.ts';
import { type Precision, tpp as tppOf } from '../chips/tpp.ts';
import type { Locale } from '../i18n/locales.ts';
import { ruleChipWithTpp } from '../rules/chip-input.ts';
import { type RuleCore, ruleCore } from '../rules/core.ts';
import type { EvaluationContext } from '../rules/evaluate.ts';
import type { RuleChipInput } from '../rules/types.ts';
import { defaultDay, EXPLORER_RANGE } from './days.ts';

/**
 * What the rule explorer knows, as plain data: built once per language at build time from the
 * validated chips and rule versions, rendered into the page, and sent to the browser as JSON so
 * that the same functions answer there. No prose of the rule versions travels (see `RuleCore`).
 */

/** How a chip's TPP was obtained, so the form can be filled with the figure behind it. */
export interface ExplorerTpp {
  value: number;
  precision: Precision;
  /** Dense throughput of the deciding precision (TFLOPS or TOPS). */
  dense: number;
  bits: number;
  estimate: boolean;
  halvedFromSparse: boolean;
}

/** One chip of the database as the explorer uses it. Systems (racks of many chips) are left out. */
export interface ExplorerChip {
  id: string;
  name: string;
  shortName: string;
  maker: string;
  market: ChipMarket;
  form: Exclude<ChipForm, 'system'>;
  /** Its card: `/en/chips/#chip-h20` or `/en/alternatives/#chip-ascend-910c`. */
  href: string;
  /** The chip as the rule tests read it (a data-centre part). */
  input: RuleChipInput;
  tpp: ExplorerTpp | null;
  /** Performance density rounded to two decimals, as the cards show it; null without a die area. */
  density: number | null;
  /** Dated steps of its export history: before the first one, a chip without an announcement date is "not yet announced". */
  events: { date: string }[];
  /** False for chips China designs and makes: the US export rules do not govern them. */
  usExport: boolean;
}

/** Everything the explorer needs in one language. */
export interface ExplorerModel {
  lang: Locale;
  rules: RuleCore[];
  chips: ExplorerChip[];
  range: { start: string; end: string };
  /** The day the page opens on. */
  defaultDate: string;
  /** The chip selected when the address names none, and the form's example. */
  defaultChip: string;
}

/** The chip the explorer opens on: the one the site is about. */
export const DEFAULT_CHIP = 'h20';

/** A database chip for the explorer, or null for a system. */
export function explorerChip(chip: Chip, lang: Locale): ExplorerChip | null {
  if (chip.form === 'system') return null;
  const t = tppOf(chip);
  const die = chip.dieAreaMm2.value;
  return {
    id: chip.id,
    name: chip.name,
    shortName: chip.shortName ?? chip.name,
    maker: chip.maker,
    market: chip.market,
    form: chip.form,
    href: chipPath(lang, chip),
    input: ruleChipWithTpp(chip, t),
    tpp: t
      ? { value: t.value, precision: t.precision, dense: t.dense, bits: t.bits, estimate: t.estimate, halvedFromSparse: t.halvedFromSparse }
      : null,
    density: t && die !== null ? roundDensity(t.value / die) : null,
    events: chip.exportStatus.map((e) => ({ date: e.date })),
    usExport: chip.market !== 'china-domestic',
  };
}

/** The explorer's model for one language, from every chip and rule version (rules in date order). */
export function explorerModel(chips: readonly Chip[], rules: readonly Rule[], lang: Locale): ExplorerModel {
  const cores = [...rules].sort((a, b) => a.id.localeCompare(b.id)).map(ruleCore);
  return {
    lang,
    rules: cores,
    chips: chips.flatMap((c) => explorerChip(c, lang) ?? []),
    range: { ...EXPLORER_RANGE },
    defaultDate: defaultDay(cores),
    defaultChip: DEFAULT_CHIP,
  };
}

/**
 * The context the evaluators need: every chip by id (the August 2022 letters compare with the
 * A100), and a cache of verdicts, which do not depend on the day (a date change then only walks
 * the dates of each version).
 */
export function evaluationContext(model: Pick<ExplorerModel, 'chips'>): EvaluationContext {
  return { chips: new Map(model.chips.map((c) => [c.id, c.input])), cache: new WeakMap() };
}
