import type { APIRoute } from 'astro';

import { chartFigureSvg } from '../../../data/chart-figures.ts';
import { type Locale, locales } from '../../../lib/i18n/locales.ts';
import { chartPage, type SharedChart, sharedCharts } from '../../../lib/share/charts.ts';

/** `/en/compare/export-map.svg`, `/fr/timeline/timeline.svg`: a chart as a standalone figure (see src/data/chart-figures.ts). */
export function getStaticPaths() {
  return locales.flatMap((lang) => sharedCharts.map((chart) => ({ params: { lang, page: chartPage(chart), chart } })));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await chartFigureSvg(params.lang as Locale, params.chart as SharedChart, site!), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
