import { describe, expect, test } from 'vitest';

import { fill } from '../../../src/lib/i18n/fill.ts';
import { formatFixed, formatPartialDate, formatProseDate } from '../../../src/lib/i18n/format.ts';
import { pickLocale } from '../../../src/lib/i18n/negotiate.ts';
import { localeOfPath, pagePath, splitPageId, translatePath } from '../../../src/lib/i18n/paths.ts';
import { ui } from '../../../src/lib/i18n/strings/ui.ts';

describe('paths', () => {
  test('pagePath builds folder URLs, the empty slug being home', () => {
    expect(pagePath('fr', 'saga/the-boom')).toBe('/fr/saga/the-boom/');
    expect(pagePath('en', '')).toBe('/en/');
  });
  test('splitPageId reads language and slug from an entry id', () => {
    expect(splitPageId('fr/saga/the-boom')).toEqual({ lang: 'fr', slug: 'saga/the-boom' });
    expect(splitPageId('en')).toEqual({ lang: 'en', slug: '' });
  });
  test('translatePath swaps only the language prefix', () => {
    expect(translatePath('/en/saga/the-boom/', 'fr')).toBe('/fr/saga/the-boom/');
    expect(translatePath('/somewhere/', 'fr')).toBe('/fr/');
    expect(translatePath('/fr/404.html', 'en')).toBe('/404.html');
    expect(translatePath('/404.html', 'fr')).toBe('/fr/404.html');
  });
  test('localeOfPath falls back to English', () => {
    expect(localeOfPath('/fr/chips/')).toBe('fr');
    expect(localeOfPath('/404.html')).toBe('en');
  });
  test('localeOfPath reads the language of an embed page from its second segment', () => {
    expect(localeOfPath('/embed/fr/timeline/')).toBe('fr');
    expect(localeOfPath('/embed/en/export-map/')).toBe('en');
    expect(localeOfPath('/embed/xx/')).toBe('en');
  });
});

describe('pickLocale', () => {
  test('takes the first supported language, by base tag', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
  });
  test('falls back to English', () => {
    expect(pickLocale(['ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('formatPartialDate', () => {
  test('formats at the precision given, in UTC', () => {
    expect(formatPartialDate('2025-04-15', 'en')).toBe('15 April 2025');
    expect(formatPartialDate('2025-04-15', 'fr')).toBe('15 avril 2025');
    expect(formatPartialDate('2025-04', 'fr')).toBe('avril 2025');
    expect(formatPartialDate('2025', 'en')).toBe('2025');
  });
  test('does not shift the first day of a month to the previous day', () => {
    expect(formatPartialDate('2025-01-01', 'en')).toBe('1 January 2025');
  });
});

describe('ui strings', () => {
  test('French has every English key, none empty', () => {
    expect(Object.keys(ui.fr).sort()).toEqual(Object.keys(ui.en).sort());
    expect(Object.values(ui.fr).every((v) => v.trim().length > 0)).toBe(true);
  });
  test('fill replaces placeholders', () => {
    expect(fill(ui.fr.readingTime, { minutes: 4 })).toBe('4 min de lecture');
  });
});

describe('formatProseDate', () => {
  test('writes dates as prose does, at their precision', () => {
    expect(formatProseDate('2025-04-09', 'day', 'en')).toBe('9 April 2025');
    expect(formatProseDate('2025-04-09', 'day', 'en', { year: false })).toBe('9 April');
    expect(formatProseDate('2025-08-01', 'day', 'fr')).toBe('1er août 2025');
    expect(formatProseDate('2025-04-01', 'month', 'fr')).toBe('avril 2025');
    expect(formatProseDate('2024-04-01', 'quarter', 'en')).toBe('Q2 2024');
    expect(formatProseDate('2024-01-01', 'quarter', 'fr')).toBe('1er trimestre 2024');
  });
});

describe('formatFixed', () => {
  test('keeps the decimals asked for', () => {
    expect(formatFixed(4, 'en', 1)).toBe('4.0');
    expect(formatFixed(1398, 'fr')).toBe('1\u202f398');
  });
});
