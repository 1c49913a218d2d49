/**
 * The numeric lines of the US export rules for AI chips that the chip cards use, with the sources
 * that state them. The same lines live, with every other rule version, in `content/data/rules/`
 * (the rule explorer's data); a unit test (tests/unit/rules/data.test.ts) keeps the two equal.
 * The Federal Register pages themselves were read only through secondary copies; the open doubts
 * are listed on the chips page and in the rule files.
 */
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Rule ids used in verdicts and UI strings. */
export const ruleIds = ['oct-2022', 'oct-2023', 'jan-2026'] as const;
export type RuleId = (typeof ruleIds)[number];

/**
 * October 2022 interim final rule (87 FR 62186, ECCN 3A090, in force 7 October 2022):
 * a chip is caught when BOTH its bits × TOPS reach 4,800 AND its aggregate bidirectional
 * input/output to chips other than memory reaches 600 GB/s.
 */
export const oct2022 = {
  id: 'oct-2022',
  effective: '2022-10-07',
  /** Bits × TOPS (the precursor of TPP). */
  tppMin: 4800,
  /** Aggregate bidirectional I/O rate, GB/s. */
  ioMinGBs: 600,
  sources: ['fr2022', 'usebase-2022', 'csis-2023'],
} as const;

/**
 * October 2023 interim final rule (88 FR 73458, published 25 October, in force 17 November 2023).
 * Interconnect is dropped; performance density (PD = TPP / die area) is added.
 *
 * - 3A090.a (licence, presumption of denial for China): TPP ≥ 4,800, or TPP ≥ 1,600 with PD ≥ 5.92.
 * - 3A090.b (the "grey zone": licence, but notification exception NAC for data-centre parts):
 *   TPP ≥ 2,400 and < 4,800 with PD ≥ 1.6 and < 5.92, or TPP ≥ 1,600 with PD ≥ 3.2 and < 5.92.
 */
export const oct2023 = {
  id: 'oct-2023',
  effective: '2023-11-17',
  a: { tppMin: 4800, tppWithPdMin: 1600, pdMin: 5.92 },
  b1: { tppMin: 2400, pdMin: 1.6 },
  b2: { tppMin: 1600, pdMin: 3.2 },
  /** Note 2: a part not designed or marketed for data centres is left out when its TPP is under this. */
  note2NonDataCentreTppBelow: 4800,
  sources: ['fr2023', 'cset-2023', 'natlaw-2023', 'kelley-2023'],
} as const;

/**
 * January 2026 final rule (91 FR 1684, in force 15 January 2026): licence applications for China
 * and Macau are reviewed case by case, instead of presumed denied, when TPP < 21,000 AND total
 * DRAM bandwidth < 6,500 GB/s (plus conditions on US supply, testing and volumes).
 */
export const jan2026 = {
  id: 'jan-2026',
  effective: '2026-01-15',
  tppMax: 21000,
  dramMaxGBs: 6500,
  sources: ['fr2026', 'toms-2026', 'afslaw-2026-01-bis-h200-section-232'],
} as const;

/** Sources for every rule, by id (for citation marks next to verdicts). */
export const ruleSources: Record<RuleId, readonly string[]> = {
  'oct-2022': oct2022.sources,
  'oct-2023': oct2023.sources,
  'jan-2026': jan2026.sources,
};

/**
 * The lines as the interface strings print them, in the page's language, so a caption or a card
 * never types a threshold by hand: `fill(t.map2022Short, ruleNumbers('fr'))` → "2022 : TPP 4 800".
 */
export function ruleNumbers(lang: Locale): Record<string, string> {
  const n = (value: number) => formatNumber(value, lang);
  return {
    tpp2022: n(oct2022.tppMin),
    io2022: n(oct2022.ioMinGBs),
    tppA2023: n(oct2023.a.tppMin),
    tppPd2023: n(oct2023.a.tppWithPdMin),
    pdA2023: n(oct2023.a.pdMin),
    note2Tpp2023: n(oct2023.note2NonDataCentreTppBelow),
    tpp2026: n(jan2026.tppMax),
    dram2026: n(jan2026.dramMaxGBs),
  };
}
