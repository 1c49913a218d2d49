import { describe, expect, test } from 'vitest';

import {
  bibtexEscape,
  citationKey,
  citeDate,
  type CiteInput,
  formatBibtex,
  formatCitation,
  formatCslJson,
  today,
} from '../../../src/lib/cite/citation.ts';

const page: CiteInput = {
  lang: 'en',
  siteName: 'H20 Explained',
  page: 'April 2025: the licence that stopped the H20',
  url: 'https://h20-explained.example/en/saga/april-2025-licence/',
  updated: '2026-11-24',
};
const section: CiteInput = { ...page, part: 'Three dates', url: `${page.url}#three-dates`, accessed: '2026-12-01' };

describe('formatted reference (Chicago, web page)', () => {
  test('a page: title in quotes, site, last modified, URL', () => {
    expect(formatCitation(page)).toBe(
      '“April 2025: the licence that stopped the H20.” H20 Explained. Last modified November 24, 2026. https://h20-explained.example/en/saga/april-2025-licence/.',
    );
  });
  test('a section: its title, "In" the page, the access date and the #section address', () => {
    expect(formatCitation(section)).toBe(
      '“Three dates.” In “April 2025: the licence that stopped the H20.” H20 Explained. Last modified November 24, 2026. Accessed December 1, 2026. https://h20-explained.example/en/saga/april-2025-licence/#three-dates.',
    );
  });
  test('a title ending in a question mark keeps it instead of a period', () => {
    expect(formatCitation({ ...page, page: 'Why it matters?' })).toMatch(/^“Why it matters\?” H20/);
  });
  test('French: guillemets with non-breaking spaces, French dates (1er), French words', () => {
    const fr = formatCitation({ ...section, lang: 'fr', page: 'Avril 2025', part: 'Trois dates', updated: '2026-11-01' });
    expect(fr).toBe(
      '«\u00a0Trois dates\u00a0». Dans «\u00a0Avril 2025\u00a0». H20 Explained. Dernière modification le 1er novembre 2026. Consulté le 1er décembre 2026. https://h20-explained.example/en/saga/april-2025-licence/#three-dates.',
    );
    expect(citeDate('2026-11-24', 'fr')).toBe('24 novembre 2026');
  });
});

describe('BibTeX', () => {
  test('a @misc entry with a key from the address, braced title, url, urldate and month macro', () => {
    const bib = formatBibtex(section);
    expect(bib.startsWith('@misc{h20explained-en-saga-april-2025-licence-three-dates,\n')).toBe(true);
    expect(bib).toContain('  title = {{Three dates}},');
    expect(bib).toContain('  author = {{H20 Explained}},');
    expect(bib).toContain('  year = {2026},');
    expect(bib).toContain('  month = nov,');
    expect(bib).toContain('  url = {https://h20-explained.example/en/saga/april-2025-licence/#three-dates},');
    expect(bib).toContain('  urldate = {2026-12-01},');
    expect(bib).toContain('In: April 2025: the licence that stopped the H20; Last modified 2026-11-24; accessed 2026-12-01');
    expect(bib.endsWith('\n}')).toBe(true);
  });
  test('no urldate without an access date; special characters escaped', () => {
    expect(formatBibtex(page)).not.toContain('urldate');
    expect(bibtexEscape('50% of $4.5 & #1_x {a} ~ ^ \\')).toBe('50\\% of \\$4.5 \\& \\#1\\_x \\{a\\} \\~{} \\^{} \\textbackslash{}');
  });
});

describe('CSL-JSON', () => {
  test('one webpage item with its container, dates as date-parts and the access date', () => {
    const [item] = JSON.parse(formatCslJson(section)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'h20explained-en-saga-april-2025-licence-three-dates',
      type: 'webpage',
      title: 'Three dates',
      'container-title': 'April 2025: the licence that stopped the H20',
      author: [{ literal: 'H20 Explained' }],
      URL: section.url,
      issued: { 'date-parts': [[2026, 11, 24]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      language: 'en-GB',
    });
    const [whole] = JSON.parse(formatCslJson(page)) as Record<string, unknown>[];
    expect(whole!['container-title']).toBe('H20 Explained');
    expect(whole).not.toHaveProperty('accessed');
  });
});

test('keys and today are stable strings', () => {
  expect(citationKey({ url: 'https://x.example/fr/timeline/#event-2025-04-09-h20' })).toBe('h20explained-fr-timeline-event-2025-04-09-h20');
  expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});
