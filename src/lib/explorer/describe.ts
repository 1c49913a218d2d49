/**
 * The explorer's verdicts and statuses in plain words ("TPP 2,368 is under 4,800; density 2.91 is
 * under 3.2"), in the page's language. Pure and small: the build writes the table, the example
 * and the first panels with it, and the browser writes every later answer with the same code,
 * from the page's strings only (never both dictionaries).
 */
import { roundDensity } from '../chips/density.ts';
import { fill } from '../i18n/fill.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { RulesStrings } from '../i18n/strings/rules.ts';
import type { RuleCore } from '../rules/core.ts';
import type { RuleChange } from '../rules/in-force.ts';
import type { Comparison, InputName, Metric, ReadingVerdict, Verdict } from '../rules/types.ts';
import type { FrameText, GuideText } from './map-layout.ts';
import type { ExplorerChip } from './model.ts';
import type { ChipOnDay, ExplorerStatus } from './status.ts';

/** What writing needs: the strings and language of the page, and each version's name in it. */
export interface Words {
  s: RulesStrings;
  lang: Locale;
  /** Rule version id → its name in the page's language ("October 2023 rule"). */
  ruleNames: Readonly<Record<string, string>>;
}

/** A number as the page writes it: `2,368` / `2 368`, densities with two decimals. */
export function formatMetric(metric: Metric, value: number, w: Words): string {
  switch (metric) {
    case 'tpp':
      return formatNumber(value, w.lang, 1);
    case 'pd':
    case 'hbm-density':
      return formatNumber(roundDensity(value), w.lang, 2);
    default:
      return `${formatNumber(value, w.lang, 0)} ${w.s.unitGBs}`;
  }
}

/** The sentence for a comparison, as the line is written: `TPP ≥ 4,800` not met reads "is under 4,800". */
function comparisonTemplate(op: Comparison['op'], met: boolean, s: RulesStrings): string {
  switch (op) {
    case '>=':
      return met ? s.cmpReaches : s.cmpUnder;
    case '<':
      return met ? s.cmpUnder : s.cmpNotUnder;
    case '>':
      return met ? s.cmpAbove : s.cmpNotAbove;
    case '<=':
      return met ? s.cmpNotAbove : s.cmpAbove;
  }
}

/** One comparison in words: "TPP 2,368 is under 4,800", "memory bandwidth 4,000 GB/s reaches 1,400 GB/s (approximate line)". */
export function comparisonText(c: Comparison, w: Words): string {
  const { s } = w;
  const metric = s[`m_${c.metric}`];
  const limit = formatMetric(c.metric, c.limit, w);
  const tail = c.limitEstimate ? s.cmpApproxLine : '';
  if (c.value === null || c.met === null) return fill(s.cmpUnknown, { metric, limit }) + tail;
  const value = formatMetric(c.metric, c.value, w) + (c.estimate ? s.cmpEstimate : '');
  return fill(comparisonTemplate(c.op, c.met, s), { metric, value, limit }) + tail;
}

/** A test's outcome in words, long (form, panels) or short (table cells). */
export function outcomeText(kind: RuleCore['test']['kind'], outcome: string, w: Words, short = false): string {
  const key = `${short ? 'x' : 'o'}_${kind}_${outcome}` as keyof RulesStrings;
  return w.s[key] ?? outcome;
}

/** The clause that decided a verdict, in words; null when none did. */
export function clauseText(clause: string | null, w: Words): string | null {
  if (!clause) return null;
  const band = /^tariff-band-(\d+)$/.exec(clause);
  if (band) return fill(w.s.clause_tariffBand, { n: band[1]! });
  return w.s[`clause_${clause}` as keyof RulesStrings] ?? clause;
}

/** A status in words, as a label ("Licence required"). */
export function statusText(status: ExplorerStatus, w: Words): string {
  return w.s[`status_${status}`];
}

