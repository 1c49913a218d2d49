import { type Locale, localeTags } from './locales.ts';

/**
 * Formats a date written as YYYY, YYYY-MM or YYYY-MM-DD at its own precision, in UTC
 * so that no time zone shifts it by a day: `formatPartialDate('2025-04', 'fr')` → "avril 2025".
 */
export function formatPartialDate(date: string, lang: Locale, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
    : m
      ? { month, year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeTags[lang].intl, options).format(utc);
}

/** Formats a number for the page's language (thin space groups in French). */
export function formatNumber(value: number, lang: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeTags[lang].intl, { maximumFractionDigits }).format(value);
}
