import { describe, expect, test } from 'vitest';

import { allowedTypos, correctWord, editDistance, keepRarest, wordWeight } from '../../../src/lib/search/relax.ts';

describe('editDistance', () => {
  test('counts edits, an adjacent swap as one', () => {
    expect(editDistance('huwaei', 'huawei', 2)).toBe(1);
    expect(editDistance('nvida', 'nvidia', 2)).toBe(1);
    expect(editDistance('center', 'centre', 2)).toBe(1);
    expect(editDistance('licnse', 'licence', 2)).toBe(2);
    expect(editDistance('same', 'same', 1)).toBe(0);
  });
  test('gives up above the limit', () => {
    expect(editDistance('huawei', 'cambricon', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('correctWord', () => {
  const vocabulary = ['huawei', 'hopper', 'huang', 'licence', 'license', 'lutnick'];
  test('finds the closest site word, the more frequent on a tie', () => {
    expect(correctWord('Huwaei', vocabulary)).toBe('huawei');
    expect(correctWord('lutnik', vocabulary)).toBe('lutnick');
    expect(correctWord('lisence', ['license', 'licence'])).toBe('licence');
    expect(correctWord('cart', ['card', 'care'])).toBe('card');
    expect(correctWord('cart', ['care', 'card'])).toBe('care');
  });
  test('leaves known, short and far words alone', () => {
    expect(correctWord('huawei', vocabulary)).toBeUndefined();
    expect(correctWord('hpo', vocabulary)).toBeUndefined();
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
    expect(correctWord('crash', ['cash', 'crush'])).toBe('crush');
    expect(correctWord('crash', ['cash'])).toBeUndefined();
    expect(allowedTypos(3)).toBe(0);
    expect(allowedTypos(6)).toBe(1);
    expect(allowedTypos(9)).toBe(2);
  });
});

describe('keepRarest', () => {
  // Pages that have each word; a subset matches the pages that have all of its words.
  const pages: Record<string, number[]> = { nvidia: [1, 2, 3, 4, 5], h20: [1, 2, 3, 4], charge: [2, 3], summit: [5], zzz: [] };
  const hits = async (words: string[]) => [1, 2, 3, 4, 5].filter((p) => words.every((w) => pages[w]!.includes(p))).length;
  const run = (words: string[]) =>
    keepRarest(
      words,
      words.map((w) => pages[w]!.length),
      5,
      hits,
    );
  test('rarer words weigh more', () => {
    expect(wordWeight(1, 5)).toBeGreaterThan(wordWeight(2, 5));
    expect(wordWeight(0, 5)).toBe(wordWeight(1, 5));
  });
  test('keeps the heaviest words that still match a page together, in the query’s order', async () => {
    // "charge h20 nvidia" (pages 2, 3) weighs more than "nvidia summit" (page 5).
    expect(await run(['nvidia', 'h20', 'charge', 'summit'])).toEqual(['nvidia', 'h20', 'charge']);
    expect(await run(['summit', 'nvidia'])).toEqual(['summit', 'nvidia']);
  });
  test('drops words no page has', async () => {
    expect(await run(['zzz', 'summit'])).toEqual(['summit']);
    expect(await run(['zzz'])).toEqual([]);
  });
  test('long queries are relaxed from the rarest word', async () => {
    const many = ['summit', 'nvidia', 'h20', 'charge', 'nvidia', 'h20', 'charge'];
    expect(await run(many)).toEqual(['summit', 'nvidia', 'nvidia']);
  });
});
