import type { ChipMarket } from '../../schemas/chip.ts';

/**
 * Share pages: a link to `/en/timeline/#event-<id>` cannot carry a card of its own (the fragment
 * never reaches the server), so each event and chip also has a short page with its own card that
 * sends the reader on to the anchor.
 */

/** `/en/timeline/e/<id>/`: an event's share page. */
export function eventSharePath(lang: string, id: string): string {
  return `/${lang}/timeline/e/${id}/`;
}

/** `/en/chips/c/h20/`, `/en/alternatives/c/ascend-910c/`: a chip's share page, beside its card's page (see chipPath). */
export function chipSharePath(lang: string, chip: { id: string; market: ChipMarket }): string {
  return `/${lang}/${chip.market === 'china-domestic' ? 'alternatives' : 'chips'}/c/${chip.id}/`;
}
