import { type Locale, localeTags } from './locales.ts';

// Intl formatters are costly to create and cheap to reuse: one per language and option set. (The
// rule explorer formats dozens of numbers and dates on every date change.)
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a date written as YYYY, YYYY-MM or YYYY-MM-DD at its own precision, in UTC
 * so that no time zone shifts it by a day: `formatPartialDate('2025-04', 'fr')` → "avril 2025".
 */
export function formatPartialDate(date: string, lang: Locale, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const precision = d ? 'day' : m ? 'month' : 'year';
  const key = `${lang}|${precision}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const month = style === 'long' ? 'long' : 'short';
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { month, year: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(localeTags[lang].intl, options);
    dateFormats.set(key, format);
  }
  return format.format(utc);
}

/** Formats a number for the page's language (thin space groups in French). */
export function formatNumber(value: number, lang: Locale, maximumFractionDigits = 2): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTags[lang].intl, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
