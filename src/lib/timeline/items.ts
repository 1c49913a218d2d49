import type { ChipMarket } from '../../schemas/chip.ts';
import type { DatePrecision, TimelineEvent, Track } from '../../schemas/event.ts';
import { chipPath } from '../chips/chip-url.ts';
import { formatProseDate } from '../i18n/format.ts';
import { type Locale } from '../i18n/locales.ts';
import { timelineStrings } from '../i18n/strings/timeline.ts';
import { type Geometry, type LayoutEvent, truncateLabel } from './layout.ts';

/** The span of time an event covers at its precision: `[start, end)` in UTC milliseconds. */
export interface Period {
  start: number;
  end: number;
}

const MONTHS_IN: Record<DatePrecision, number> = { day: 0, month: 1, quarter: 3 };

/**
 * The period a date stands for: a day, a month or a quarter starting at `date`
 * (`periodOf('2025-04-01', 'quarter')` → 1 April to 1 July 2025, UTC).
 */
export function periodOf(date: string, precision: DatePrecision): Period {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, m - 1, d);
  const end = precision === 'day' ? Date.UTC(y, m - 1, d + 1) : Date.UTC(y, m - 1 + MONTHS_IN[precision], 1);
  return { start, end };
}

/**
 * Parses a `from`/`to` bound written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * `start` gives the first instant of that period, `end` the first instant after it,
 * so `to="2025-06"` includes every day of June 2025. Throws on anything else.
 */
export function parseBound(text: string, side: 'start' | 'end'): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
  if (!match) throw new Error(`invalid date bound "${text}": use YYYY, YYYY-MM or YYYY-MM-DD`);
  const y = Number(match[1]);
  const m = match[2] ? Number(match[2]) - 1 : 0;
  const d = match[3] ? Number(match[3]) : 1;
  if (side === 'start') return Date.UTC(y, m, d);
  if (match[3]) return Date.UTC(y, m, d + 1);
  if (match[2]) return Date.UTC(y, m + 1, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** What an embedded timeline shows: any combination, all given criteria must hold. */
export interface EventQuery {
  /** Space- or comma-separated tags; an event matches when it has any of them. */
  tags?: string;
  /** First period included: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  /** Last period included (inclusive): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  to?: string;
  /** Saga chapter slug, e.g. `april-2025-licence`: events whose `chapter` is that page. */
  chapter?: string;
  /** Keep only events at least this important (3 = the turning points). */
  importance?: 1 | 2 | 3;
}

/** Splits `"licence h20"` or `"licence, h20"` into tags. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The chapter slug of an event's `chapter` field (without `#section`). */
export function chapterSlug(chapter: string): string {
  return chapter.split('#')[0]!;
}

/**
 * Orders events by date, then by importance (turning points first), then by id,
 * so every list, export and keyboard order is the same on every build.
 */
export function compareEvents(
  a: Pick<TimelineEvent, 'date' | 'importance' | 'id'>,
  b: Pick<TimelineEvent, 'date' | 'importance' | 'id'>,
): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Events matching an embedded timeline's query, in date order. An empty query keeps every event. */
export function selectEvents<E extends TimelineEvent>(events: readonly E[], query: EventQuery = {}): E[] {
  const tags = splitList(query.tags);
  const from = query.from ? parseBound(query.from, 'start') : -Infinity;
  const to = query.to ? parseBound(query.to, 'end') : Infinity;
  return events
    .filter((e) => {
      if (tags.length && !e.tags.some((t) => tags.includes(t))) return false;
      if (query.chapter && chapterSlug(e.chapter) !== query.chapter) return false;
      if (query.importance && e.importance < query.importance) return false;
      const { start } = periodOf(e.date, e.precision);
      return start >= from && start < to;
    })
    .sort(compareEvents);
}

/**
 * Formats an event date at its precision, in UTC: day → "15 April 2025", month → "April 2025",
 * quarter → "Q2 2025" ("2e trimestre 2025" in French). `short` abbreviates the month.
 */
export function formatEventDate(date: string, precision: DatePrecision, lang: Locale, style: 'long' | 'short' = 'long'): string {
  return formatProseDate(date, precision, lang, { month: style });
}

/**
 * The machine-readable `<time datetime>` value at the event's precision: `2025-04-15`, `2025-04`,
 * or the year for a quarter (HTML has no quarter syntax; the year is true and less precise).
 */
export function datetimeAttribute(date: string, precision: DatePrecision): string {
  return precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** The name of a track in a language. */
export function trackName(track: Track, lang: Locale): string {
  return timelineStrings[lang][`track_${track.replace('-', '_') as 'us_policy'}`];
}

/** `/en/timeline/#event-<id>`: where an event lives on the full timeline. */
export function eventHref(lang: Locale, id: string): string {
  return `/${lang}/timeline/#event-${id}`;
}

/** `/fr/saga/the-boom/#section`: the chapter that tells an event. */
export function chapterHref(lang: Locale, chapter: string): string {
  const [slug, section] = chapter.split('#') as [string, string?];
  return `/${lang}/saga/${slug}/${section ? `#${section}` : ''}`;
}

/** `/en/chips/#chip-h20`, or the alternatives page for a Chinese chip (see chipPath). */
export function chipHref(lang: Locale, chip: string, market: ChipMarket = 'global'): string {
  return chipPath(lang, { id: chip, market });
}

/** Widest label a mark may carry, in pixels; longer titles are shortened (the full title is in the tooltip). */
export const MAX_LABEL_WIDTH = 190;

/** What the layout needs from an event: its period, lane, size and shortened label in a language. */
export function toLayoutEvent(
  e: TimelineEvent,
  lang: Locale,
  geometry: Pick<Geometry, 'fontSize'>,
  maxLabelWidth = MAX_LABEL_WIDTH,
): LayoutEvent {
  const { start, end } = periodOf(e.date, e.precision);
  return {
    id: e.id,
    start,
    end,
    track: e.track,
    importance: e.importance,
    label: truncateLabel(e.title[lang], maxLabelWidth, geometry.fontSize),
  };
}
