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
  test('stripHighlight removes the highlight parameter only', () => {
    expect(stripHighlight('/en/x/?highlight=h20#a')).toBe('/en/x/#a');
  });
});

describe('resultStatus', () => {
  const strings = {
    loading: '',
    none: 'No results for “{query}”.',
    count: '{count} results for “{query}”.',
    one: '1 result for “{query}”.',
    unavailable: '',
    sections: {},
  };
  test('says none, one or how many', () => {
    expect(resultStatus(strings, 0, 'x')).toBe('No results for “x”.');
    expect(resultStatus(strings, 1, 'x')).toBe('1 result for “x”.');
    expect(resultStatus(strings, 12, 'x')).toBe('12 results for “x”.');
  });
});
