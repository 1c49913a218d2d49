import { describe, expect, it } from 'vitest';

import {
  CSV_COLUMNS,
  csvCell,
  eventsToAtom,
  eventsToCsv,
  eventsToJson,
  type ExportContext,
  exportEvents,
  timelineUrls,
  xmlEscape,
} from '../../../src/lib/timeline/export.ts';
import { fixtureActors, fixtureEvents, fixtureSources } from '../../fixtures/timeline/events.ts';

const ctx = (lang: 'en' | 'fr'): ExportContext => ({
  lang,
  site: 'https://h20.example/',
  actors: fixtureActors,
  sources: fixtureSources,
  chips: new Map([['h20', 'H20']]),
});

describe('exportEvents', () => {
  it('sorts by date and resolves names, links and sources in the language', () => {
    const out = exportEvents([...fixtureEvents].reverse(), ctx('fr'));
    expect(out.map((e) => e.id)).toEqual(fixtureEvents.map((e) => e.id));
    const licence = out.find((e) => e.id === '2025-04-09-licence-told')!;
    expect(licence).toMatchObject({
      url: 'https://h20.example/fr/timeline/#event-2025-04-09-licence-told',
      dateLabel: '9 avril 2025',
      trackLabel: 'Politique américaine',
      title: 'Titre de 2025-04-09-licence-told',
      chapterUrl: 'https://h20.example/fr/saga/april-2025-licence/#licence',
      chips: [{ id: 'h20', name: 'H20', url: 'https://h20.example/fr/chips/#chip-h20' }],
    });
    expect(licence.actors[0]).toEqual({ id: 'bis', name: 'Département du Commerce (BIS)' });
    expect(licence.sources.map((s) => s.url)).toEqual(['https://example.org/src-10q?a=1&b=2', 'https://example.org/src-press-1?a=1&b=2']);
  });
});

describe('eventsToJson', () => {
  it('is valid, complete and identical for any input order', () => {
    const a = eventsToJson(fixtureEvents, ctx('en'));
    const b = eventsToJson([...fixtureEvents].reverse(), ctx('en'));
    expect(a).toBe(b);
    const data = JSON.parse(a);
    expect(data).toMatchObject({ language: 'en', url: 'https://h20.example/en/timeline/', count: fixtureEvents.length });
    expect(data.events).toHaveLength(fixtureEvents.length);
    expect(a).not.toMatch(/generated|buildTime/i);
  });
});

describe('eventsToCsv', () => {
  it('quotes cells with commas, quotes and line breaks only', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(3)).toBe('3');
  });
  it('writes a header and one CRLF-terminated row per event, with source ids and URLs', () => {
    const csv = eventsToCsv(fixtureEvents, ctx('en'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(fixtureEvents.length + 2);
    expect(lines.at(-1)).toBe('');
    const licence = lines.find((l) => l.startsWith('2025-04-09-licence-told,'))!;
    expect(licence).toContain('src-10q | src-press-1');
    expect(licence).toContain('https://example.org/src-10q?a=1&b=2 | https://example.org/src-press-1?a=1&b=2');
    expect(licence).toContain('"Summary of 2025-04-09-licence-told, with ""quotes"", commas."');
  });
});

describe('eventsToAtom', () => {
  it('is a feed whose updated date is the newest event, newest entry first, with escaped text', () => {
    const xml = eventsToAtom(fixtureEvents, ctx('fr'));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
    expect(xml.match(/<updated>([^<]+)<\/updated>/)![1]).toBe('2026-01-01T00:00:00Z');
    expect(xml.match(/<entry>/g)).toHaveLength(fixtureEvents.length);
    expect(xml.indexOf('#event-2026-01-customs')).toBeLessThan(xml.indexOf('#event-2022-10-07-bis-rule'));
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${timelineUrls(ctx('fr')).feed}"/>`);
    expect(xml).toContain('Résumé de 2026-01-customs &amp; cie.');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    expect(eventsToAtom(fixtureEvents, ctx('fr'))).toBe(xml);
  });
  it('escapes markup', () => {
    expect(xmlEscape('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
