import type { APIRoute } from 'astro';

import { pagesIn } from '../data/content.ts';
import { defaultLocale, locales } from '../lib/i18n/locales.ts';
import { pagePath } from '../lib/i18n/paths.ts';
import { renderSitemap } from '../lib/site/sitemap.ts';

/** Every content page in both languages (search and 404 pages are left out: they are noindex). */
export const GET: APIRoute = async ({ site }) => {
  const pages = (await pagesIn(defaultLocale)).filter((p) => p.data.ready);
  const entries = pages.map(({ slug, data }) => {
    return {
      urls: Object.fromEntries(locales.map((lang) => [lang, new URL(pagePath(lang, slug), site).href])),
      lastmod: data.updated,
    };
  });
  return new Response(renderSitemap(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
