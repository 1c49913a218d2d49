import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { cutFileName, cutFor, FONT_CUTS, renameReferences, siteCharacters } from '../../scripts/lib/fonts.ts';

describe('siteCharacters', () => {
  test('printable ASCII always, then every other printable character found, by code point', () => {
    const chars = siteCharacters(['Déjà vu → 昇腾', 'é\u0007\u0085']);
    expect(chars.slice(0, 95)).toBe(Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''));
    expect([...chars.slice(95)]).toEqual(['à', 'é', '→', '昇', '腾']);
  });
  test('the same strings in another order give the same characters', () => {
    expect(siteCharacters(['b→', 'é'])).toBe(siteCharacters(['é', '→b']));
  });
});

describe('cuts', () => {
  test('each family is cut; other files are left alone', () => {
    expect(cutFor('inter-latin-wght-normal.Dx4kXJAl.woff2')?.family).toBe('Inter');
    expect(cutFor('inter-latin-ext-wght-normal.DO1Apj_S.woff2')?.family).toBe('Inter');
    expect(cutFor('other.woff2')).toBeUndefined();
  });
  test('src/styles/fonts.css declares the weight range each cut keeps', () => {
    const css = readFileSync(new URL('../../src/styles/fonts.css', import.meta.url), 'utf8');
    for (const cut of FONT_CUTS) {
      const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((f) => f.includes(`'${cut.family} Variable'`));
      for (const face of faces) expect(face).toContain(`font-weight: ${cut.wght.min} ${cut.wght.max};`);
    }
  });
  test('a cut font is named by its new bytes, keeping its stem', () => {
    const a = cutFileName('inter-latin-wght-normal.Dx4kXJAl.woff2', new Uint8Array([1, 2, 3]));
    expect(a).toMatch(/^inter-latin-wght-normal\.[\w-]{8}\.woff2$/);
    expect(cutFileName('inter-latin-wght-normal.OTHER123.woff2', new Uint8Array([1, 2, 3]))).toBe(a);
    expect(cutFileName('inter-latin-wght-normal.Dx4kXJAl.woff2', new Uint8Array([1, 2, 4]))).not.toBe(a);
  });
  test('references are renamed everywhere', () => {
    expect(renameReferences('url(/_astro/a.1.woff2) href="/_astro/a.1.woff2"', new Map([['/_astro/a.1.woff2', '/_astro/a.2.woff2']]))).toBe(
      'url(/_astro/a.2.woff2) href="/_astro/a.2.woff2"',
    );
  });
});
