import { describe, expect, test } from 'vitest';

import { neighbours, readingSequence } from '../../../src/lib/content/sequence.ts';
import { renderSitemap } from '../../../src/lib/site/sitemap.ts';

const page = (slug: string, section: 'saga' | 'chips' | 'about', order = 0) => ({ slug, section, order, title: slug });

describe('reading order', () => {
  test('follows the navigation, then the order field', () => {
    const pages = [
      page('about', 'about'),
      page('saga/b', 'saga', 2),
      page('chips', 'chips'),
      page('saga', 'saga', 0),
      page('saga/a', 'saga', 1),
    ];
    expect(readingSequence(pages).map((p) => p.slug)).toEqual(['saga', 'saga/a', 'saga/b', 'chips', 'about']);
    expect(neighbours(pages, 'saga/b')).toMatchObject({ previous: { slug: 'saga/a' }, next: { slug: 'chips' } });
    expect(neighbours(pages, 'saga').previous).toBeUndefined();
  });
});

describe('renderSitemap', () => {
  test('lists every language with alternates, sorted', () => {
    const xml = renderSitemap([{ urls: { en: 'https://s.example/en/b/', fr: 'https://s.example/fr/b/' }, lastmod: '2026-11-24' }]);
    expect(xml.indexOf('<loc>https://s.example/en/b/</loc>')).toBeLessThan(xml.indexOf('<loc>https://s.example/fr/b/</loc>'));
    expect(xml.match(/hreflang="fr"/g)).toHaveLength(2);
    expect(xml).toContain('<lastmod>2026-11-24</lastmod>');
  });
});
