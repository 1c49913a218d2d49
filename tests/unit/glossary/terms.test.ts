import { describe, expect, it } from 'vitest';

import { initialOf, letterIndex, sortTerms, termUsage } from '../../../src/lib/glossary/terms.ts';

const t = (id: string, en: string, fr = en) => ({ id, term: { en, fr } });

describe('sortTerms', () => {
  const terms = [
    t('b', 'Blackwell'),
    t('e', 'Export licence', 'Licence d’exportation'),
    t('a', 'ampere', 'Ampere'),
    t('ec', 'ECCN', 'Écart'),
  ];
  it('sorts by the name in the page language, ignoring case', () => {
    expect(sortTerms(terms, 'en').map((x) => x.id)).toEqual(['a', 'b', 'ec', 'e']);
  });
  it('sorts accented initials with their base letter in French', () => {
    expect(sortTerms(terms, 'fr').map((x) => x.id)).toEqual(['a', 'b', 'ec', 'e']);
  });
  it('ignores leading quotation marks', () => {
    expect(sortTerms([t('i', '“Is-informed” letter'), t('h', 'Hopper'), t('e', 'Entity List')], 'en').map((x) => x.id)).toEqual([
      'e',
      'h',
      'i',
    ]);
  });
  it('orders numbers by value', () => {
    expect(sortTerms([t('x', 'Item 10'), t('y', 'Item 9')], 'en').map((x) => x.id)).toEqual(['y', 'x']);
  });
  it('returns a new array', () => {
    const input = [t('b', 'B'), t('a', 'A')];
    sortTerms(input, 'en');
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('initialOf', () => {
  it('folds accents and case', () => {
    expect(initialOf('écart')).toBe('E');
    expect(initialOf(' nvlink')).toBe('N');
  });
  it('skips leading quotes and symbols', () => {
    expect(initialOf('« Is informed » letter')).toBe('I');
  });
  it('groups digits under #', () => {
    expect(initialOf('10-Q')).toBe('#');
    expect(initialOf('…')).toBe('#');
  });
});

describe('letterIndex', () => {
  it('points each letter at its first term', () => {
    const sorted = sortTerms([t('a', 'Ampere'), t('ai', 'AI'), t('b', 'Blackwell'), t('e', 'Écart')], 'fr');
    expect(letterIndex(sorted, 'fr')).toEqual([
      { letter: 'A', id: 'ai' },
      { letter: 'B', id: 'b' },
      { letter: 'E', id: 'e' },
    ]);
  });
});

describe('termUsage', () => {
  const pages = [
    { lang: 'en' as const, slug: 'saga/the-boom', title: 'The boom', terms: ['hbm', 'hbm', 'tpp'] },
    { lang: 'fr' as const, slug: 'saga/the-boom', title: 'Le boom', terms: ['hbm'] },
    { lang: 'en' as const, slug: 'chips', title: 'Chips', terms: ['hbm'] },
  ];
  it('lists each page of the language once per term', () => {
    const usage = termUsage(pages, 'en');
    expect(usage.get('hbm')).toEqual([
      { href: '/en/saga/the-boom/', title: 'The boom' },
      { href: '/en/chips/', title: 'Chips' },
    ]);
    expect(usage.get('tpp')).toEqual([{ href: '/en/saga/the-boom/', title: 'The boom' }]);
  });
  it('keeps languages apart', () => {
    expect(termUsage(pages, 'fr').get('hbm')).toEqual([{ href: '/fr/saga/the-boom/', title: 'Le boom' }]);
    expect(termUsage(pages, 'fr').has('tpp')).toBe(false);
  });
});
