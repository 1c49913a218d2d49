/**
 * What the explorer's parts show, computed from the model: the reader's chip's results (the build
 * writes the example, the browser every later answer) and the table of chips × rule versions.
 * Components only turn these into HTML.
 */
import { explorerRowAnchor } from '../chips/chip-url.ts';
import { fill } from '../i18n/fill.ts';
import { normalise } from '../rules/chip-input.ts';
import type { RuleCore } from '../rules/core.ts';
import { evaluateAll, type EvaluationContext } from '../rules/evaluate.ts';
import { dayText, formatMetric, statusInSentence, type VerdictView, verdictView, type Words } from './describe.ts';
import type { ExplorerChip } from './model.ts';
import type { OwnChipReading } from './own-chip.ts';
import { standingOn } from './status.ts';

/** Outcomes that mean a version catches the chip (a licence of some kind is needed). */
const catching = new Set([
  'named-chips-and-peers_licence-required',
  'tpp-and-io_controlled',
  'tpp-and-density_3a090a',
  'tpp-and-density_3a090b',
  'bandwidth-letter_licence-required',
  'bandwidth-letter_depends-on-reading',
]);

/** The results of the reader's chip, in words. */
export interface OwnChipResult {
  title: string;
  /** "TPP 2,368 (148 × 16 bits)" */
  tpp: string;
  /** "performance density 2.91 (2,368 ÷ 814 mm²)" or why it cannot be computed. */
  density: string;
  verdicts: VerdictView[];
  /** Its status on the map's day, in a sentence. */
  onDay: string;
  /** Notes on what it is (a changed chip, a chip made in China, a chip of the reader's own). */
  notes: string[];
  /** For the announcement: how many versions catch it, of how many. */
  caught: number;
  total: number;
  /** Short figures for the announcement: TPP, and density when known. */
  short: { tpp: string; density: string | null };
  status: string;
}

/**
 * The verdict of every rule version on the reader's chip, its TPP and density with their sums,
 * and its status on `day`. Null when the form has problems.
 */
export function ownChipResult(
  reading: OwnChipReading,
  rules: readonly RuleCore[],
  ctx: EvaluationContext,
  day: string,
  w: Words,
): OwnChipResult | null {
  const { input, preset, modified } = reading;
  if (!input) return null;
  const { s } = w;
  const n = normalise(input);
  const tppValue = n.tpp.value!;
  const compute = input.compute;
  let sum: string | null = null;
  if (compute.kind === 'throughput' && compute.tops !== null) {
    const dense = compute.sparse ? compute.tops / 2 : compute.tops;
    sum = fill(s.tppSum, { dense: formatMetric('tpp', dense, w), bits: compute.bits });
    if (compute.sparse) sum += `, ${fill(s.tppHalved, { sparse: formatMetric('tpp', compute.tops, w) })}`;
  } else if (preset?.tpp && !modified) {
    sum = fill(s.tppSum, { dense: formatMetric('tpp', preset.tpp.dense, w), bits: preset.tpp.bits });
  }
  const tpp = `${fill(s.tppResult, { value: formatMetric('tpp', tppValue, w) })}${sum ? ` (${sum})` : ''}`;
  const pd = n.pd.value;
  const area = input.dieAreaMm2.value;
  const density =
    pd === null || area === null
      ? s.densityNone
      : `${fill(s.densityResult, { value: formatMetric('pd', pd, w) })} (${fill(s.densitySum, {
          tpp: formatMetric('tpp', tppValue, w),
          area: formatMetric('tpp', area, w),
        })})`;
  const verdicts = evaluateAll(rules, input, ctx).map((v, i) => verdictView(rules[i]!, v, w));
  const caught = verdicts.filter((v) => catching.has(v.key)).length;
  const { status, sentence } = ownChipOnDay(reading, rules, ctx, day, w)!;
  const name = preset ? (modified ? fill(s.resultsModified, { chip: preset.shortName }) : preset.shortName) : s.resultsYours;
  const notes: string[] = [];
  if (preset && !preset.usExport) notes.push(fill(s.domesticForm, { chip: preset.shortName }));
  else if (preset && modified) notes.push(fill(s.modifiedNote, { chip: preset.shortName }));
  else if (!preset) notes.push(s.readerNote);
  return {
    title: fill(s.resultsTitle, { chip: name }),
    tpp,
    density,
    verdicts,
    onDay: sentence,
    notes,
    caught,
    total: verdicts.length,
    short: { tpp: formatMetric('tpp', tppValue, w), density: pd === null ? null : formatMetric('pd', pd, w) },
    status,
  };
}

/**
 * The reader's chip's status on a day, in a sentence: the only part of its results that depends
 * on the map's day, so a date change rewrites this line alone. A chip made in China has none.
 */
export function ownChipOnDay(
  reading: OwnChipReading,
  rules: readonly RuleCore[],
  ctx: EvaluationContext,
  day: string,
  w: Words,
): { status: string; sentence: string } | null {
  const { input, preset, modified } = reading;
  if (!input) return null;
  const standing = preset && !preset.usExport ? null : standingOn(input, day, rules, ctx, !modified && preset ? preset.events : []);
  const status = statusInSentence(standing ? standing.status : 'not-us-export', w);
  return { status, sentence: fill(w.s.statusOnDay, { date: dayText(day, w), status }) };
}

/** One row of the table: a US chip and its verdict under each version. */
export interface TableRow {
  id: string;
  name: string;
  /** The chip's card, where its figures' sources are. */
  href: string;
  cells: VerdictView[];
}

/** The table of US chips × rule versions, by announcement date (chips made in China have no row: they are not US exports). */
export function tableRows(chips: readonly ExplorerChip[], rules: readonly RuleCore[], ctx: EvaluationContext, w: Words): TableRow[] {
  const since = (c: ExplorerChip) => c.input.announced ?? c.events[0]?.date ?? '9999';
  return chips
    .filter((c) => c.usExport)
    .toSorted((a, b) => since(a).localeCompare(since(b)) || a.id.localeCompare(b.id))
    .map((c) => ({
      id: c.id,
      name: c.shortName,
      href: c.href,
      cells: evaluateAll(rules, c.input, ctx).map((v, i) => verdictView(rules[i]!, v, w)),
    }));
}

/** Anchor of a chip's row in the table (chip cards link to it). */
export const rowAnchor = explorerRowAnchor;
