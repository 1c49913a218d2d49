import { describe, expect, test } from 'vitest';

import { HIGHLIGHT_PARAM, highlightTerms, withHighlight } from '../../../src/lib/search/highlight.ts';
import { matchRanges } from '../../../src/lib/search/highlight-match.ts';

/** The marked words of a text. */
const marked = (text: string, terms: string[]) => matchRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('highlight links', () => {
  test('terms are folded, without punctuation and one-letter words', () => {
    expect(highlightTerms('Licence 4TB/s a H20 英伟达 licence')).toEqual(['licence', '4tbs', 'h20', '英伟达']);
  });
  test('withHighlight adds the words before the fragment, and nothing when there are none', () => {
    expect(HIGHLIGHT_PARAM).toBe('hl');
    expect(withHighlight('/en/saga/the-money/#q2', ['export', 'licence'])).toBe('/en/saga/the-money/?hl=export+licence#q2');
    expect(withHighlight('/en/x/?a=1', ['H20'])).toBe('/en/x/?a=1&hl=h20');
    expect(withHighlight('/en/x/#y', ['%'])).toBe('/en/x/#y');
  });
});

describe('matchRanges', () => {
  test('marks whole words and their longer forms, as Pagefind matches them', () => {
    expect(marked('The licences and the licence; H20s and H200.', ['licence', 'h20'])).toEqual(['licences', 'licence', 'H20s', 'H200']);
  });
  test('a short term marks whole words only', () => {
    expect(marked('In 20 days, 2025 and 200', ['20'])).toEqual(['20']);
  });
  test('a term may be the word plus a short ending', () => {
    expect(marked('a $4.5 billion charge', ['charges'])).toEqual(['charge']);
  });
  test('numbers and units written with punctuation', () => {
    expect(marked('$4.5 billion at 4.0 TB/s', ['45', '40', 'tbs'])).toEqual(['4.5', '4.0', 'TB/s']);
  });
  test('accents and case do not matter', () => {
    expect(marked('Les États-Unis et la Défense', ['etats', 'defense'])).toEqual(['États', 'Défense']);
  });
  test('Chinese terms match inside a run of characters', () => {
    expect(marked('别名：英伟达公司 · 华为', ['英伟达', '华为'])).toEqual(['英伟达', '华为']);
  });
  test('no terms, no marks', () => {
    expect(matchRanges('anything', [])).toEqual([]);
  });
});
