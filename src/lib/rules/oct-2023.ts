import type { NormalisedChip } from './chip-input.ts';
import { compare, verdict } from './compare.ts';
import type { Comparison, InputFigure, Verdict, VerdictFlag } from './types.ts';

/** The lines of the October 2023 rule (schema test kind `tpp-and-density`). */
export interface TppDensityLines {
  a: { tppMin: number; tppWithPdMin: number; pdMin: number };
  b1: { tppMin: number; pdMin: number };
  b2: { tppMin: number; pdMin: number };
  /** Note 2: parts not for data centres are excluded below this TPP. Absent = not applied. */
  note2NonDataCentreTppBelow?: number;
}

/** `3a090a` = presumption of denial for China; `3a090b` = the grey zone (licence, NAC possible); `outside` = not in 3A090. */
export type TppDensityOutcome = '3a090a' | '3a090b' | 'outside' | 'unknown';
/** `a-tpp`, `a-pd` (3A090.a), `b1`, `b2` (3A090.b), `note-2`; null when no clause caught the chip. */
export type TppDensityClause = TierClause | 'note-2';
/** The clauses of the tiers alone (Note 2 is a property of the chip, not of the numbers). */
export type TierClause = 'a-tpp' | 'a-pd' | 'b1' | 'b2' | null;

/**
 * The 3A090.a / 3A090.b tiers on a bare TPP and density, in the order the rule reads:
 * 3A090.a by TPP, then by density, then the two grey-zone branches. Shared with `classify.ts`,
 * whose chip cards show the same comparisons.
 *
 * ```ts
 * tppDensityTiers({ value: 2368, estimate: false }, { value: 2.91, estimate: false }, lines)
 * // { outcome: 'outside', clause: null, comparisons: [TPP ≥ 4,800 no, TPP ≥ 2,400 no, PD ≥ 3.2 no] }
 * ```
 */
export function tppDensityTiers(
  tpp: InputFigure,
  pd: InputFigure,
  lines: TppDensityLines,
): { outcome: TppDensityOutcome; clause: TierClause; comparisons: Comparison[] } {
  const r = (outcome: TppDensityOutcome, comparisons: Comparison[], clause: TierClause = null) => ({ outcome, clause, comparisons });
  const tppA = compare('tpp', tpp.value, '>=', lines.a.tppMin, tpp.estimate);
  if (tppA.met === null) return r('unknown', [tppA]);
  if (tppA.met) return r('3a090a', [tppA], 'a-tpp');
  const tppLow = compare('tpp', tpp.value, '>=', lines.b2.tppMin, tpp.estimate);
  if (!tppLow.met) return r('outside', [tppA, tppLow]);
  const pdA = compare('pd', pd.value, '>=', lines.a.pdMin, pd.estimate);
  if (pdA.met === null) return r('unknown', [tppA, tppLow, pdA]);
  if (pdA.met) return r('3a090a', [tppLow, pdA], 'a-pd');
  const tppB1 = compare('tpp', tpp.value, '>=', lines.b1.tppMin, tpp.estimate);
  const pdB1 = compare('pd', pd.value, '>=', lines.b1.pdMin, pd.estimate);
  if (tppB1.met && pdB1.met) return r('3a090b', [tppB1, pdB1], 'b1');
  const pdB2 = compare('pd', pd.value, '>=', lines.b2.pdMin, pd.estimate);
  if (pdB2.met) return r('3a090b', [tppLow, pdB2], 'b2');
  return r('outside', [tppA, tppB1.met ? pdB1 : tppB1, pdB2]);
}

/**
 * October 2023 test (88 FR 73458) on a chip: Note 2 first (a part not designed or marketed for
 * data centres is out below TPP 4,800), then the tiers. Flags say when License Exception NAC
 * (notification) is open — 3A090.b data-centre parts, and 3A090.a parts that are not for data
 * centres — and when Note 2 might apply but the data-centre question is unanswered.
 */
export function testTppAndDensity(chip: NormalisedChip, lines: TppDensityLines, rule: string): Verdict<TppDensityOutcome> {
  const dc = chip.input.dataCentre;
  const note2 = lines.note2NonDataCentreTppBelow;
  if (note2 !== undefined && dc === false) {
    const below = compare('tpp', chip.tpp.value, '<', note2, chip.tpp.estimate);
    if (below.met)
      return verdict(rule, chip, {
        outcome: 'outside',
        clause: 'note-2',
        comparisons: [below],
        flags: ['note-2-excluded'],
        uses: ['dataCentre'],
      });
  }
  const tiers = tppDensityTiers(chip.tpp, chip.pd, lines);
  const flags: VerdictFlag[] = [];
  if (tiers.outcome === '3a090b' && dc !== false) flags.push('nac-eligible');
  if (tiers.outcome === '3a090a' && dc === false) flags.push('nac-eligible');
  if (
    note2 !== undefined &&
    dc === null &&
    (tiers.outcome === '3a090a' || tiers.outcome === '3a090b') &&
    chip.tpp.value !== null &&
    chip.tpp.value < note2
  ) {
    flags.push('note-2-unknown');
  }
  return verdict(rule, chip, { ...tiers, flags, uses: flags.length ? ['dataCentre'] : [] });
}
