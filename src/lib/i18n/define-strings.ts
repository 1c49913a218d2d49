import type { Locale } from './locales.ts';

/**
 * Declares one feature's UI strings in every language. The French object must have
 * exactly the English keys: a missing or extra key is a type error (caught by `astro check`).
 *
 * ```ts
 * export const timelineStrings = defineStrings({
 *   en: { zoomIn: 'Zoom in' },
 *   fr: { zoomIn: 'Zoomer' },
 * });
 * timelineStrings.fr.zoomIn
 * ```
 */
export function defineStrings<const E extends Record<string, string>, const F extends { [K in keyof E]: string }>(strings: {
  en: E;
  fr: F & Record<Exclude<keyof F, keyof E>, never>;
}): Record<Locale, { [K in keyof E]: string }> {
  return strings as Record<Locale, { [K in keyof E]: string }>;
}
