import type { RulesStrings } from '../i18n/strings/rules.ts';
import type { ChangeDay } from './days.ts';
import type { FrameTargets } from './map-layout.ts';
import type { ExplorerModel } from './model.ts';

/**
 * What the page sends its scripts, as JSON in a `<script type="application/json">`: the model,
 * the strings of the page's language only, and what the build computed once (the chips in one
 * sentence, the elements a date changes, the change days).
 */
export interface ExplorerClientData {
  model: ExplorerModel;
  strings: RulesStrings;
  ruleNames: Record<string, string>;
  /** Rule id → the texts of its milestones, in the page's language. */
  milestones: Record<string, string[]>;
  descriptions: Record<string, string>;
  targets: FrameTargets;
  days: ChangeDay[];
}

/** The id of the element that carries the data. */
export const CLIENT_DATA_ID = 'rules-explorer-data';

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
