import { describe, expect, test } from 'vitest';

import { fold, indexForm, isNumber, splitWords, stripClitics } from '../../../src/lib/search/words.ts';

describe('words', () => {
  test('fold lower-cases, drops accents and straightens apostrophes', () => {
    expect(fold('Défense’s ÉTATS')).toBe("defense's etats");
  });
  test('splitWords keeps punctuation inside words and drops it around them', () => {
    expect(splitWords('  “H20?”  4TB/s, $4.5bn (l’H20)')).toEqual(['H20', '4TB/s', '$4.5bn', 'l’H20']);
    expect(splitWords('15\u00a0%\u202fdes ventes')).toEqual(['15', '%', 'des', 'ventes']);
  });
  test('stripClitics drops French elisions and English possessives', () => {
    expect(stripClitics("l'exportation")).toBe('exportation');
    expect(stripClitics('qu’Nvidia')).toBe('Nvidia');
    expect(stripClitics("Nvidia's")).toBe('Nvidia');
    expect(stripClitics("l'")).toBe("l'");
  });
  test('indexForm keeps letters and digits only, as Pagefind indexes them', () => {
    expect(indexForm('4TB/s')).toBe('4tbs');
    expect(indexForm('Md$')).toBe('md');
    expect(indexForm('%')).toBe('');
    expect(indexForm('英伟达')).toBe('英伟达');
  });
  test('isNumber accepts numbers as readers write them', () => {
    for (const n of ['7', '4.5', '4,5', '$4.5', '15%', '300,000', '300\u202f000']) expect(isNumber(n), n).toBe(true);
    for (const n of ['H20', '4TB', 'nm', '']) expect(isNumber(n), n).toBe(false);
  });
});
