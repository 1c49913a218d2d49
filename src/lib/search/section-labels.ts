import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/strings/ui.ts';
import { navItems } from '../site/nav.ts';

/** Search filter values (section ids) with their label in the page's language. */
export function sectionLabels(lang: Locale): Record<string, string> {
  return Object.fromEntries(navItems.map((item) => [item.section, ui[lang][item.label]]));
}
