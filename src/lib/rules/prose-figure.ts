/**
 * What `<RuleFigure>` prints: a line of a US export-rule version (a TPP threshold, a bandwidth, a
 * share of revenue) or one published reading of a line the government never gave, read from the
 * rule's data file and written in the page's language, so prose never types a number the data holds.
 */
import type { LineRange, LineReading, Rule } from '../../schemas/rule.ts';
import { formatFixed } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { chipStrings } from '../i18n/strings/chips.ts';

/** The unit a rule line is written in, from its key's name (`…GBs`, `…Percent…`, `…GBsPerMm2`); null for TPP and density. */
export type RuleLineUnit = 'gbs' | 'percent' | 'gbsPerMm2' | null;

/** One numeric line of a rule's test. */
export interface RuleLine {
  value: number;
  unit: RuleLineUnit;
}

/** Which line of a reading to print: memory bandwidth, chip-to-chip I/O, or both together. */
export type ReadingLine = 'memory' | 'io' | 'combined';

export interface RuleFigureOptions {
  /** Decimals to show (default: as many as the value has, up to 2). */
  digits?: number;
  /** Show the unit (default true). */
  unit?: boolean;
  /** Print a bandwidth in TB/s instead of GB/s. */
  as?: 'tbs' | 'gbs';
}

export interface RuleReadingOptions extends RuleFigureOptions {
  /** The line of the reading (default: memory, else I/O, else combined). */
  line?: ReadingLine;
  /** How a range reads: "1.7–1.8 TB/s" (`dash`, default), "1.7 to 1.8" / « 1,7 à 1,8 » (`to`), "1.7 and 1.8" / « 1,7 et 1,8 » (`and`, after "between"). */
  range?: 'dash' | 'to' | 'and';
}

function unitOfKey(key: string): RuleLineUnit {
  if (/GBsPerMm2$/.test(key)) return 'gbsPerMm2';
  if (/GBs$/.test(key)) return 'gbs';
  if (/Percent/.test(key)) return 'percent';
  return null;
}

/** The numeric lines of a rule's test, by dotted path (`tppMin`, `a.pdMin`, `b1.tppMin`, `sharePercent`…). */
export function ruleLines(rule: Rule): Map<string, RuleLine> {
  const lines = new Map<string, RuleLine>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'number') lines.set(path.join('.'), { value, unit: unitOfKey(path.at(-1)!) });
    else if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(rule.test, []);
  return lines;
}

/** `rule.test.<field>` as a number with its unit, or null when the rule has no such numeric line. */
export function ruleLine(rule: Rule, field: string): RuleLine | null {
  return ruleLines(rule).get(field) ?? null;
}

/** The published readings of a rule's unpublished line (April 2025 letter); empty for other tests. */
export function ruleReadings(rule: Rule): readonly LineReading[] {
  return rule.test.kind === 'bandwidth-letter' ? rule.test.readings : [];
}

/** One reading by id, or null. */
export function ruleReading(rule: Rule, id: string): LineReading | null {
  return ruleReadings(rule).find((r) => r.id === id) ?? null;
}

function unitWords(unit: RuleLineUnit | 'tbs', lang: Locale): string {
  const t = chipStrings[lang];
  if (unit === 'gbs') return t.unitGBs;
  if (unit === 'tbs') return t.unitTBs;
  if (unit === 'gbsPerMm2') return `${t.unitGBs}/${t.unitMm2}`;
  return '';
}

/** Numbers in GB/s, converted to TB/s on request, with the unit to print after them. */
function inUnit(values: number[], unit: RuleLineUnit, as: RuleFigureOptions['as']): { values: number[]; unit: RuleLineUnit | 'tbs' } {
  if (unit === 'gbs' && as === 'tbs') return { values: values.map((v) => v / 1000), unit: 'tbs' };
  return { values, unit };
}

function withUnit(number: string, unit: RuleLineUnit | 'tbs', lang: Locale, show: boolean): string {
  if (!show || unit === null) return number;
  if (unit === 'percent') return lang === 'fr' ? `${number}\u00a0%` : `${number}%`;
  return `${number}\u00a0${unitWords(unit, lang)}`;
}

/** A rule line as prose shows it: "4,800", "5.92", "6,500 GB/s", "15%" (French "4 800", "15 %"); null for an unknown field. */
export function proseRuleFigure(rule: Rule, field: string, lang: Locale, options: RuleFigureOptions = {}): string | null {
  const line = ruleLine(rule, field);
  if (!line) return null;
  const { values, unit } = inUnit([line.value], line.unit, options.as);
  return withUnit(formatFixed(values[0]!, lang, options.digits), unit, lang, options.unit !== false);
}

/** The range a reading gives on one of its lines, in GB/s, or null when the reading has no such line. */
export function readingRange(reading: LineReading, line?: ReadingLine): LineRange | null {
  if (line) return reading[`${line}GBs` as const];
  return reading.memoryGBs ?? reading.ioGBs ?? reading.combinedGBs;
}

/** A reading as prose shows it: "1.4 TB/s", "1.7–1.8 TB/s", "1,400 GB/s"; null for an unknown reading or line. */
export function proseRuleReading(rule: Rule, id: string, lang: Locale, options: RuleReadingOptions = {}): string | null {
  const reading = ruleReading(rule, id);
  const range = reading && readingRange(reading, options.line);
  if (!range) return null;
  const { values, unit } = inUnit(range.low === range.high ? [range.low] : [range.low, range.high], 'gbs', options.as);
  const numbers = values.map((v) => formatFixed(v, lang, options.digits));
  const words = { to: { en: ' to ', fr: '\u00a0à ' }, and: { en: ' and ', fr: '\u00a0et ' } };
  const between = options.range && options.range !== 'dash' ? words[options.range][lang] : '–';
  return withUnit(numbers.join(between), unit, lang, options.unit !== false);
}

/** What a `<RuleFigure>` cites: the reading's sources, or the rule's first source for a line. */
export function ruleFigureSources(rule: Rule, reading?: string): readonly string[] {
  if (reading) return ruleReading(rule, reading)?.sources ?? [];
  return rule.sources.slice(0, 1);
}

/** The source ids behind a `<RuleFigure rule field|reading>`, for citation numbering; unknown rules or readings have none. */
export function ruleFigureSourcesIn(rules: ReadonlyMap<string, Rule>): (rule: string, reading?: string) => readonly string[] {
  return (ruleId, reading) => {
    const rule = rules.get(ruleId);
    return rule ? ruleFigureSources(rule, reading) : [];
  };
}