/** A status inside a sentence ("On 15 April 2025: licence required."). */
export function statusInSentence(status: ExplorerStatus, w: Words): string {
  const text = statusText(status, w);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A date after "since" or "from": "9 April 2025"; in French a day takes its article
 * ("depuis le 9 avril 2025") while a month does not ("dès février 2026").
 */
export function sinceText(date: string, w: Words): string {
  const text = formatPartialDate(date, w.lang);
  return w.lang === 'fr' && date.length === 10 ? `le ${text}` : text;
}

/** A list of words joined the page's way: "a, b and c". */
export function listText(items: readonly string[], w: Words): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${w.s.listAnd}${items.at(-1)}`;
}

function readingLabel(rule: RuleCore, id: string, lang: Locale): string {
  return rule.test.kind === 'bandwidth-letter' ? (rule.test.readings.find((r) => r.id === id)?.label[lang] ?? id) : id;
}

/** Each reading of an unpublished line, in words: "“About 1.4 TB/s …”: caught (memory bandwidth 4,000 GB/s reaches 1,400 GB/s)". */
export function readingTexts(rule: RuleCore, readings: readonly ReadingVerdict[], w: Words): string[] {
  return readings.map((r) => {
    const result = r.low === r.high ? w.s[`reading_${r.low}`] : w.s.readingSplit;
    const because = r.comparisons.map((c) => comparisonText(c, w)).join(w.s.sentenceSep);
    return `${fill(w.s.readingLine, { label: readingLabel(rule, r.reading, w.lang), result })}${because ? ` (${because})` : ''}`;
  });
}

/** One verdict, ready to show: outcome, clause, comparisons and every caveat, in words. */
export interface VerdictView {
  rule: string;
  ruleName: string;
  /** The version's description on the page. */
  href: string;
  /** `<test kind>_<outcome>`, for styling. */
  key: string;
  outcome: string;
  short: string;
  clause: string | null;
  /** The comparisons that decided it, in one sentence. */
  because: string;
  /** The same in symbols, for a table cell: "TPP 2,368 < 4,800 · density 2.91 < 3.2". */
  brief: string;
  /** One line per reading of an unpublished line. */
  readings: string[];
  /** Flags, the sparse what-if, estimates and missing figures. */
  notes: string[];
  /** The outcome if sparse throughput counted, short; null when it does not differ. */
  sparseShort: string | null;
  estimate: boolean;
}

const inputList = (names: readonly InputName[], w: Words) =>
  listText(
    names.map((n) => w.s[`input_${n}`]),
    w,
  );

/** Anchor of a rule version's description on the explorer page. */
export const ruleAnchor = (id: string) => `rule-${id}`;

/** The relation a comparison found, as a symbol: `TPP ≥ 4,800` not met is "<". */
const symbol: Record<Comparison['op'], [string, string]> = { '>=': ['≥', '<'], '<': ['<', '≥'], '>': ['>', '≤'], '<=': ['≤', '>'] };

/** A verdict's comparisons in symbols, for a table cell; a letter's readings as a count. */
function briefText(kind: RuleCore['test']['kind'], v: Verdict, w: Words): string {
  if (kind === 'bandwidth-letter') {
    const ends = v.readings.filter((r) => r.low === 'caught' || r.high === 'caught').length;
    return v.readings.length ? fill(w.s.briefReadings, { caught: ends, total: v.readings.length }) : '';
  }
  if (kind === 'revenue-share' && v.outcome === 'not-covered') return '';
  return v.comparisons
    .map((c) => {
      const name = w.s[`b_${c.metric}`];
      const limit = formatMetric(c.metric, c.limit, w);
      if (c.value === null || c.met === null) return `${name} ? ${limit}`;
      return `${name} ${formatMetric(c.metric, c.value, w)} ${symbol[c.op][c.met ? 0 : 1]} ${limit}`;
    })
    .join(' · ');
}

/** A verdict in words. */
export function verdictView(rule: RuleCore, v: Verdict, w: Words): VerdictView {
  const { s } = w;
  const kind = rule.test.kind;
  const notes: string[] = [];
  // Note 2's TPP bound comes from the rule's data, like every other line.
  const note2 = rule.test.kind === 'tpp-and-density' ? formatMetric('tpp', rule.test.note2NonDataCentreTppBelow, w) : '';
  for (const flag of v.flags) if (flag !== 'depends-on-reading') notes.push(fill(s[`flag_${flag}`], { tpp: note2 }));
  if (v.ifSparse) {
    const pd = v.ifSparse.pd === null ? '' : fill(s.sparseWhatIfPd, { pd: formatMetric('pd', v.ifSparse.pd, w) });
    notes.push(
      fill(s.sparseWhatIf, { tpp: formatMetric('tpp', v.ifSparse.tpp, w), pd, outcome: outcomeText(kind, v.ifSparse.outcome, w) }),
    );
  }
  if (v.estimateInputs.length) notes.push(fill(s.estimateInputs, { inputs: inputList(v.estimateInputs, w) }));
  const missing = v.missingInputs.filter((n) => n !== 'hostIo');
  if (missing.length) notes.push(fill(s.missingInputs, { inputs: inputList(missing, w) }));
  return {
    rule: rule.id,
    ruleName: w.ruleNames[rule.id] ?? rule.id,
    href: `#${ruleAnchor(rule.id)}`,
    key: `${kind}_${v.outcome}`,
    outcome: outcomeText(kind, v.outcome, w),
    short: outcomeText(kind, v.outcome, w, true),
    clause: clauseText(v.clause, w),
    // Letters list their comparisons per reading; an arrangement that does not cover the chip needs no list of every band.
    because:
      kind === 'bandwidth-letter' || (kind === 'revenue-share' && v.outcome === 'not-covered')
        ? ''
        : v.comparisons.map((c) => comparisonText(c, w)).join(s.sentenceSep),
    readings: readingTexts(rule, v.readings, w),
    brief: briefText(kind, v, w),
    notes,
    sparseShort: v.ifSparse ? outcomeText(kind, v.ifSparse.outcome, w, true) : null,
    estimate: v.estimateInputs.length > 0,
  };
}

