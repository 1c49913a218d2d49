import type { Source } from '../../schemas/source.ts';
import { citationAnchor, countCitations, numberCitations, referenceAnchor } from './numbering.ts';

/**
 * The citation state of one page while it renders: numbers known up front (from the
 * page's source text), occurrences counted as marks render, so each mark gets a unique
 * anchor that its back-link in the source list can target.
 */
export class PageCitations {
  readonly numbers: Map<string, number>;
  readonly counts: Map<string, number>;
  private readonly seen = new Map<string, number>();
  private readonly sources: ReadonlyMap<string, Source>;

  constructor(citedInOrder: readonly string[], sources: ReadonlyMap<string, Source>) {
    this.sources = sources;
    this.numbers = numberCitations(citedInOrder);
    this.counts = countCitations(citedInOrder);
  }

  /** Registers one rendered mark; returns what it needs to render. */
  mark(sourceId: string): { number: number; anchor: string; href: string; source: Source } {
    const source = this.sources.get(sourceId);
    const number = this.numbers.get(sourceId);
    if (!source || number === undefined) throw new Error(`Citation of unknown or unlisted source "${sourceId}"`);
    const occurrence = (this.seen.get(sourceId) ?? 0) + 1;
    this.seen.set(sourceId, occurrence);
    return { number, anchor: citationAnchor(sourceId, occurrence), href: `#${referenceAnchor(sourceId)}`, source };
  }

  /** The page's source list, in citation order, with the anchors of every mark. */
  list(): { number: number; source: Source; anchor: string; backlinks: string[] }[] {
    return [...this.numbers].map(([id, number]) => ({
      number,
      source: this.sources.get(id)!,
      anchor: referenceAnchor(id),
      backlinks: Array.from({ length: this.counts.get(id) ?? 0 }, (_, i) => citationAnchor(id, i + 1)),
    }));
  }
}
