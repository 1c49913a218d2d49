/** The site's languages; English is primary. */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Narrows any string to a Locale, or undefined. */
export function asLocale(value: string | undefined): Locale | undefined {
  return locales.find((l) => l === value);
}

/** The other language (for the language switcher). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr' : 'en';
}

/** BCP 47 tags for Intl and Open Graph. */
export const localeTags: Record<Locale, { intl: string; og: string; name: string }> = {
  en: { intl: 'en-GB', og: 'en_GB', name: 'English' },
  fr: { intl: 'fr-FR', og: 'fr_FR', name: 'Français' },
};
