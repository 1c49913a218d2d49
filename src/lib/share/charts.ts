/**
 * The charts readers can take out of the site: each as SVG and PNG (title, caption, sources and
 * the site's address drawn in), its data as CSV, and an embed page for an <iframe>.
 */
import type { Locale } from '../i18n/locales.ts';

export const sharedCharts = ['export-map', 'bandwidth', 'timeline'] as const;
export type SharedChart = (typeof sharedCharts)[number];

/** The page a chart lives on (its slug in the language). */
export function chartPage(chart: SharedChart): 'compare' | 'timeline' {
  return chart === 'timeline' ? 'timeline' : 'compare';
}

/** The chart's files and pages, as site paths. */
export function chartFiles(lang: Locale, chart: SharedChart) {
  const page = chartPage(chart);
  return {
    svg: `/${lang}/${page}/${chart}.svg`,
    png: `/${lang}/${page}/${chart}.png`,
    csv: page === 'timeline' ? `/${lang}/timeline/events.csv` : `/${lang}/compare/chips.csv`,
    /** The chart on its page: the compare charts carry `id="<chart>-chart"`. */
    onPage: page === 'timeline' ? `/${lang}/timeline/` : `/${lang}/compare/#${chart}-chart`,
    embed: embedPath(lang, chart),
  };
}

/**
 * `/embed/en/timeline/`: embed pages live outside the language folders so that the host's headers
 * can let other sites frame them (`frame-ancestors *`) while every other page refuses to be framed:
 * header rules match by path prefix and cannot exclude one folder (see scripts/lib/headers.ts).
 */
export function embedPath(lang: Locale, chart: SharedChart): string {
  return `/embed/${lang}/${chart}/`;
}

/** Height of the embed's <iframe>, in CSS pixels: the chart, its key and a short caption. */
export const embedHeight: Record<SharedChart, number> = { 'export-map': 720, bandwidth: 700, timeline: 760 };

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a reader pastes into their page to embed a chart. */
export function embedSnippet(site: string, lang: Locale, chart: SharedChart, title: string): string {
  const src = new URL(embedPath(lang, chart), site).href;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${embedHeight[chart]}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}
