import { type CompareRow, compareRows } from '../lib/compare/rows.ts';
import type { Localized } from '../schemas/common.ts';
import type { Source } from '../schemas/source.ts';
import { actorsById, chipsById, sourcesById } from './content.ts';

/** What every compare component needs, loaded once per build. */
export interface CompareData {
  rows: CompareRow[];
  sources: ReadonlyMap<string, Source>;
  makerNames: ReadonlyMap<string, Localized>;
}

let loading: Promise<CompareData> | undefined;

/** Chips (as table rows), sources and maker names. */
export function loadCompareData(): Promise<CompareData> {
  loading ??= (async () => {
    const [chips, sources, actors] = await Promise.all([chipsById(), sourcesById(), actorsById()]);
    const makerNames = new Map([...actors.values()].map((actor) => [actor.id, actor.name]));
    return { rows: compareRows([...chips.values()]), sources, makerNames };
  })();
  return loading;
}
