import { type Locale, localeTags } from '../i18n/locales.ts';
import { pagePath } from '../i18n/paths.ts';

/** The minimum a glossary term needs for sorting and indexing. */
export interface SortableTerm {
  id: string;
  term: { en: string; fr: string };
}

/**
 * A collator for the page's language: accents and case are secondary, punctuation such as
 * quotation marks is ignored, numbers sort by value.
 */
export function termCollator(lang: Locale): Intl.Collator {
  return new Intl.Collator(localeTags[lang].intl, { sensitivity: 'base', numeric: true, ignorePunctuation: true });
}

/**
 * Sorts terms by their name in `lang` with that language's collation (`Écart` sorts with E
 * in French), ties broken by id. Returns a new array.
 */
export function sortTerms<T extends SortableTerm>(terms: readonly T[], lang: Locale): T[] {
  const collator = termCollator(lang);
  return [...terms].sort((a, b) => collator.compare(a.term[lang], b.term[lang]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The index letter of a term: its first letter or digit, without accent, upper case
 * (`écart` → `E`, `« Is informed »` → `I`); `#` when that is a digit (`10-Q` → `#`).
 */
export function initialOf(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const first = folded.match(/[A-Z0-9]/)?.[0] ?? '#';
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * The letter bar of the glossary: one entry per initial present, in the order of the
 * (already sorted) terms, pointing at the first term with that initial.
 */
export function letterIndex<T extends SortableTerm>(sorted: readonly T[], lang: Locale): { letter: string; id: string }[] {
  const out: { letter: string; id: string }[] = [];
  for (const term of sorted) {
    const letter = initialOf(term.term[lang]);
    if (!out.some((l) => l.letter === letter)) out.push({ letter, id: term.id });
  }
  return out;
}

/** A page as the glossary needs it: where it is, its title, which terms it links. */
export interface PageUsingTerms {
  lang: Locale;
  slug: string;
  title: string;
  terms: readonly string[];
}

/**
 * For one language: term id → the pages that link it with `<Term>`, each once, in the
 * order given (callers pass pages in navigation order).
 */
export function termUsage(pages: readonly PageUsingTerms[], lang: Locale): Map<string, { href: string; title: string }[]> {
  const usage = new Map<string, { href: string; title: string }[]>();
  for (const page of pages) {
    if (page.lang !== lang) continue;
    for (const id of new Set(page.terms)) {
      const list = usage.get(id) ?? [];
      list.push({ href: pagePath(lang, page.slug), title: page.title });
      usage.set(id, list);
    }
  }
  return usage;
}
