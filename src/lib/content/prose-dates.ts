/**
 * Finds day-precise dates written out in English or French prose ("9 April 2025", "April 9, 2025",
 * "le 1er août", "15 July"), so a build check can compare them with the data.
 */

/** A date as written: day and month always, the year only when the text gives it. */
export interface ProseDate {
  /** The words as written, e.g. "9 April 2025". */
  text: string;
  day: number;
  /** 1–12 */
  month: number;
  year?: number;
}

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january', 'janvier'],
    ['february', 'février'],
    ['march', 'mars'],
    ['april', 'avril'],
    ['may', 'mai'],
    ['june', 'juin'],
    ['july', 'juillet'],
    ['august', 'août'],
    ['september', 'septembre'],
    ['october', 'octobre'],
    ['november', 'novembre'],
    ['december', 'décembre'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);

const MONTH = Object.keys(MONTHS).join('|');
// "9 April 2025", "1er août", "15 July"; and the American "April 9, 2025".
const DAY_FIRST = new RegExp(`(?<![\\w\\d.,])(\\d{1,2})(?:er)?\\s+(${MONTH})(?:\\s+(\\d{4}))?(?![\\w])`, 'giu');
const MONTH_FIRST = new RegExp(`(?<![\\w])(${MONTH})\\s+(\\d{1,2}),?(?:\\s+(\\d{4}))?(?![\\w\\d])`, 'giu');

/** Every day-precise date in `text`, in order of appearance. Month-only dates ("April 2025") are not returned. */
export function findProseDates(text: string): ProseDate[] {
  const found: (ProseDate & { at: number })[] = [];
  for (const m of text.matchAll(DAY_FIRST)) push(found, m.index, m[0], Number(m[1]), m[2]!, m[3]);
  for (const m of text.matchAll(MONTH_FIRST)) push(found, m.index, m[0], Number(m[2]), m[1]!, m[3]);
  return found.sort((a, b) => a.at - b.at).map(({ at: _, ...date }) => date);
}

function push(out: (ProseDate & { at: number })[], at: number, text: string, day: number, monthName: string, year?: string) {
  const month = MONTHS[monthName.toLowerCase()]!;
  if (day < 1 || day > 31) return;
  out.push({ at, text: text.trim(), day, month, ...(year ? { year: Number(year) } : {}) });
}

/**
 * Whether a date written in prose names the same day as an ISO date (`YYYY-MM-DD`); a prose
 * date without a year matches any year. ISO dates less precise than a day never match.
 */
export function sameDay(date: ProseDate, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (d === undefined || Number.isNaN(d)) return false;
  return date.day === d && date.month === m && (date.year === undefined || date.year === y);
}
