/**
 * The explorer's state in its address, so a journalist can paste a view:
 *
 * - `date=2025-04-15`: the day on the map;
 * - `chip=h20`: the chip followed on the map (its status in words under it);
 * - the form's chip: `from=h20` when it starts from a database chip, then only the figures that
 *   differ from that chip's; without `from`, the reader's own chip from scratch: `tpp`, or `tops`
 *   with `bits` (and `sparse=1`), then `area`, `mem`, `link`, `host`, `dc=no`. With neither, the
 *   form shows its example (the H20).
 *
 * Nothing here throws: a value that cannot be used is reported (the page says so next to the
 * control) and the default takes its place.
 */
import { isDay } from './days.ts';
import type { ExplorerChip } from './model.ts';
import { emptyFields, numberFields, type OwnChipFields, presetFields } from './own-chip.ts';

/** Where the form's figures came from. */
export type FormOrigin = 'example' | 'preset' | 'scratch';

export interface ExplorerState {
  date: string;
  chip: string;
  form: OwnChipFields;
  origin: FormOrigin;
}

/** A value from the address that could not be used, as it was written. */
export interface StateProblems {
  date?: string;
  chip?: string;
  from?: string;
}

/** The keys the explorer owns in the address (others are kept as they are). */
export const explorerKeys = ['date', 'chip', 'from', ...numberFields, 'bits', 'sparse', 'dc'] as const;

/** Form keys other than `from`. */
const figureKeys = [...numberFields, 'bits', 'sparse', 'dc'] as const;

/** The state the page opens on with no query string: the default day, the H20 followed and as the example. */
export function defaultState(chips: ReadonlyMap<string, ExplorerChip>, defaults: { date: string; chip: string }): ExplorerState {
  const chip = chips.get(defaults.chip);
  return { date: defaults.date, chip: defaults.chip, form: chip ? presetFields(chip) : { ...emptyFields }, origin: 'example' };
}

/**
 * Reads the state from a query string. Unknown or malformed values are listed in `problems`
 * and replaced by the defaults; the form's figures are taken as written (the form itself says
 * when one is not a number).
 */
export function parseState(
  search: string,
  chips: ReadonlyMap<string, ExplorerChip>,
  defaults: { date: string; chip: string },
  range: { start: string; end: string },
): { state: ExplorerState; problems: StateProblems } {
  const params = new URLSearchParams(search);
  const problems: StateProblems = {};
  const state = defaultState(chips, defaults);

  const date = params.get('date');
  if (date !== null) {
    if (isDay(date) && date >= range.start && date <= range.end) state.date = date;
    else problems.date = date;
  }
  const chip = params.get('chip');
  if (chip !== null) {
    if (chips.has(chip)) state.chip = chip;
    else problems.chip = chip;
  }

  const from = params.get('from');
  const preset = from !== null ? chips.get(from) : undefined;
  if (from !== null && !preset) problems.from = from;
  const figures = figureKeys.some((k) => params.has(k));
  if (preset) {
    state.form = presetFields(preset);
    state.origin = 'preset';
  } else if (figures || from !== null) {
    state.form = { ...emptyFields };
    state.origin = 'scratch';
  }
  const form = state.form;
  for (const key of numberFields) {
    const value = params.get(key);
    if (value !== null) form[key] = value;
  }
  if (params.has('tpp')) form.mode = 'tpp';
  else if (params.has('tops')) form.mode = 'throughput';
  const bits = params.get('bits');
  if (bits !== null) form.bits = bits;
  const sparse = params.get('sparse');
  if (sparse !== null) form.sparse = sparse === '1' || sparse === 'true';
  const dc = params.get('dc');
  if (dc === 'no' || dc === 'yes') form.dc = dc;
  return { state, problems };
}

type TextKey = 'tops' | 'tpp' | 'area' | 'mem' | 'link' | 'host' | 'bits';

/** The map's query values: the day and the followed chip, always written once moved, so a pasted link keeps its meaning when the page's defaults change. */
export function mapParams(state: Pick<ExplorerState, 'date' | 'chip'>): Record<string, string> {
  return { date: state.date, chip: state.chip };
}

/**
 * The form's query values (null removes a key): `from` and the figures that differ from that
 * chip's, or every figure given for a chip from scratch, and nothing while it shows its example.
 */
export function formParams(
  state: Pick<ExplorerState, 'form' | 'origin'>,
  chips: ReadonlyMap<string, ExplorerChip>,
): Record<string, string | null> {
  const out: Record<string, string | null> = Object.fromEntries(['from', ...figureKeys].map((k) => [k, null]));
  if (state.origin === 'example') return out;
  const f = state.form;
  const preset = state.origin === 'preset' ? chips.get(f.chip) : undefined;
  if (preset) out.from = preset.id;
  const base = preset ? presetFields(preset) : emptyFields;
  const write = (key: TextKey) => {
    const value = f[key].trim();
    if (preset ? value !== base[key].trim() : value !== '') out[key] = value;
  };
  // A TPP typed directly is written whenever the mode differs from the start: its key is what says "TPP mode".
  if (f.mode === 'tpp') {
    if (base.mode !== 'tpp' || f.tpp.trim() !== base.tpp.trim()) out.tpp = f.tpp.trim();
  } else {
    write('tops');
    if (f.bits !== base.bits || (!preset && out.tops !== null)) out.bits = f.bits;
    if (f.sparse) out.sparse = '1';
  }
  for (const key of ['area', 'mem', 'link', 'host'] as const) write(key);
  if (f.dc !== base.dc) out.dc = f.dc;
  return out;
}

/**
 * The explorer opened on a day, following a chip if given: `/en/rules/?date=2025-04-09&chip=h20#on-a-day`.
 * Chapters link here where they tell a rule change (RuleLink), so the reader lands on the map that day.
 */
export function explorerDayPath(lang: string, day: string, chip?: string): string {
  const params = new URLSearchParams({ date: day });
  if (chip) params.set('chip', chip);
  return `/${lang}/rules/?${params}#on-a-day`;
}
