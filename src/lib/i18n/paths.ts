import { asLocale, defaultLocale, type Locale } from './locales.ts';

/** URL of a page: `pagePath('fr', 'saga/the-boom')` → `/fr/saga/the-boom/`; the empty slug is the home page. */
export function pagePath(lang: Locale, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** Splits a page id `fr/saga/the-boom` into its language and slug. */
export function splitPageId(id: string): { lang: Locale; slug: string } {
  const [first = '', ...rest] = id.split('/');
  return { lang: asLocale(first) ?? defaultLocale, slug: rest.join('/') };
}

/** The language a URL path is in (its first segment; the second under `/embed/`), or the default language. */
export function localeOfPath(pathname: string): Locale {
  const [, first, second] = pathname.split('/');
  return asLocale(first) ?? (first === 'embed' ? asLocale(second) : undefined) ?? defaultLocale;
}

/** The same page in another language: translations share slugs, so only the prefix changes. */
export function translatePath(pathname: string, target: Locale): string {
  // Static hosts serve the English 404 at the root and the French one under /fr/.
  if (/^\/(fr\/)?404\.html$/.test(pathname)) return target === 'en' ? '/404.html' : `/${target}/404.html`;
  const [, first, ...rest] = pathname.split('/');
  if (!asLocale(first)) return `/${target}/`;
  return `/${[target, ...rest].join('/')}`;
}