/** A date as the page writes it ("15 April 2025" / "15 avril 2025"). */
export const dayText = (day: string, w: Words) => formatPartialDate(day, w.lang);

/** What the followed chip's panel says about its standing on a day, line by line. */
export function standingLines(name: string, onDay: ChipOnDay, rules: readonly RuleCore[], w: Words): string[] {
  const { s } = w;
  const r = onDay.result;
  if (!r) return [fill(s.notUsExport, { chip: name })];
  if (r.status === 'not-yet-announced') return [s.notYetAnnounced];
  const lines: string[] = [];
  const by = r.decidedBy;
  if (!by) lines.push(s.noMeasure);
  else {
    const clause = clauseText(by.verdict.clause, w);
    const values = { rule: w.ruleNames[by.rule] ?? by.rule, since: sinceText(by.since, w) };
    lines.push(clause ? fill(s.decidedBy, { ...values, clause }) : fill(s.decidedByNoClause, values));
    if (by.via === 'early-application') lines.push(s.viaEarly);
  }
  if (r.underlying) lines.push(fill(s.underlying, { status: statusInSentence(r.underlying, w) }));
  if (r.contested) {
    const rule = rules.find((x) => x.id === by?.rule) ?? rules.find((x) => x.test.kind === 'bandwidth-letter');
    const readings = rule ? readingTexts(rule, r.contested.readings, w).join(s.sentenceSep) : '';
    lines.push(fill(s.contestedPanel, { readings, status: statusInSentence(r.contested.statusIfOutside, w) }));
  }
  if (onDay.ifSparse) lines.push(fill(s.ifSparseShort, { status: statusInSentence(onDay.ifSparse, w) }));
  for (const p of r.pending) {
    const values = { rule: w.ruleNames[p.rule] ?? p.rule, date: sinceText(p.from, w) };
    lines.push(fill(p.what === 'in-force' ? s.pendingInForce : s.pendingLicences, values));
  }
  if (r.approximate) lines.push(s.approximate);
  return lines;
}

