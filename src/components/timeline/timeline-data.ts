import { getCollection } from 'astro:content';

import type { Locale } from '../../lib/i18n/locales.ts';
import { compareEvents } from '../../lib/timeline/items.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { ChipMarket } from '../../schemas/chip.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';

/** Everything the timeline components and downloads read from the content collections. */
export interface TimelineData {
  /** Every event, in date order. */
  events: TimelineEvent[];
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
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
  const [events, actors, sources, chips, pages] = await Promise.all([
    getCollection('events'),
    getCollection('actors'),
    getCollection('sources'),
    getCollection('chips'),
    getCollection('pages'),
  ]);
  const prefix = `${lang}/saga/`;
  return {
    events: events.map((e) => e.data).sort(compareEvents),
    actors: new Map(actors.map((a) => [a.id, a.data])),
    sources: new Map(sources.map((s) => [s.id, s.data])),
    chips: new Map(chips.map((c) => [c.id, c.data.shortName ?? c.data.name])),
    chipMarkets: new Map(chips.map((c) => [c.id, c.data.market])),
    chapters: new Map(
      pages.filter((p) => p.id.startsWith(prefix)).map((p) => [p.id.slice(prefix.length), p.data.navTitle ?? p.data.title]),
    ),
  };
}
