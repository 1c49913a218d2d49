import type { BandwidthReading } from '../lib/compare/chart-views.ts';
import { type CompareRow, compareRows } from '../lib/compare/rows.ts';
import type { Localized } from '../schemas/common.ts';
import type { Source } from '../schemas/source.ts';
import { actorsById, chipsById, rules, sourcesById } from './content.ts';

/** What every compare component needs, loaded once per build. */
export interface CompareData {
  rows: CompareRow[];
  sources: ReadonlyMap<string, Source>;
  makerNames: ReadonlyMap<string, Localized>;
  /** The readings of the April 2025 letter's unpublished bandwidth line (the rule whose test is a bandwidth letter). */
  bandwidthLine: BandwidthReading[];
}

let loading: Promise<CompareData> | undefined;

/** Chips (as table rows), sources, maker names and the readings of the April 2025 line. */
export function loadCompareData(): Promise<CompareData> {
  loading ??= (async () => {
    const [chips, sources, actors, allRules] = await Promise.all([chipsById(), sourcesById(), actorsById(), rules()]);
    const makerNames = new Map([...actors.values()].map((actor) => [actor.id, actor.name]));
    const bandwidthLine = allRules.flatMap((rule) => (rule.test.kind === 'bandwidth-letter' ? rule.test.readings : []));
    return { rows: compareRows([...chips.values()]), sources, makerNames, bandwidthLine };
  })();
  return loading;
}
