import { defaultLocale, type Locale, locales } from './locales.ts';

/** The first of the browser's preferred languages that the site has (`fr-CA` → `fr`), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = locales.find((l) => l === base);
    if (match) return match;
  }
  return defaultLocale;
}
