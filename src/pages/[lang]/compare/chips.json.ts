import type { APIRoute, GetStaticPaths } from 'astro';

import { loadCompareData } from '../../../data/compare.ts';
import { chipPath } from '../../../lib/chips/chip-url.ts';
import { exportUnits } from '../../../lib/compare/presentation.ts';
import { chipsJson } from '../../../lib/compare/serialise.ts';
import { type Locale, locales } from '../../../lib/i18n/locales.ts';
import { compareStrings } from '../../../lib/i18n/strings/compare.ts';
import { sourcePath } from '../../../lib/sources/paths.ts';

/** `/en/compare/chips.json`, `/fr/compare/chips.json`: every chip, figure, unit, verdict and cited source. */
export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const t = compareStrings[lang];
  const data = await loadCompareData();
  const abs = (path: string) => new URL(path, site).href;
  const json = chipsJson(data.rows, {
    lang,
    title: t.exportTitle,
    note: t.exportNote,
    pageUrl: abs(`/${lang}/compare/`),
    units: exportUnits(lang),
    urlOf: (row) => abs(chipPath(lang, row)),
    sources: data.sources,
    sourceUrlOf: (id) => abs(sourcePath(lang, id)),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
