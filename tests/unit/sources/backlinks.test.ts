import { describe, expect, it } from 'vitest';

import { buildBacklinks, collectSourceIds } from '../../../src/lib/sources/backlinks.ts';

describe('buildBacklinks', () => {
  const things = {
    pages: [
      { slug: 'saga/the-money', title: 'The money', cited: ['a', 'b', 'a'] },
      { slug: '', title: 'Home', cited: ['a'] },
    ],
    events: [
      { id: '2025-08-10-share', date: '2025-08-10', title: 'Revenue share', sources: ['a'] },
      { id: '2025-04-09-licence', date: '2025-04-09', title: 'Licence', sources: ['a', 'c'] },
    ],
    chips: [
      { id: 'h20', name: 'H20', market: 'china-variant' as const, sources: ['c', 'c'] },
      { id: 'ascend-910c', name: 'Ascend 910C', market: 'china-domestic' as const, sources: ['c'] },
    ],
    terms: [{ id: 'tpp', term: 'TPP', sources: ['d'] }],
    corrections: [{ anchor: 'correction-h2o', title: 'H2O', sources: ['b'] }],
  };
  const index = buildBacklinks(things, 'fr');

  it('links pages with their language prefix, once each', () => {
    expect(index.get('a')!.filter((l) => l.kind === 'page')).toEqual([
      { kind: 'page', href: '/fr/saga/the-money/', title: 'The money' },
      { kind: 'page', href: '/fr/', title: 'Home' },
    ]);
  });
  it('lists pages first, then events by date', () => {
    expect(index.get('a')!.map((l) => l.href)).toEqual([
      '/fr/saga/the-money/',
      '/fr/',
      '/fr/timeline/#event-2025-04-09-licence',
      '/fr/timeline/#event-2025-08-10-share',
    ]);
  });
  it('links chips, glossary terms and seed corrections to their anchors', () => {
    expect(index.get('c')!.map((l) => l.href)).toEqual([
      '/fr/timeline/#event-2025-04-09-licence',
      '/fr/chips/#chip-h20',
      '/fr/alternatives/#chip-ascend-910c',
    ]);
    expect(index.get('d')).toEqual([{ kind: 'term', href: '/fr/glossary/#tpp', title: 'TPP' }]);
    expect(index.get('b')!.map((l) => l.href)).toEqual(['/fr/saga/the-money/', '/fr/sources/#correction-h2o']);
  });
  it('has no entry for a source nobody cites', () => {
    expect(index.has('zzz')).toBe(false);
  });
});

describe('collectSourceIds', () => {
  it('finds sources arrays at any depth, once each', () => {
    const chip = {
      id: 'h20',
      memoryGb: { value: 96, sources: ['x', 'y'] },
      tdpW: { value: null, sources: [] },
      exportStatus: [{ date: '2025-04', sources: ['z', 'x'] }],
      doubts: [{ text: { en: 'a', fr: 'b' }, sources: ['w'] }],
    };
    expect(collectSourceIds(chip)).toEqual(['x', 'y', 'z', 'w']);
  });
  it('ignores non-string entries and other arrays', () => {
    expect(collectSourceIds({ tags: ['a'], sources: ['b', 3, null] })).toEqual(['b']);
  });
});
