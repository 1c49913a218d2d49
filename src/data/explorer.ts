import { describeChip } from '../lib/explorer/describe.ts';
import { evaluationContext, type ExplorerModel, explorerModel } from '../lib/explorer/model.ts';
import { explorerWords } from '../lib/explorer/words.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { Chip } from '../schemas/chip.ts';
import type { Rule } from '../schemas/rule.ts';
import type { Source } from '../schemas/source.ts';
import { chipsById, rules as allRules, sourcesById } from './content.ts';

/** Everything the rule explorer's components read, in one language. */
export interface ExplorerData {
  model: ExplorerModel;
  /** The full rule versions (names, summaries, doubts, sources), for the descriptions and the words. */
  rules: Rule[];
  chips: ReadonlyMap<string, Chip>;
  sources: ReadonlyMap<string, Source>;
  words: ReturnType<typeof explorerWords>;
  ctx: ReturnType<typeof evaluationContext>;
  /** Chip id → its name and figures in a sentence (for the map's points). */
  descriptions: Record<string, string>;
}

const cache = new Map<Locale, Promise<ExplorerData>>();

/** Loads (once per language and build) the chips and rule versions the explorer works on. */
export function loadExplorerData(lang: Locale): Promise<ExplorerData> {
  let data = cache.get(lang);
  if (!data) cache.set(lang, (data = load(lang)));
  return data;
}

async function load(lang: Locale): Promise<ExplorerData> {
  const [rules, chips, sources] = await Promise.all([allRules(), chipsById(), sourcesById()]);
  const model = explorerModel([...chips.values()], rules, lang);
  const words = explorerWords(lang, rules);
  return {
    model,
    rules,
    chips,
    sources,
    words,
    ctx: evaluationContext(model),
    descriptions: Object.fromEntries(model.chips.map((c) => [c.id, describeChip(c, words)])),
  };
}
