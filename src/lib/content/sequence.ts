import type { Section } from '../../schemas/page.ts';
import { navItems } from '../site/nav.ts';

/** What the reading order needs to know of a page. */
export interface SequencedPage {
  slug: string;
  section: Section;
  order: number;
  title: string;
}

/**
 * The site's reading order: sections in navigation order, pages within a section by
 * `order` then slug. Previous/next links walk it.
 */
export function readingSequence<P extends SequencedPage>(pages: readonly P[]): P[] {
  const rank = new Map(navItems.map((item, i) => [item.section, i]));
  return pages
    .filter((p) => rank.has(p.section))
    .toSorted((a, b) => rank.get(a.section)! - rank.get(b.section)! || a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The pages before and after `slug` in the reading order. */
export function neighbours<P extends SequencedPage>(pages: readonly P[], slug: string): { previous?: P; next?: P } {
  const sequence = readingSequence(pages);
  const index = sequence.findIndex((p) => p.slug === slug);
  if (index < 0) return {};
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}
