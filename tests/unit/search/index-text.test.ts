import { describe, expect, test } from 'vitest';

import { excerptForDisplay, textForIndex } from '../../../src/lib/search/index-text.ts';

describe('index text', () => {
  test('typographic apostrophes between letters are made plain for Pagefind', () => {
    expect(textForIndex('<p>le chiffre d’affaires de l’entreprise, Nvidia’s ‘quote’</p>')).toBe(
      "<p>le chiffre d'affaires de l'entreprise, Nvidia's ‘quote’</p>",
    );
  });
  test('excerpts get them back, also before a marked word', () => {
    expect(excerptForDisplay("chiffre d'<mark>affaires</mark> de l&#39;entreprise, Nvidia's")).toBe(
      'chiffre d’<mark>affaires</mark> de l’entreprise, Nvidia’s',
    );
    expect(excerptForDisplay("a 'quote'")).toBe("a 'quote'");
  });
});
