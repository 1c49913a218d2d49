import { defineMiddleware } from 'astro:middleware';

import { localeOfPath } from './lib/i18n/paths.ts';
import { ui } from './lib/i18n/strings/ui.ts';

/**
 * The page context, set once per page (as Starlight does with `Astro.locals`): every page lives
 * under its language's folder, so the path says which language it is in. Components read
 * `Astro.locals.lang` and `Astro.locals.t` instead of working the language out themselves.
 */
export const onRequest = defineMiddleware((context, next) => {
  const lang = localeOfPath(context.url.pathname);
  context.locals.lang = lang;
  context.locals.t = ui[lang];
  return next();
});
