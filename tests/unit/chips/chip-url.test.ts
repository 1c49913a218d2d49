import { describe, expect, test } from 'vitest';

import { chipPath } from '../../../src/lib/chips/chip-url.ts';

describe('chipPath', () => {
  test('Nvidia chips live on the chips page, Chinese ones on the alternatives page', () => {
    expect(chipPath('en', { id: 'h20', market: 'china-variant' })).toBe('/en/chips/#chip-h20');
    expect(chipPath('fr', { id: 'ascend-910c', market: 'china-domestic' })).toBe('/fr/alternatives/#chip-ascend-910c');
  });
});
