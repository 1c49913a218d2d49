import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

import { locales } from '../lib/i18n/locales.ts';
import { pagePath, splitPageId } from '../lib/i18n/paths.ts';
import { renderSitemap } from '../lib/site/sitemap.ts';

/** Every content page in both languages (search and 404 pages are left out: they are noindex). */
export const GET: APIRoute = async ({ site }) => {
  const pages = await getCollection('pages', (p) => p.data.ready && splitPageId(p.id).lang === 'en');
  const entries = pages.map((page) => {
    const { slug } = splitPageId(page.id);
    return {
      urls: Object.fromEntries(locales.map((lang) => [lang, new URL(pagePath(lang, slug), site).href])),
      lastmod: page.data.updated,
    };
  });
  return new Response(renderSitemap(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
