import { describe, expect, test } from 'vitest';

import { bestLink, resultStatus, searchPageUrl, stripHighlight, toResultView } from '../../../src/lib/search/results.ts';

const fragment = {
  url: '/en/saga/the-money/',
  excerpt: 'the <mark>revenue</mark> share',
  meta: { title: 'The money' },
  filters: { section: ['saga'] },
  sub_results: [
    { title: 'The money', url: '/en/saga/the-money/', excerpt: 'intro', locations: [1] },
    { title: 'Results', url: '/en/saga/the-money/#q2-results', excerpt: 'a', locations: [40] },
    { title: 'Revenue share', url: '/en/saga/the-money/#revenue-share', excerpt: 'b', locations: [10, 12, 15] },
  ],
};

describe('toResultView', () => {
  test('keeps anchored sections, the most matched first', () => {
    const view = toResultView(fragment);
    expect(view.sections.map((s) => s.url)).toEqual(['/en/saga/the-money/#revenue-share', '/en/saga/the-money/#q2-results']);
    expect(view).toMatchObject({ title: 'The money', section: 'saga' });
  });
  test('bestLink opens the best section of the best page', () => {
    expect(bestLink([toResultView(fragment)])).toBe('/en/saga/the-money/#revenue-share');
    expect(bestLink([])).toBeUndefined();
  });
});

describe('urls', () => {
  test('searchPageUrl encodes the query and the section', () => {
    expect(searchPageUrl('fr', ' partage des revenus ', 'saga')).toBe('/fr/search/?q=partage+des+revenus&section=saga');
    expect(searchPageUrl('en', '')).toBe('/en/search/');
  });
  test('stripHighlight removes the words to mark only', () => {
    expect(stripHighlight('/en/x/?highlight=h20#a')).toBe('/en/x/#a');
    expect(stripHighlight('/en/x/?hl=h20+licence#a')).toBe('/en/x/#a');
    expect(stripHighlight('/en/x/?hl=h20&b=1#a')).toBe('/en/x/?b=1#a');
    expect(stripHighlight('/en/x/?b=1&hl=h20')).toBe('/en/x/?b=1');
  });
});

describe('resultStatus', () => {
  const strings = {
    loading: '',
    none: 'No results for “{query}”.',
    count: '{count} results for “{query}”.',
    one: '1 result for “{query}”.',
    relaxed: 'No page has all of “{query}” — showing results for “{searched}”.',
    unavailable: '',
    sections: {},
  };
  test('says none, one or how many', () => {
    expect(resultStatus(strings, 0, 'x')).toBe('No results for “x”.');
    expect(resultStatus(strings, 1, 'x')).toBe('1 result for “x”.');
    expect(resultStatus(strings, 12, 'x')).toBe('12 results for “x”.');
  });
  test('says which words it searched when it had to leave some out', () => {
    expect(resultStatus(strings, 4, 'how much did nvidia lose', 'nvidia loss')).toBe(
      'No page has all of “how much did nvidia lose” — showing results for “nvidia loss”.',
    );
    expect(resultStatus(strings, 0, 'zzz', '')).toBe('No results for “zzz”.');
  });
});
