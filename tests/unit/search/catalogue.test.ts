import { describe, expect, test } from 'vitest';

import { catalogueEntry, type CataloguePage, passageScore, rankSections } from '../../../src/lib/search/catalogue.ts';

describe('catalogueEntry', () => {
  test('keeps the headings Pagefind turns into sub-results, in page order', () => {
    const entry = catalogueEntry({
      url: '/en/saga/the-money/',
      meta: { title: 'The money' },
      filters: { section: ['saga'] },
      anchors: [
        { element: 'h2', id: 'q2', text: 'Q2 results', location: 40 },
        { element: 'div', id: 'figure', text: 'A figure', location: 20 },
        { element: 'h2', id: 'share', text: ' Revenue share ', location: 10 },
        { element: 'h3', id: 'empty', text: ' ', location: 50 },
      ],
    });
    expect(entry).toEqual({
      url: '/en/saga/the-money/',
      title: 'The money',
      section: 'saga',
      headings: [
        [10, 'share', 'Revenue share'],
        [40, 'q2', 'Q2 results'],
      ],
    });
  });
});

describe('rankSections', () => {
  const page: CataloguePage = {
    url: '/en/saga/july/',
    title: 'July',
    headings: [
      [10, 'lobbying', 'The lobbying'],
      [100, 'huang-in-beijing', 'Huang in Beijing'],
      [200, 'licences', 'From promise to licences'],
    ],
  };
  test('a word in the heading outweighs repetitions in a longer section', () => {
    const huang = [12, 14, 20, 30, 40, 50, 100, 150];
    expect(rankSections(page, [huang]).map((s) => s.url)).toEqual(['/en/saga/july/#huang-in-beijing', '/en/saga/july/#lobbying']);
  });
  test('a section with every word beats one with many hits of one word', () => {
    const huang = [12, 14, 20, 30, 150];
    const beijing = [160];
    const ranked = rankSections(page, [huang, beijing]);
    expect(ranked[0]!.url).toBe('/en/saga/july/#huang-in-beijing');
  });
  test('rarer words weigh more; sections without hits and the page top are left out', () => {
    const common = [12, 14, 16];
    const rare = [210];
    expect(rankSections(page, [common, rare], [0.1, 3]).map((s) => s.title)).toEqual(['From promise to licences', 'The lobbying']);
    expect(rankSections(page, [[1, 2]])).toEqual([]);
  });
});

describe('passageScore', () => {
  const page: CataloguePage = {
    url: '/en/glossary/',
    title: 'Glossary',
    headings: [
      [10, 'export-licence', 'Export licence'],
      [30, 'tpp', 'TPP'],
    ],
  };
  test('from 0 to 1: every word in the heading of one section scores most', () => {
    expect(passageScore(page, [[10, 12], [11]])).toBeGreaterThan(passageScore(page, [[12], [35]]));
    expect(passageScore(page, [[10], [11]])).toBeLessThanOrEqual(1);
    expect(passageScore(page, [[], []])).toBe(0);
  });
  test('the opening counts, with the title as its heading', () => {
    expect(passageScore(page, [[0]])).toBeGreaterThan(passageScore(page, [[5]]));
    expect(rankSections(page, [[0, 5]])).toEqual([]);
  });
});
