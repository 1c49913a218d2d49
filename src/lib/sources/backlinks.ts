import type { ChipMarket } from '../../schemas/chip.ts';
import { chipPath } from '../chips/chip-url.ts';
import type { Locale } from '../i18n/locales.ts';
import { pagePath } from '../i18n/paths.ts';

/**
 * The "Cited in" index of the sources page: for each source id, every place on the site
 * that relies on it (pages through `<Cite>`, timeline events, chip figures, glossary
 * entries, seed corrections). Pure: callers pass already-localised titles.
 */

/** Where a back-link points. */
export type BacklinkKind = 'page' | 'event' | 'chip' | 'term' | 'correction';

export interface Backlink {
  kind: BacklinkKind;
  /** Absolute path with fragment, e.g. `/en/timeline/#event-2025-04-09-h20-licence`. */
  href: string;
  /** Title in the page's language: page title, event headline, chip name, term. */
  title: string;
}

/** Everything that can cite a source, in the language of the page being built. */
export interface CitingThings {
  /** MDX pages of this language, in the order back-links should list them. */
  pages?: readonly { slug: string; title: string; cited: readonly string[] }[];
  events?: readonly { id: string; date: string; title: string; sources: readonly string[] }[];
  chips?: readonly { id: string; name: string; market: ChipMarket; sources: readonly string[] }[];
  terms?: readonly { id: string; term: string; sources: readonly string[] }[];
  /** Blocks of the sources page's seed-article section: `anchor` is the element id there. */
  corrections?: readonly { anchor: string; title: string; sources: readonly string[] }[];
}

/**
 * Builds the back-link index for one language. Each source lists pages first (in the given
 * order), then events (by date), chips, glossary terms and seed corrections; a target appears
 * once per source however often it cites it.
 */
export function buildBacklinks(things: CitingThings, lang: Locale): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  const add = (ids: readonly string[], link: Backlink) => {
    for (const id of new Set(ids)) {
      const list = index.get(id) ?? [];
      if (!list.some((l) => l.href === link.href)) list.push(link);
      index.set(id, list);
    }
  };
  for (const page of things.pages ?? []) {
    add(page.cited, { kind: 'page', href: pagePath(lang, page.slug), title: page.title });
  }
  const events = [...(things.events ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const event of events) {
    add(event.sources, { kind: 'event', href: `/${lang}/timeline/#event-${event.id}`, title: event.title });
  }
  for (const chip of things.chips ?? []) {
    add(chip.sources, { kind: 'chip', href: chipPath(lang, chip), title: chip.name });
  }
  for (const term of things.terms ?? []) {
    add(term.sources, { kind: 'term', href: `/${lang}/glossary/#${term.id}`, title: term.term });
  }
  for (const correction of things.corrections ?? []) {
    add(correction.sources, { kind: 'correction', href: `/${lang}/sources/#${correction.anchor}`, title: correction.title });
  }
  return index;
}

/**
 * Collects every source id in a nested record: the values of any `sources` array, at any
 * depth. Used for chips, whose figures, export steps and doubts each carry their own sources.
 * Ids come out once each, in first-seen order.
 */
export function collectSourceIds(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'sources' && Array.isArray(child)) child.forEach((id) => typeof id === 'string' && found.add(id));
        else walk(child);
      }
    }
  };
  walk(value);
  return [...found];
}