/** One change in words: "October 2023 rule: in force (replaces October 2022 rule; adds performance density; drops chip-to-chip I/O)". */
export function changeText(
  change: RuleChange,
  w: Words,
  options: { milestoneText?: (rule: string, index: number) => string | null; rules?: readonly RuleCore[] } = {},
): string | null {
  const { s } = w;
  const rule = w.ruleNames[change.rule] ?? change.rule;
  const name = (id: string) => w.ruleNames[id] ?? id;
  if (change.kind === 'milestone') {
    const text = options.milestoneText?.(change.rule, change.milestone ?? 0);
    return text ? fill(s.change_milestone, { rule, text }) : null;
  }
  const base = fill(s[`change_${change.kind}`], { rule, by: change.by ? name(change.by) : '' });
  const r = change.replaces;
  if (!r) return base;
  const metrics = (list: readonly string[]) =>
    listText(
      list.map((m) => s[`metric_${m}` as keyof RulesStrings]),
      w,
    );
  // What it does to the versions before it: replaces, amends or withdraws them (by default, replaces).
  const self = options.rules?.find((x) => x.id === change.rule);
  const relations: [readonly string[], string][] = self
    ? [
        [self.supersedes, s.replaces],
        [self.amends, s.amends],
        [self.rescinds, s.rescinds],
      ]
    : [[r.rules, s.replaces]];
  const parts = relations.filter(([ids]) => ids.length).map(([ids, template]) => fill(template, { rules: listText(ids.map(name), w) }));
  if (r.metricsAdded.length) parts.push(fill(s.metricsAdded, { metrics: metrics(r.metricsAdded) }));
  if (r.metricsDropped.length) parts.push(fill(s.metricsDropped, { metrics: metrics(r.metricsDropped) }));
  return `${base} (${parts.join(s.sentenceSep)})`;
}

/** A chip's name and figures in one sentence: "H20 (Nvidia’s China version): TPP 2,368, density 2.91." */
export function describeChip(chip: ExplorerChip, w: Words): string {
  const { s } = w;
  const est = (estimate: boolean) => (estimate ? s.cmpEstimate : '');
  const tpp = chip.tpp ? formatMetric('tpp', chip.tpp.value, w) + est(chip.tpp.estimate) : '–';
  const density =
    chip.density === null
      ? s.chipNoDie
      : fill(s.chipDensity, { density: formatMetric('pd', chip.density, w) + est(chip.input.dieAreaMm2.estimate || !!chip.tpp?.estimate) });
  return fill(s.chipSentence, { name: chip.name, market: s[`market_${chip.market}`], tpp, density });
}

/** The texts the map's points carry, for `frameAttributes`. */
export function frameText(w: Words, descriptions: Readonly<Record<string, string>>): FrameText {
  return {
    describe: (id) => descriptions[id] ?? id,
    onDay: (day, status) => fill(w.s.onDay, { date: dayText(day, w), status: statusInSentence(status, w) }),
    contested: w.s.contestedShort,
    ifSparse: (status) => fill(w.s.ifSparseShort, { status: statusInSentence(status, w) }),
  };
}

/** The labels of the map's guides; the narrow drawing uses short ones. */
export function guideText(w: Words, narrow: boolean): GuideText {
  const { s } = w;
  const value = (v: number) => formatMetric('tpp', v, w);
  return {
    line: (rule, v) => {
      switch (rule.test.kind) {
        case 'named-chips-and-peers':
          return narrow ? s.guideLettersShort : s.guideLetters;
        case 'tpp-and-io':
          return fill(narrow ? s.guideTppIoShort : s.guideTppIo, { value: value(v) });
        case 'review-zone':
          return fill(narrow ? s.guideZoneShort : s.guideZone, { value: value(v) });
        default:
          return null;
      }
    },
    regionA: s.regionA,
    regionB: narrow ? s.regionBShort : s.regionB,
    stripTitle: s.stripTitle,
  };
}
