/**
 * The site's words, to correct a reader's typo ("Huwaei" → "huawei"): every word of four or
 * more characters that the index holds, folded as Pagefind folds it, the most frequent first
 * (a typo close to two words means the more common one). Built from the indexed text after
 * Pagefind runs (scripts/search-index.mjs), one file per first character (`vocabularySlices`),
 * so checking a suspicious word downloads about a kilobyte, not the whole list.
 */
import { indexForm } from './words.ts';

/** Shorter words are never corrected (src/lib/search/relax.ts, `allowedTypos`). */
const MIN_LENGTH = 4;

/** The words of the given texts, deduplicated, most frequent first (ties in alphabetical order). */
export function siteVocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const add = (word: string) => {
    if (word.length >= MIN_LENGTH && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const text of texts) {
    for (const raw of text.split(/[\s\u00a0\u202f]+/u)) {
      const whole = indexForm(raw);
      add(whole);
      // "data-centre" is indexed as "datacentre" and as its parts: a typo may be in either.
      const parts = raw.split(/[^\p{L}\p{N}]+/u).map(indexForm);
      if (parts.length > 1) parts.forEach(add);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** The file a word's slice is in: its first character when it is a–z or 0–9, else "_". */
export function sliceKey(word: string): string {
  const first = word[0] ?? '';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** The vocabulary split by first character (most frequent first within each slice). */
export function vocabularySlices(words: readonly string[]): Record<string, string[]> {
  const slices: Record<string, string[]> = {};
  for (const word of words) (slices[sliceKey(word)] ??= []).push(word);
  return slices;
}
