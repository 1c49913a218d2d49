/**
 * The reader's own chip: the form's fields as text (what the reader typed, or the address holds),
 * read into a chip the rule tests understand, with a clear error for every figure that is not one.
 * A form started from a database chip keeps that chip as long as no figure changes; once one
 * does, it is a new product (no letter or arrangement names it), with its maker kept.
 */
import type { Locale } from '../i18n/locales.ts';
import type { InputFigure, RuleChipInput } from '../rules/types.ts';
import type { ExplorerChip } from './model.ts';

/** The number fields, by their name in the form and in the address. */
export const numberFields = ['tops', 'tpp', 'area', 'mem', 'link', 'host'] as const;
export type NumberField = (typeof numberFields)[number];

/** The bit lengths a throughput can be given at. */
export const bitLengths = ['4', '8', '16', '32', '64'] as const;

/** The form, as text. */
export interface OwnChipFields {
  /** Database chip the figures started from, or '' for a chip of the reader's own. */
  chip: string;
  mode: 'throughput' | 'tpp';
  tops: string;
  bits: string;
  /** The throughput typed counts 2:4 sparsity, so it is halved. */
  sparse: boolean;
  tpp: string;
  area: string;
  mem: string;
  link: string;
  host: string;
  dc: 'yes' | 'no';
}

/** An empty form: throughput at 16 bits, a data-centre part. */
export const emptyFields: OwnChipFields = {
  chip: '',
  mode: 'throughput',
  tops: '',
  bits: '16',
  sparse: false,
  tpp: '',
  area: '',
  mem: '',
  link: '',
  host: '',
  dc: 'yes',
};

/** A figure written for a form field (plain digits, a dot for decimals: the address's form). */
function plain(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(Number(value.toPrecision(12)));
}

/**
 * The form filled from a database chip: the deciding precision's dense throughput and bit
 * length (a figure halved from a sparse datasheet value is already dense), its die area, memory
 * bandwidth (GB/s), chip-to-chip and host links.
 */
export function presetFields(chip: ExplorerChip): OwnChipFields {
  const i = chip.input;
  return {
    chip: chip.id,
    mode: chip.tpp ? 'throughput' : 'tpp',
    tops: plain(chip.tpp?.dense),
    bits: chip.tpp ? String(chip.tpp.bits) : '16',
    sparse: false,
    tpp: '',
    area: plain(i.dieAreaMm2.value),
    mem: plain(i.memoryBandwidthGBs.value),
    link: plain(i.interconnectGBs.value),
    host: plain(i.hostIoGBs.value),
    dc: i.dataCentre === false ? 'no' : 'yes',
  };
}

/**
 * Reads a number as readers write it: spaces (also thin and non-breaking) group thousands; in
 * French a comma is the decimal mark, in English a comma groups thousands (`2,368`) unless it
 * cannot (`1,5` is 1.5). Returns null for an empty field and NaN for text that is not a number.
 */
