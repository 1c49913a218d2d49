import type { Actor } from '../../schemas/actor.ts';
import type { ChipMarket } from '../../schemas/chip.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import type { Locale } from '../i18n/locales.ts';
import { timelineStrings } from '../i18n/strings/timeline.ts';
import { chapterHref, chipHref, compareEvents, formatEventDate, trackName } from './items.ts';

/** What the serialisers need besides the events. */
export interface ExportContext {
  lang: Locale;
  /** Site origin without trailing slash, e.g. `https://h20-explained.example`. */
  site: string;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** Chip id → display name; unknown ids fall back to the id. */
  chips?: ReadonlyMap<string, string>;
  /** Chip id → market, which decides the page of its card. */
  chipMarkets?: ReadonlyMap<string, ChipMarket>;
}

/** One event as published in `events.json`, in the export's language. */
export interface ExportedEvent {
  id: string;
  url: string;
  date: string;
  precision: TimelineEvent['precision'];
  dateLabel: string;
  track: TimelineEvent['track'];
  trackLabel: string;
  importance: 1 | 2 | 3;
  confidence: TimelineEvent['confidence'];
  title: string;
  summary: string;
  actors: { id: string; name: string }[];
  tags: string[];
  chips: { id: string; name: string; url: string }[];
  chapterUrl: string;
  sources: { id: string; title: string; publisher: string; date: string; url: string }[];
}

const origin = (site: string) => site.replace(/\/+$/, '');

/** The page and file URLs of one language's timeline. */
export function timelineUrls(ctx: Pick<ExportContext, 'lang' | 'site'>) {
  const base = `${origin(ctx.site)}/${ctx.lang}/timeline/`;
  return { page: base, json: `${base}events.json`, csv: `${base}events.csv`, feed: `${base}feed.xml` };
}

/** Events in date order (then importance, then id), resolved into one language with absolute URLs. */
export function exportEvents(events: readonly TimelineEvent[], ctx: ExportContext): ExportedEvent[] {
  const { lang } = ctx;
  const site = origin(ctx.site);
  return [...events].sort(compareEvents).map((e) => ({
    id: e.id,
    url: `${site}/${lang}/timeline/#event-${e.id}`,
    date: e.date,
    precision: e.precision,
    dateLabel: formatEventDate(e.date, e.precision, lang),
    track: e.track,
    trackLabel: trackName(e.track, lang),
    importance: e.importance,
    confidence: e.confidence,
    title: e.title[lang],
    summary: e.summary[lang],
    actors: e.actors.map((id) => ({ id, name: ctx.actors.get(id)?.name[lang] ?? id })),
    tags: [...e.tags],
    chips: e.chips.map((id) => ({ id, name: ctx.chips?.get(id) ?? id, url: `${site}${chipHref(lang, id, ctx.chipMarkets?.get(id))}` })),
    chapterUrl: `${site}${chapterHref(lang, e.chapter)}`,
    sources: e.sources.map((id) => {
      const s = ctx.sources.get(id);
      return { id, title: s?.title ?? id, publisher: s?.publisher ?? '', date: s?.date ?? '', url: s?.url ?? '' };
    }),
  }));
}

/** `events.json`: a small header and every event; stable key order, no build time. */
export function eventsToJson(events: readonly TimelineEvent[], ctx: ExportContext): string {
  const t = timelineStrings[ctx.lang];
  const urls = timelineUrls(ctx);
  const body = {
    title: t.feedTitle,
    description: t.feedSubtitle,
    language: ctx.lang,
    url: urls.page,
    count: events.length,
    events: exportEvents(events, ctx),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** CSV columns, in order. Multi-valued cells are joined with " | ". */
export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'date_label',
  'track',
  'track_label',
  'importance',
  'confidence',
  'title',
  'summary',
  'actors',
  'actor_ids',
  'tags',
  'chips',
  'chapter_url',
  'url',
  'source_ids',
  'source_urls',
] as const;

/** Quotes a CSV cell when it holds a comma, quote, line break or edge spaces (RFC 4180). */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `events.csv`: one row per event, CRLF line ends (RFC 4180), UTF-8. */
export function eventsToCsv(events: readonly TimelineEvent[], ctx: ExportContext): string {
  const join = (values: string[]) => values.join(' | ');
  const rows = exportEvents(events, ctx).map((e) =>
    [
      e.id,
      e.date,
      e.precision,
      e.dateLabel,
      e.track,
      e.trackLabel,
      e.importance,
      e.confidence,
      e.title,
      e.summary,
      join(e.actors.map((a) => a.name)),
      join(e.actors.map((a) => a.id)),
      join(e.tags),
      join(e.chips.map((c) => c.id)),
      e.chapterUrl,
      e.url,
      join(e.sources.map((s) => s.id)),
      join(e.sources.map((s) => s.url)),
    ].map(csvCell),
  );
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `feed.xml`: an Atom feed, newest event first. `updated` is the newest event's date
 * (not the build time), so two builds of the same data give the same bytes.
 */
export function eventsToAtom(events: readonly TimelineEvent[], ctx: ExportContext): string {
  const t = timelineStrings[ctx.lang];
  const urls = timelineUrls(ctx);
  const items = exportEvents(events, ctx).reverse();
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const updated = items.reduce((max, e) => (e.date > max ? e.date : max), '1970-01-01');
  const entries = items.map((e) => {
    const html =
      `<p><strong>${xmlEscape(e.dateLabel)}</strong> · ${xmlEscape(e.trackLabel)}</p><p>${xmlEscape(e.summary)}</p>` +
      `<p>${xmlEscape(t.sources)}:</p><ul>${e.sources.map((s) => `<li><a href="${xmlEscape(s.url)}">${xmlEscape(s.publisher ? `${s.publisher}: ${s.title}` : s.title)}</a></li>`).join('')}</ul>`;
    return [
      '  <entry>',
      `    <id>${xmlEscape(e.url)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <category term="${e.track}" label="${xmlEscape(e.trackLabel)}"/>`,
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      `    <content type="html">${xmlEscape(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.lang}">`,
    `  <id>${xmlEscape(urls.page)}</id>`,
    `  <title>${xmlEscape(t.feedTitle)}</title>`,
    `  <subtitle>${xmlEscape(t.feedSubtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(urls.feed)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(urls.page)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    '  <author><name>H20 Explained</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
