import type { Section } from '../../schemas/page.ts';
import type { ui } from '../i18n/strings/ui.ts';

type UiKey = keyof (typeof ui)['en'];

/** One entry of the main navigation: the section, its slug and its label key. */
export interface NavItem {
  section: Section;
  slug: string;
  label: UiKey;
}

/** The main navigation, in reading order. Every entry is a real page in both languages. */
export const navItems: readonly NavItem[] = [
  { section: 'saga', slug: 'saga', label: 'navSaga' },
  { section: 'chips', slug: 'chips', label: 'navChips' },
  { section: 'alternatives', slug: 'alternatives', label: 'navAlternatives' },
  { section: 'compare', slug: 'compare', label: 'navCompare' },
  { section: 'rules', slug: 'rules', label: 'navRules' },
  { section: 'timeline', slug: 'timeline', label: 'navTimeline' },
  { section: 'glossary', slug: 'glossary', label: 'navGlossary' },
  { section: 'sources', slug: 'sources', label: 'navSources' },
  { section: 'about', slug: 'about', label: 'navAbout' },
];

/** Whether a nav item is the current section of a page (`saga/the-boom` is in `saga`). */
export function isCurrentSection(item: NavItem, slug: string): boolean {
  return slug === item.slug || slug.startsWith(`${item.slug}/`);
}
