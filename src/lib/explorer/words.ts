import type { Rule } from '../../schemas/rule.ts';
import type { Locale } from '../i18n/locales.ts';
import { rulesStrings } from '../i18n/strings/rules.ts';
import type { Words } from './describe.ts';

/**
 * The words of one language, at build time: its strings and every rule version's name. (The
 * browser builds the same object from the page's JSON, so it never loads both dictionaries.)
 */
export function explorerWords(lang: Locale, rules: readonly Rule[]): Words {
  return { s: rulesStrings[lang], lang, ruleNames: Object.fromEntries(rules.map((r) => [r.id, r.name[lang]])) };
}
