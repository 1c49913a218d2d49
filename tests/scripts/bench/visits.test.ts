import { describe, expect, test } from 'vitest';

import { median, pagePaths, readPeerReport, type VisitFigures, visitRows } from '../../../scripts/lib/bench/visits.ts';

const visit = (path: string, first: number, second: number): VisitFigures => ({
  path,
  first: { html: 0, css: 0, js: 0, font: 0, other: 0, total: first, requests: 10 },
  second: { total: second, requests: 2 },
});

const report = {
  versions: { astro: '7.3.5', starlight: '0.42.6' },
  rows: [
    { page: '/', htmlGzip: 1, cssGzip: 1, jsOnLoadGzip: 1, requestsOnLoad: 10, totalOnLoadGzip: 50_000 },
    { page: '/saga/the-boom/', htmlGzip: 1, cssGzip: 1, jsOnLoadGzip: 1, requestsOnLoad: 10, totalOnLoadGzip: 40_000 },
  ],
};

describe('pagePaths', () => {
  test('maps MDX files under content/<lang>/ to site paths, sorted', () => {
    expect(pagePaths(['saga/the-boom.mdx', 'index.mdx', 'saga/index.mdx', 'saga/notes.txt'])).toEqual([
      '/en/',
      '/en/saga/',
      '/en/saga/the-boom/',
    ]);
    expect(pagePaths(['about/index.mdx'], 'fr')).toEqual(['/fr/about/']);
  });
});

describe('median', () => {
  test('odd and even counts, empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('readPeerReport', () => {
  test('keys the peer pages by the site path of the language', () => {
    const peer = readPeerReport(report);
    expect(peer.label).toBe('Starlight 0.42.6 on Astro 7.3.5');
    expect(peer.pages.get('/en/saga/the-boom/')?.totalOnLoadGzip).toBe(40_000);
    expect(peer.pages.has('/en/')).toBe(true);
  });
  test('refuses anything else', () => {
    expect(() => readPeerReport({ pages: [] })).toThrow(/no rows/);
    expect(() => readPeerReport({ rows: [{ page: '/' }] })).toThrow(/row/);
  });
});

describe('visitRows', () => {
  test('pairs pages with their twin, ratio and medians', () => {
    const {
      rows,
      median: m,
      worstRatio,
    } = visitRows([visit('/en/', 60_000, 9_000), visit('/en/saga/the-boom/', 44_000, 12_000)], readPeerReport(report));
    expect(rows[0]).toMatchObject({ path: '/en/', first: 60_000, peer: 50_000, ratio: 1.2 });
    expect(m).toMatchObject({ first: 52_000, second: 10_500, peer: 45_000 });
    expect(m.ratio).toBeCloseTo(52_000 / 45_000);
    expect(worstRatio?.path).toBe('/en/');
  });
  test('without a peer: the project column only', () => {
    const { rows, median: m, worstRatio } = visitRows([visit('/en/', 60_000, 9_000)]);
    expect(rows[0]!.peer).toBeUndefined();
    expect(m.peer).toBeUndefined();
    expect(worstRatio).toBeUndefined();
  });
});
