import { type Locale, localeTags } from './locales.ts';

// Intl formatters are costly to create and cheap to reuse: one per language and option set (the
// timeline formats hundreds of dates; the rule explorer dozens on every date change).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a date written as YYYY, YYYY-MM or YYYY-MM-DD at its own precision, in UTC
 * so that no time zone shifts it by a day: `formatPartialDate('2025-04', 'fr')` → "avril 2025".
 */
export function formatPartialDate(date: string, lang: Locale, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const utc = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month, year: 'numeric' }
    : m
      ? { month, year: 'numeric' }
      : { year: 'numeric' };
  return dateFormat(lang, options).format(utc);
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

/** One formatter per language and options, always in UTC so that no time zone shifts a date by a day. */
function dateFormat(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(localeTags[lang].intl, { ...options, timeZone: 'UTC' })));
  return format;
}

/**
 * A date at the precision it is known, as prose writes it: "9 April 2025", "9 April" (`year: false`),
 * "April 2025", "Q2 2024"; French writes the first of the month "1er" and "2e trimestre 2024".
 * `month: 'short'` abbreviates the month ("9 Apr 2025").
 */
export function formatProseDate(
  date: string,
  precision: 'day' | 'month' | 'quarter',
  lang: Locale,
  { year = true, month = 'long' }: { year?: boolean; month?: 'long' | 'short' } = {},
): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  if (precision === 'quarter') {
    const q = Math.floor((m - 1) / 3) + 1;
    const label = lang === 'fr' ? `${q}${q === 1 ? 'er' : 'e'} trimestre` : `Q${q}`;
    return year ? `${label} ${y}` : label;
  }
  const utc = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions = { month, ...(year ? { year: 'numeric' } : {}) };
  if (precision === 'month') return dateFormat(lang, options).format(utc);
  const text = dateFormat(lang, { ...options, day: 'numeric' }).format(utc);
  return lang === 'fr' && d === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** A number with exactly `digits` decimals ("4.0", "4,0"), or as many as needed up to 2 when `digits` is unset. */
export function formatFixed(value: number, lang: Locale, digits?: number): string {
  const options = digits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const key = `${lang}|fixed|${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(localeTags[lang].intl, options)));
  return format.format(value);
}
