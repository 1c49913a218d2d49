/**
 * What the explorer's two elements share in the browser: the page's data (read once from its
 * JSON), the words of the page's language, the one live region, and the address.
 */
import { withParams } from '../../lib/compare/url-state.ts';
import { CLIENT_DATA_ID, type ExplorerClientData } from '../../lib/explorer/client-data.ts';
import type { Words } from '../../lib/explorer/describe.ts';
import { evaluationContext, type ExplorerChip } from '../../lib/explorer/model.ts';
import type { EvaluationContext } from '../../lib/rules/evaluate.ts';

export interface ExplorerPage {
  data: ExplorerClientData;
  words: Words;
  ctx: EvaluationContext;
  chips: ReadonlyMap<string, ExplorerChip>;
}

let page: ExplorerPage | null = null;

/** The page's data, parsed once; null when the page has no explorer data. */
export function explorerPage(): ExplorerPage | null {
  if (page) return page;
  const script = document.getElementById(CLIENT_DATA_ID);
  if (!script?.textContent) return null;
  const data = JSON.parse(script.textContent) as ExplorerClientData;
  page = {
    data,
    words: { s: data.strings, lang: data.model.lang, ruleNames: data.ruleNames },
    ctx: evaluationContext(data.model),
    chips: new Map(data.model.chips.map((c) => [c.id, c])),
  };
  return page;
}

let announceTimer = 0;

/**
 * Says a short summary in the page's one polite live region, once the reader pauses: sliding
 * through a year announces the day it stops on, not every day passed.
 */
export function announce(text: string, delay = 600): void {
  clearTimeout(announceTimer);
  announceTimer = window.setTimeout(() => {
    const live = document.getElementById('rules-live');
    if (live && live.textContent !== text) live.textContent = text;
  }, delay);
}

let addressTimer = 0;
const pending: Record<string, string | null> = {};

/**
 * Writes some keys into the address (others and the #fragment kept), without adding history
 * entries; batched, as browsers throttle many `replaceState` calls in a row.
 */
export function writeAddress(values: Record<string, string | null>): void {
  Object.assign(pending, values);
  clearTimeout(addressTimer);
  addressTimer = window.setTimeout(() => {
    const search = withParams(location.search, pending);
    for (const key of Object.keys(pending)) delete pending[key];
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, 150);
}

/** The event the map sends when its day changes (the form says the reader's chip's status on it). */
export const DAY_EVENT = 'h20-rules-day';
