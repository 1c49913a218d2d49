/**
 * The downloadable figures of the three shared charts (src/lib/share/), in a language: the export
 * map and the bandwidth chart from the compare page's own view models, the timeline from the
 * build's layout. Routes turn the SVG into files, and into PNG with src/render/figures.ts.
 */
import { tickFormat } from '../lib/compare/chart-scale.ts';
import { bandwidthView, exportMapView } from '../lib/compare/chart-views.ts';
import { type Locale, localeTags } from '../lib/i18n/locales.ts';
import { compareStrings } from '../lib/i18n/strings/compare.ts';
import { shareStrings } from '../lib/i18n/strings/share.ts';
import { timelineStrings } from '../lib/i18n/strings/timeline.ts';
import { ui } from '../lib/i18n/strings/ui.ts';
import { chartFiles, type SharedChart } from '../lib/share/charts.ts';
import { chipChartBody } from '../lib/share/chip-chart-svg.ts';
import { figureSvg } from '../lib/share/figure.ts';
import { timelineBody } from '../lib/share/timeline-svg.ts';
import { periodOf, toLayoutEvent, trackName } from '../lib/timeline/items.ts';
import { FULL_GEOMETRY, layoutTimeline, TRACK_ORDER } from '../lib/timeline/layout.ts';
import { d3TimeScale, paddedDomain } from '../lib/timeline/scale.ts';
import type { Track } from '../schemas/event.ts';
import { loadCompareData } from './compare.ts';
import { pagesIn } from './content.ts';
import { loadTimelineData } from './timeline.ts';

/** The downloaded timeline is laid out at the figure's inner width, so its text is drawn at 1:1. */
const TIMELINE_WIDTH = 1120;

/** The figure of a chart as a standalone SVG document. */
export async function chartFigureSvg(lang: Locale, chart: SharedChart, site: URL): Promise<string> {
  const footer = `${ui[lang].siteName} · ${new URL(chartFiles(lang, chart).onPage, site).href}`;
  if (chart === 'timeline') {
    const data = await loadTimelineData(lang);
    const page = (await pagesIn(lang)).find((p) => p.slug === 'timeline');
    const items = data.events.map((e) => toLayoutEvent(e, lang, FULL_GEOMETRY));
    const domain = paddedDomain(data.events.map((e) => periodOf(e.date, e.precision)));
    const layout = layoutTimeline(items, { width: TIMELINE_WIDTH, domain, intl: localeTags[lang].intl, scale: d3TimeScale });
    const events = new Map(
      data.events.map((e) => [e.id, { id: e.id, track: e.track, band: e.precision !== 'day', importance: e.importance }]),
    );
    const labels = new Map(items.map((i) => [i.id, i.label]));
    const lanes = Object.fromEntries(TRACK_ORDER.map((track) => [track, trackName(track, lang)])) as Record<Track, string>;
    return figureSvg(timelineBody(layout, events, labels, lanes), {
      lang,
      title: page?.data.title ?? timelineStrings[lang].feedTitle,
      caption: page?.data.summary ?? timelineStrings[lang].feedSubtitle,
      sources: `${timelineStrings[lang].sources}${lang === 'fr' ? '\u00a0' : ''}: ${shareStrings[lang].timelineSources}`,
      footer,
    });
  }
  const t = compareStrings[lang];
  const data = await loadCompareData();
  const view = chart === 'export-map' ? exportMapView(data, lang) : bandwidthView(data, lang);
  const sources = [...new Set(view.sourceIds)].flatMap((id) => {
    const s = data.sources.get(id);
    return s ? [`${s.publisher.replace(/\s*\(.*\)$/, '')} (${s.date.slice(0, 4)})`] : [];
  });
  const body = chipChartBody(
    view.charts.wide,
    { x: chart === 'export-map' ? t.mapX : t.bwX, y: chart === 'export-map' ? t.mapY : t.bwY, format: tickFormat(lang) },
    {
      markets: { global: t.market_global, 'china-variant': t['market_china-variant'], 'china-domestic': t['market_china-domestic'] },
      estimate: t.legendHollow,
      line2022: chart === 'export-map' ? t.map2022 : undefined,
    },
  );
  const caption = chart === 'export-map' ? t.mapCaption : [t.bwCaption, view.captionExtra].filter(Boolean).join(' ');
  return figureSvg(body, {
    lang,
    title: chart === 'export-map' ? t.mapTitle : t.bwTitle,
    caption,
    sources: `${t.chartSources} ${sources.join('; ')}; ${shareStrings[lang].chipFiguresAt}: ${new URL(`/${lang}/compare/#compare-table`, site).href}`,
    footer,
  });
}
