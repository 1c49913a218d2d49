/**
 * Highlight on arrival: a search result links to its section with the reader's words in a
 * `?hl=` parameter; the page marks those words. This module writes and reads the parameter;
 * highlight-match.ts finds the words in a text (both pure), and
 * src/components/search/highlight-on-arrival.ts walks the page and marks them.
 */
import { indexForm, splitWords } from './words.ts';

/** The URL parameter that carries the words to mark; the page removes it once read. */
export const HIGHLIGHT_PARAM = 'hl';

/** Han, Hiragana, Katakana, Hangul: scripts written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The words to look for, folded and without punctuation ("TB/s" → "tbs"), one-letter words left out. */
export function highlightTerms(text: string): string[] {
  const terms = splitWords(text)
    .map(indexForm)
    .filter((t) => t.length > 1 || UNSPACED.test(t));
  return [...new Set(terms)];
}

/**
 * A result's address with the words to mark on arrival: `/en/saga/the-money/?hl=licence+h20#q2`.
 * The address keeps its fragment, so the browser still lands on the section.
 */
export function withHighlight(url: string, words: readonly string[]): string {
  const terms = highlightTerms(words.join(' '));
  if (!terms.length) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: terms.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment}`;
}
