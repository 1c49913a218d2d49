import { describe, expect, test } from 'vitest';

import { siteVocabulary, sliceKey, vocabularySlices } from '../../../src/lib/search/vocabulary.ts';

describe('vocabulary', () => {
  test('folded words of four or more characters, most frequent first, with compound parts', () => {
    expect(siteVocabulary(['Huawei’s data-centre chips', 'Huawei and the H20, Huawei again', '4000 2025'])).toEqual([
      'huawei',
      'again',
      'centre',
      'chips',
      'data',
      'datacentre',
      'huaweis',
    ]);
  });
  test('slices by first character', () => {
    expect(sliceKey('huawei')).toBe('h');
    expect(sliceKey('2nm')).toBe('2');
    expect(sliceKey('英伟达')).toBe('_');
    expect(vocabularySlices(['huawei', 'hopper', 'nvidia'])).toEqual({ h: ['huawei', 'hopper'], n: ['nvidia'] });
  });
});
