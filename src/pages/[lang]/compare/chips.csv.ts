import type { APIRoute, GetStaticPaths } from 'astro';

import { loadCompareData } from '../../../data/compare.ts';
import { chipPath } from '../../../lib/chips/chip-url.ts';
import { exportLabels } from '../../../lib/compare/presentation.ts';
import { chipsCsv } from '../../../lib/compare/serialise.ts';
import { type Locale, locales } from '../../../lib/i18n/locales.ts';

/** `/en/compare/chips.csv`, `/fr/compare/chips.csv`: every chip and figure, with estimate flags and source ids. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const data = await loadCompareData();
  // A byte-order mark lets spreadsheet programs read the UTF-8 headers (accents, ×, ²) correctly.
  const csv = '\uFEFF' + chipsCsv(data.rows, exportLabels(lang), (row) => new URL(chipPath(lang, row), site).href);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
