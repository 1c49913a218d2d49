/**
 * The results catalogue: every indexed page's address, title, section and headings (with the
 * word position where each starts), written next to Pagefind's index after it is built
 * (scripts/search-index.mjs). With it a result is shown from Pagefind's page id and word
 * positions alone, without downloading the page's fragment (the page's whole text: 2–18 KB
 * each), which kept the first query over its 100 KB budget.
 */
import { splitWords } from './words.ts';

/** A heading: the word position where it starts, its id and its text. */
export type CatalogueHeading = [location: number, id: string, text: string];

/** One indexed page. */
export interface CataloguePage {
  url: string;
  title: string;
  /** The page's `section` filter value (saga, chips, …). */
  section?: string;
  /** Headings with an id, in page order. */
  headings: CatalogueHeading[];
}

/** `/pagefind/h20/catalogue.<lang>.json`: Pagefind page id → page. */
export type Catalogue = Record<string, CataloguePage>;

/** A section of a result, best first. */
export interface RankedSection {
  url: string;
  title: string;
  score: number;
}

/** The fragment fields the catalogue keeps (see Pagefind's fragment format). */
export interface FragmentForCatalogue {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

/**
 * A catalogue entry from a Pagefind fragment: the same headings Pagefind turns into sub-results
 * (h1–h6 with an id and some text).
 */
export function catalogueEntry(fragment: FragmentForCatalogue): CataloguePage {
  const headings = (fragment.anchors ?? [])
    .filter((a) => /^h\d$/i.test(a.element) && a.id && a.text && /\S/.test(a.text))
    .sort((a, b) => a.location - b.location)
    .map((a): CatalogueHeading => [a.location, a.id, a.text!.trim()]);
  const section = fragment.filters?.section?.[0];
  return { url: fragment.url, title: fragment.meta.title ?? fragment.url, ...(section ? { section } : {}), headings };
}

/** What a word adds for being in a section's heading, next to the up to 1 it adds for being in the section. */
const HEADING_BONUS = 0.5;

/** Saturating count: the second hit of a word in a section adds less than the first. */
const saturate = (hits: number) => hits / (hits + 1);

/**
 * Ranks a page's sections for a query: each searched word adds its weight (rarer words weigh
 * more) for being in the section, and as much again for being in the heading itself, so the
 * section titled "Huang in Beijing" beats a long one that names Huang six times. Sections
 * without any hit are left out.
 *
 * @param locations word positions of each searched word in this page (one list per word)
 * @param weights one weight per word (e.g. its inverse document frequency); 1 when missing
 */
export function rankSections(
  page: CataloguePage,
  locations: readonly (readonly number[])[],
  weights: readonly number[] = [],
): RankedSection[] {
  return scoreSections(page, locations, weights).filter((s) => s.url.includes('#'));
}

/**
 * How well the page's best passage answers the query, from 0 to 1: the best section's score
 * (the page's opening, before its first heading, counts as a section here, the title as its
 * heading) over the most a section can score (every word, in its heading too). A long page that
 * mentions every word somewhere no longer beats the page with a section about exactly that.
 */
export function passageScore(page: CataloguePage, locations: readonly (readonly number[])[], weights: readonly number[] = []): number {
  const best = scoreSections(page, locations, weights)[0]?.score ?? 0;
  const most = locations.reduce((sum, _, w) => sum + (1 + HEADING_BONUS) * (weights[w] ?? 1), 0);
  return most ? best / most : 0;
}

/** Every section with a hit, the opening included (its url has no `#`), best first. */
function scoreSections(page: CataloguePage, locations: readonly (readonly number[])[], weights: readonly number[]): RankedSection[] {
  const first = page.headings[0]?.[0] ?? Number.POSITIVE_INFINITY;
  const sections: CatalogueHeading[] = first > 0 ? [[0, '', page.title], ...page.headings] : page.headings;
  const ranked = sections.map(([start, id, text], index) => {
    const end = sections[index + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    const headingEnd = start + splitWords(text).length;
    let score = 0;
    let total = 0;
    locations.forEach((list, w) => {
      const inSection = list.filter((l) => l >= start && l < end);
      if (!inSection.length) return;
      const weight = weights[w] ?? 1;
      const inHeading = inSection.some((l) => l < headingEnd);
      score += weight * (saturate(inSection.length) + (inHeading ? HEADING_BONUS : 0));
      total += inSection.length;
    });
    return { url: id ? `${page.url}#${id}` : page.url, title: text, score, total, index };
  });
  return ranked
    .filter((s) => s.total > 0)
    .sort((a, b) => b.score - a.score || b.total - a.total || a.index - b.index)
    .map(({ url, title, score }) => ({ url, title, score }));
}
