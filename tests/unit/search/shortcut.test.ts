import { describe, expect, test } from 'vitest';

import { isSearchShortcut, SHORTCUT_OFF, shortcutKey } from '../../../src/lib/search/shortcut.ts';

const press = (key: string, more: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...more,
});

describe('search shortcut', () => {
  test('"/" by default, the reader’s key when chosen, none when turned off', () => {
    expect(shortcutKey(null)).toBe('/');
    expect(shortcutKey('s')).toBe('s');
    expect(shortcutKey(SHORTCUT_OFF)).toBeNull();
    expect(shortcutKey('nonsense')).toBe('/');
  });
  test('the single key acts only outside text fields and without modifiers', () => {
    expect(isSearchShortcut(press('/'), '/')).toBe(true);
    expect(isSearchShortcut(press('/', { typing: true }), '/')).toBe(false);
    expect(isSearchShortcut(press('/', { altKey: true }), '/')).toBe(false);
    expect(isSearchShortcut(press('S'), 's')).toBe(true);
    expect(isSearchShortcut(press('/'), 's')).toBe(false);
    expect(isSearchShortcut(press('/'), null)).toBe(false);
  });
  test('Ctrl+K and ⌘K always work, even while typing or with the key turned off', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true, typing: true }), null)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), '/')).toBe(true);
    expect(isSearchShortcut(press('k'), '/')).toBe(false);
  });
});
