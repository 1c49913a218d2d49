import type { APIRoute } from 'astro';

import { loadTimelineData } from '../../../data/timeline.ts';
import { asLocale, locales } from '../../../lib/i18n/locales.ts';
import type { ExportContext } from '../../../lib/timeline/export.ts';
import type { TimelineEvent } from '../../../schemas/event.ts';

/** One download per language: `/en/timeline/…`, `/fr/timeline/…`. */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/**
 * An endpoint that serialises the language's events with a pure function from
 * `src/lib/timeline/export.ts`. (This file starts with `_`, so Astro does not route it.)
 */
export function download(serialise: (events: TimelineEvent[], ctx: ExportContext) => string, type: string): APIRoute {
  return async ({ params, site }) => {
    const lang = asLocale(params.lang);
    if (!lang) return new Response(null, { status: 404 });
    const data = await loadTimelineData(lang);
    const body = serialise(data.events, {
      lang,
      site: (site ?? new URL('https://h20-explained.example')).origin,
      actors: data.actors,
      sources: data.sources,
      chips: data.chips,
      chipMarkets: data.chipMarkets,
    });
    return new Response(body, { headers: { 'Content-Type': type } });
  };
}
