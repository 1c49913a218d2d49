import { describe, expect, test } from 'vitest';

import { numberCitations, splitIds } from '../../../src/lib/citations/numbering.ts';
import { PageCitations } from '../../../src/lib/citations/page-citations.ts';
import type { Source } from '../../../src/schemas/source.ts';

const source = (id: string): Source => ({
  id,
  title: id,
  publisher: 'P',
  date: '2025',
  url: `https://example.org/${id}`,
  language: 'en',
  kind: 'press',
});

describe('numberCitations', () => {
  test('numbers sources by first citation', () => {
    expect([...numberCitations(['b', 'a', 'b', 'c'])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});

describe('PageCitations', () => {
  test('gives each mark a unique anchor and the list one back-link per mark', () => {
    const page = new PageCitations(['a', 'b', 'a'], new Map(['a', 'b'].map((id) => [id, source(id)])));
    expect(page.mark('a')).toMatchObject({ number: 1, anchor: 'cite-a-1', href: '#ref-a' });
    expect(page.mark('b')).toMatchObject({ number: 2, anchor: 'cite-b-1' });
    expect(page.mark('a')).toMatchObject({ number: 1, anchor: 'cite-a-2' });
    expect(page.list().map((i) => [i.anchor, i.backlinks])).toEqual([
      ['ref-a', ['cite-a-1', 'cite-a-2']],
      ['ref-b', ['cite-b-1']],
    ]);
  });
  test('refuses a source the page text did not cite', () => {
    const page = new PageCitations(['a'], new Map([['a', source('a')]]));
    expect(() => page.mark('z')).toThrow(/unknown or unlisted source "z"/);
  });
});

describe('splitIds', () => {
  test('splits on spaces and commas', () => {
    expect(splitIds('a b,c  d')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitIds(undefined)).toEqual([]);
  });
});
