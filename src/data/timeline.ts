import type { Locale } from '../lib/i18n/locales.ts';
import type { Actor } from '../schemas/actor.ts';
import type { ChipMarket } from '../schemas/chip.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import { actorsById, chipsById, events, pagesIn, sourcesById } from './content.ts';

/** Everything the timeline components and downloads read. */
export interface TimelineData {
  /** Every event, in date order. */
  events: TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** Chip id → short display name. */
  chips: Map<string, string>;
  chipMarkets: Map<string, ChipMarket>;
  /** Saga chapter slug → its navigation title in the language (absent when the page does not exist yet). */
  chapters: Map<string, string>;
}

const cache = new Map<Locale, Promise<TimelineData>>();

/** Loads (once per language and build) the events with the actors, sources, chips and chapter titles they name. */
export function loadTimelineData(lang: Locale): Promise<TimelineData> {
  let data = cache.get(lang);
  if (!data) cache.set(lang, (data = load(lang)));
  return data;
}

async function load(lang: Locale): Promise<TimelineData> {
  const [all, actors, sources, chips, pages] = await Promise.all([events(), actorsById(), sourcesById(), chipsById(), pagesIn(lang)]);
  return {
    events: all,
    actors,
    sources,
    chips: new Map([...chips.values()].map((c) => [c.id, c.shortName ?? c.name])),
    chipMarkets: new Map([...chips.values()].map((c) => [c.id, c.market])),
    chapters: new Map(pages.filter((p) => p.slug.startsWith('saga/')).map((p) => [p.slug.slice('saga/'.length), p.navTitle])),
  };
}
