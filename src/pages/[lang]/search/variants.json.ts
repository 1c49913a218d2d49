import type { APIRoute } from 'astro';

import { compiledSearchVariants } from '../../../data/content.ts';
import { asLocale, locales } from '../../../lib/i18n/locales.ts';

/** One table per language: `/en/search/variants.json`, `/fr/search/variants.json`. */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/**
 * The language's search variants (src/lib/search/variants.ts), fetched by the search on the
 * reader's first query, next to Pagefind's files.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = asLocale(params.lang);
  if (!lang) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(await compiledSearchVariants(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
