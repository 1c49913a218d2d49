import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/strings/ui.ts';
import { navItems } from '../site/nav.ts';

/** Search filter values (section ids) with their label in the page's language. */
export function sectionLabels(lang: Locale): Record<string, string> {
  return Object.fromEntries(navItems.map((item) => [item.section, ui[lang][item.label]]));
}

/** What the search scripts need to say, in the page's language (passed in `data-strings`). */
export function searchUiStrings(lang: Locale) {
  const t = ui[lang];
  return {
    loading: t.searchLoading,
    none: t.searchNoResults,
    count: t.searchResultCount,
    one: t.searchOneResult,
    relaxed: t.searchRelaxed,
    unavailable: t.searchUnavailable,
    sections: sectionLabels(lang),
  };
}
