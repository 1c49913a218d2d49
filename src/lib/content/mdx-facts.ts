import { findProseDates, type ProseDate } from './prose-dates.ts';

/**
 * One citation mark, in the order the page shows it: a `<Cite>` (or a `cite="…"` prop) names a
 * source; a `<ChipFigure>` cites the sources of the chip figure it renders; a `<RuleFigure>` the
 * rule's first source, or the sources of the reading it renders.
 */
export type CitationRef = { source: string } | { chip: string; field: string } | { rule: string; field?: string; reading?: string };

/** A sentence of running text that states day-precise dates by hand, with what it cites. */
export interface DatedClaim {
  /** 1-based line in the MDX file (frontmatter included). */
  line: number;
  dates: ProseDate[];
  citations: CitationRef[];
}

/** What an MDX page refers to, read from its source text. */
export interface MdxReferences {
  /** Citation marks in order of appearance (numbers follow this order). */
  citations: CitationRef[];
  /** Glossary ids linked with `<Term id>`. */
  terms: string[];
  /** Chip ids named by chip components (`<ChipCards ids>`, `chip="…"` props). */
  chips: string[];
  /** Event ids rendered with `<EventDate id>`. */
  events: string[];
  /** Explicit section ids of the page's headings (`[#id]`). */
  sections: string[];
  /** Sentences that type a day-precise date themselves (checked against events and sources). */
  datedClaims: DatedClaim[];
}

const CITATION = /<Cite\s+[^>]*?\bid="([^"]+)"|<(?:KeyFigure|PullQuote)\s+[^>]*?\bcite="([^"]+)"|<ChipFigure\s+([^>]*?)\/?>|<RuleFigure\s+([^>]*?)\/?>/g;

/**
 * Reads the references an MDX page makes from its source text, so that a bad id fails
 * the build before any page renders, and so that citation numbers are known before the
 * body renders. Matches the components' documented syntax (content/README.md).
 */
export function referencesIn(source: string): MdxReferences {
  const frontmatter = /^---[\s\S]*?\n---/.exec(source)?.[0] ?? '';
  const body = source.slice(frontmatter.length);
  const firstBodyLine = frontmatter.split('\n').length;
  return {
    citations: citationsIn(body),
    terms: all(body, /<Term\s+[^>]*?\bid="([^"]+)"/g),
    events: all(body, /<EventDate\s+[^>]*?\bid="([^"]+)"/g),
    sections: all(body, /^#{2,4}\s.*\[#([a-z0-9][a-z0-9-]*)\]\s*$/gm),
    chips: [
      ...all(body, /<Chip\w*\s+[^>]*?\bchip="([^"]+)"/g),
      ...all(body, /<ChipCards\s+[^>]*?\bids="([^"]+)"/g).flatMap((ids) => ids.split(/[\s,]+/).filter(Boolean)),
    ],
    datedClaims: datedClaimsIn(body, firstBodyLine),
  };
}

/** The source ids a page's marks cite, in order, with chip and rule figures expanded to their sources. */
export function citedSources(
  citations: readonly CitationRef[],
  figureSources: (chip: string, field: string) => readonly string[],
  ruleSources: (rule: string, reading?: string) => readonly string[] = () => [],
): string[] {
  return citations.flatMap((ref) =>
    'source' in ref ? [ref.source] : 'chip' in ref ? figureSources(ref.chip, ref.field) : ruleSources(ref.rule, ref.reading),
  );
}

function citationsIn(text: string): CitationRef[] {
  const out: CitationRef[] = [];
  for (const m of text.matchAll(CITATION)) {
    if (m[1]) out.push({ source: m[1] });
    else if (m[2]) out.push(...m[2].split(/[\s,]+/).filter(Boolean).map((source) => ({ source })));
    else if (m[3] !== undefined && !/\bcite=\{false\}/.test(m[3])) {
      const chip = /\bchip="([^"]+)"/.exec(m[3])?.[1];
      const field = /\bfield="([^"]+)"/.exec(m[3])?.[1];
      if (chip && field) out.push({ chip, field });
    } else if (m[4] !== undefined && !/\bcite=\{false\}/.test(m[4])) {
      const rule = /\brule="([^"]+)"/.exec(m[4])?.[1];
      const field = /\bfield="([^"]+)"/.exec(m[4])?.[1];
      const reading = /\breading="([^"]+)"/.exec(m[4])?.[1];
      if (rule) out.push({ rule, ...(field ? { field } : {}), ...(reading ? { reading } : {}) });
    }
  }
  return out;
}

/**
 * Sentences of running text with hand-typed day-precise dates. Tags are blanked first (ids such
 * as `2025-04-09-…` are not prose), so a date rendered by `<EventDate>` is never seen here.
 */
function datedClaimsIn(body: string, firstLine: number): DatedClaim[] {
  const claims: DatedClaim[] = [];
  body.split('\n').forEach((text, i) => {
    if (/^\s*(import|export)\s/.test(text)) return;
    for (const sentence of sentencesOf(text)) {
      const dates = findProseDates(sentence.replace(/<[^>]*>/g, ' '));
      if (dates.length) claims.push({ line: firstLine + i, dates, citations: citationsIn(sentence) });
    }
  });
  return claims;
}

/** Splits a line of prose after `.`, `!` or `?` (with any citation marks that follow) before the next sentence. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?](?:<[^>]+\/>)*)\s+(?=[A-ZÀ-Ý"“«<])/);
}

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}
