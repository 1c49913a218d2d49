/**
 * Finds the reader's words in a text, for highlight on arrival (see highlight.ts). A module of
 * its own so that the search code, which only writes the `?hl=` links, does not carry it.
 */
import { UNSPACED } from './highlight.ts';
import { indexForm } from './words.ts';

/**
 * Does a word of the page match a searched term? As Pagefind does: the word starts with the term
 * ("h20" marks "H20s", "licence" marks "licences"), or the term is the word plus a short ending
 * ("charges" marks "charge"). Short terms match whole words only ("20" does not mark "2025").
 */
function wordMatches(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= 3 && word.startsWith(term)) return true;
  return word.length >= 4 && term.startsWith(word) && term.length - word.length <= 2;
}

/**
 * Where the terms occur in a text, as [start, end) offsets, in order and without overlaps.
 * Words are runs of letters and digits; a term written with punctuation ("4.5", "tb/s") matches
 * runs joined by one punctuation mark ("4.5", "TB/s"); terms in unspaced scripts match anywhere.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (!terms.length) return ranges;
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    folded: indexForm(m[0]),
  }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (UNSPACED.test(word.folded)) continue;
    // The longest run of words joined by single punctuation marks that a term spells ("4", "5" → "45").
    let matched: [number, number] | undefined;
    let joined = '';
    for (let j = i; j < words.length && j < i + 4; j++) {
      if (j > i && words[j]!.start - words[j - 1]!.end !== 1) break;
      if (j > i && /\s/.test(text[words[j - 1]!.end]!)) break;
      joined += words[j]!.folded;
      if (terms.some((t) => (j === i ? wordMatches(joined, t) : joined === t))) matched = [word.start, words[j]!.end];
    }
    if (matched) {
      ranges.push(matched);
      while (i + 1 < words.length && words[i + 1]!.start < matched[1]) i++;
    }
  }
  for (const term of terms.filter((t) => UNSPACED.test(t))) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((r, i, all) => i === 0 || r[0] >= all[i - 1]![1]);
}