export function parseFigure(text: string, lang: Locale): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  if (t.includes(',')) {
    if (t.includes('.')) t = t.replace(/,/g, '');
    else if (lang === 'en' && /^\d{1,3}(,\d{3})+$/.test(t)) t = t.replace(/,/g, '');
    else t = t.replace(',', '.');
  }
  return /^(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

/** A figure that is not acceptable, and why. */
export interface FieldProblem {
  field: NumberField | 'bits' | 'compute' | 'chip';
  kind: 'number' | 'positive' | 'negative' | 'bits' | 'compute' | 'preset';
  /** What was typed. */
  value: string;
}

/** The reader's chip, or the problems that stop it from being tested. */
export interface OwnChipReading {
  /** Null when a problem stops the test. */
  input: RuleChipInput | null;
  problems: FieldProblem[];
  /** The database chip it started from, if any. */
  preset: ExplorerChip | null;
  /** True when a figure differs from the preset's. */
  modified: boolean;
}

/** Fields that must be above zero when given; the links may be 0 (no such link). */
const mustBePositive: Record<NumberField, boolean> = { tops: true, tpp: true, area: true, mem: true, link: false, host: false };

function sameFigure(a: string, b: string, lang: Locale): boolean {
  return parseFigure(a, lang) === parseFigure(b, lang) || (a.trim() === '' && b.trim() === '');
}

/** True when the fields differ from the preset's own figures (in what the current mode reads). */
export function differsFromPreset(fields: OwnChipFields, preset: ExplorerChip, lang: Locale): boolean {
  const p = presetFields(preset);
  if (fields.mode !== p.mode || fields.dc !== p.dc) return true;
  const compute: (keyof OwnChipFields)[] = fields.mode === 'tpp' ? ['tpp'] : ['tops', 'bits', 'sparse'];
  for (const key of [...compute, 'area', 'mem', 'link', 'host'] as const) {
    const [a, b] = [fields[key], p[key]];
    if (typeof a === 'boolean' ? a !== b : !sameFigure(a, b as string, lang)) return true;
  }
  return false;
}

/**
 * Reads the form. Every field that is given must be a number (TPP, throughput, die area and
 * memory bandwidth above zero; links zero or more); compute needs a TPP or a throughput with a
 * bit length; the other figures may be left empty (unknown). Unchanged from a preset, the chip
 * is the database chip itself; changed, it is a new chip of the same maker, whose figures keep
 * their "estimate" mark only where they still equal the preset's.
 */
export function readOwnChip(fields: OwnChipFields, presets: ReadonlyMap<string, ExplorerChip>, lang: Locale): OwnChipReading {
  const problems: FieldProblem[] = [];
  const preset = fields.chip ? (presets.get(fields.chip) ?? null) : null;
  if (fields.chip && !preset) problems.push({ field: 'chip', kind: 'preset', value: fields.chip });
  const read = (field: NumberField): number | null => {
    const value = parseFigure(fields[field], lang);
    if (value === null) return null;
    if (Number.isNaN(value)) problems.push({ field, kind: 'number', value: fields[field] });
    else if (mustBePositive[field] && value <= 0) problems.push({ field, kind: 'positive', value: fields[field] });
    else if (value < 0) problems.push({ field, kind: 'negative', value: fields[field] });
    else return value;
    return null;
  };
  const figures = Object.fromEntries(numberFields.map((f) => [f, read(f)])) as Record<NumberField, number | null>;
  const bits = fields.mode === 'throughput' && bitLengths.includes(fields.bits as (typeof bitLengths)[number]) ? Number(fields.bits) : null;
  if (fields.mode === 'throughput' && bits === null) problems.push({ field: 'bits', kind: 'bits', value: fields.bits });
  const computeGiven = fields.mode === 'tpp' ? figures.tpp !== null : figures.tops !== null;
  const computeTyped = fields.mode === 'tpp' ? fields.tpp.trim() !== '' : fields.tops.trim() !== '';
  if (!computeGiven && !computeTyped) problems.push({ field: 'compute', kind: 'compute', value: '' });
  const modified = preset ? differsFromPreset(fields, preset, lang) : false;
  if (problems.length) return { input: null, problems, preset, modified };
  if (preset && !modified) return { input: preset.input, problems, preset, modified };

  // A figure equal to the preset's keeps the preset's "estimate" mark.
  const p = preset ? presetFields(preset) : null;
  const kept = (field: NumberField, figure: InputFigure | undefined): boolean =>
    !!p && !!figure && sameFigure(fields[field], p[field], lang) && figure.estimate;
  const figure = (field: NumberField, from?: InputFigure): InputFigure => ({ value: figures[field], estimate: kept(field, from) });
  const i = preset?.input;
  const computeEstimate = !!preset?.tpp?.estimate && fields.mode === 'throughput' && kept('tops', { value: null, estimate: true });
  return {
    input: {
      id: null,
      maker: preset?.maker ?? null,
      compute:
        fields.mode === 'tpp'
          ? { kind: 'tpp', tpp: figures.tpp, estimate: false }
          : { kind: 'throughput', tops: figures.tops, bits: bits!, estimate: computeEstimate, sparse: fields.sparse },
      dieAreaMm2: figure('area', i?.dieAreaMm2),
      memoryBandwidthGBs: figure('mem', i?.memoryBandwidthGBs),
      interconnectGBs: figure('link', i?.interconnectGBs),
      hostIoGBs: figure('host', i?.hostIoGBs),
      dataCentre: fields.dc === 'yes',
      announced: null,
    },
    problems,
    preset,
    modified,
  };
}
