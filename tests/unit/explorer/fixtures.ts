import { type Words } from '../../../src/lib/explorer/describe.ts';
import { evaluationContext, type ExplorerChip, explorerModel } from '../../../src/lib/explorer/model.ts';
import { explorerWords } from '../../../src/lib/explorer/words.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { dbChips, rules } from '../rules/fixtures.ts';

// The explorer on the real chips and rule versions (read directly, as the rules tests do).

/** The model in one language. */
export const model = (lang: Locale = 'en') => explorerModel([...dbChips.values()], rules, lang);

export const en = model('en');
export const fr = model('fr');
export const ctx = evaluationContext(en);
export const words: Record<Locale, Words> = { en: explorerWords('en', rules), fr: explorerWords('fr', rules) };
export const presets: ReadonlyMap<string, ExplorerChip> = new Map(en.chips.map((c) => [c.id, c]));

/** One explorer chip by id (throws on a typo). */
export function xchip(id: string): ExplorerChip {
  const c = presets.get(id);
  if (!c) throw new Error(`no explorer chip ${id}`);
  return c;
}

export { rules };
