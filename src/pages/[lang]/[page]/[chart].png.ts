import type { APIRoute } from 'astro';

import { chartFigureSvg } from '../../../data/chart-figures.ts';
import { type Locale, locales } from '../../../lib/i18n/locales.ts';
import { chartPage, type SharedChart, sharedCharts } from '../../../lib/share/charts.ts';
import { figurePng } from '../../../render/figures.ts';

/** `/en/compare/export-map.png`: the same figure as the SVG, drawn at twice its size. */
export function getStaticPaths() {
  return locales.flatMap((lang) => sharedCharts.map((chart) => ({ params: { lang, page: chartPage(chart), chart } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await chartFigureSvg(params.lang as Locale, params.chart as SharedChart, site!);
  return new Response(figurePng(svg) as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
