/**
 * "Cite this": a page, a section, an event or a chip as a formatted reference, BibTeX and CSL-JSON.
 *
 * The formatted reference follows the Chicago Manual of Style (17th edition), bibliography entry
 * for a web page whose owner is also its author, so the entry starts with the title: “Section.” In
 * “Page.” Site. Last modified Month Day, Year. Accessed Month Day, Year. URL. French entries keep
 * that order with French typography (« », non-breaking spaces, “Dernière modification le …”).
 * The access date is the reader's own day, added in the browser; without JavaScript the entry
 * has none, which Chicago allows when the page gives a modification date.
 *
 * Pure and small: the browser's cite dialog (src/components/cite/) imports it on first use, and
 * the build uses it for the plain citation that pages show without JavaScript.
 */
import type { Locale } from '../i18n/locales.ts';

/** What a citation is made of, all in the page's language. */
export interface CiteInput {
  lang: Locale;
  siteName: string;
  /** Title of the page. */
  page: string;
  /** Title of the section, event or chip, when the citation is for a part of the page. */
  part?: string;
  /** Absolute URL, with `#fragment` for a part. */
  url: string;
  /** The page's last update, `YYYY-MM-DD`. */
  updated: string;
  /** The reader's access date, `YYYY-MM-DD`; left out when absent. */
  accessed?: string;
}

const NBSP = '\u00a0';

/** `2026-11-24` → "November 24, 2026" (Chicago's order) or « 24 novembre 2026 » (« 1er » on the first). */
export function citeDate(date: string, lang: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** A title in quotation marks with the sentence's period: inside the quotes in English (unless it ends in ? or !), after them in French. */
function quoted(title: string, lang: Locale): string {
  if (lang === 'fr') return `«${NBSP}${title}${NBSP}».`;
  return /[?!]$/.test(title) ? `“${title}”` : `“${title}.”`;
}

/** The formatted reference (Chicago, see above). */
export function formatCitation(input: CiteInput): string {
  const { lang } = input;
  const fr = lang === 'fr';
  const parts: string[] = [];
  if (input.part) parts.push(quoted(input.part, lang), `${fr ? 'Dans' : 'In'} ${quoted(input.page, lang)}`);
  else parts.push(quoted(input.page, lang));
  parts.push(`${input.siteName}.`);
  parts.push(fr ? `Dernière modification le ${citeDate(input.updated, lang)}.` : `Last modified ${citeDate(input.updated, lang)}.`);
  if (input.accessed) parts.push(fr ? `Consulté le ${citeDate(input.accessed, lang)}.` : `Accessed ${citeDate(input.accessed, lang)}.`);
  parts.push(`${input.url}.`);
  return parts.join(' ');
}

/** A citation key: `h20explained-en-saga-the-boom-why-h20`, from the URL's path and fragment. */
export function citationKey(input: Pick<CiteInput, 'url'>): string {
  const url = new URL(input.url);
  const words = `${url.pathname} ${url.hash}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return ['h20explained', ...words].join('-');
}

/** Escapes BibTeX's special characters in a field value. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX `@misc` entry (biblatex reads `url` and `urldate`; plain BibTeX reads `howpublished` and `note`). */
export function formatBibtex(input: CiteInput): string {
  const [year, month] = input.updated.split('-');
  const fr = input.lang === 'fr';
  const note = [
    input.part ? `${fr ? 'Dans' : 'In'}: ${input.page}` : '',
    `${fr ? 'Dernière modification' : 'Last modified'} ${input.updated}`,
    input.accessed ? `${fr ? 'consulté le' : 'accessed'} ${input.accessed}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(input.part ?? input.page)}}`],
    ['author', `{${bibtexEscape(input.siteName)}}`],
    ['organization', bibtexEscape(input.siteName)],
    ['year', year!],
    ['month', MONTHS[Number(month) - 1]!],
    ['url', input.url],
    ['howpublished', `\\url{${input.url}}`],
    ...(input.accessed ? ([['urldate', input.accessed]] as [string, string][]) : []),
    ['note', bibtexEscape(note)],
    ['language', fr ? 'french' : 'english'],
  ];
  // `month` is a BibTeX macro (no braces); every other value is braced.
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`},`).join('\n');
  return `@misc{${citationKey(input)},\n${body}\n}`;
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** A CSL-JSON item (an array of one, as Zotero and citeproc read it), type `webpage`. */
export function formatCslJson(input: CiteInput): string {
  const item = {
    id: citationKey(input),
    type: 'webpage',
    title: input.part ?? input.page,
    'container-title': input.part ? input.page : input.siteName,
    author: [{ literal: input.siteName }],
    publisher: input.siteName,
    URL: input.url,
    issued: dateParts(input.updated),
    ...(input.accessed ? { accessed: dateParts(input.accessed) } : {}),
    language: input.lang === 'fr' ? 'fr-FR' : 'en-GB',
  };
  return JSON.stringify([item], null, 2);
}

/** Today in the reader's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
