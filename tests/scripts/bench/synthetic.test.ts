import { describe, expect, test } from 'vitest';

import {
  addDays,
  type ContentSnapshot,
  overlappingBoxes,
  scaleSnapshot,
  snapshotCounts,
  syntheticLayoutEvents,
} from '../../../scripts/lib/bench/synthetic.ts';
import { layoutTimeline } from '../../../src/lib/timeline/layout.ts';

const real: ContentSnapshot = {
  pages: [
    { path: 'en/index.mdx', text: '---\ntitle: Home\n---\n<SectionCards />' },
    {
      path: 'en/saga/the-boom.mdx',
      text: '---\ntitle: "The boom"\nnavTitle: Boom\n---\nOrders grew <Cite id="src-a" />. <Term id="hbm">HBM</Term> <KeyFigure value="$1" label="x" cite="src-a src-b" /> <ChipCards ids="h20, h800" /> <Timeline chapter="the-boom" />',
    },
    { path: 'fr/saga/the-boom.mdx', text: '---\ntitle: \'L’essor\'\n---\nCommandes <Cite id="src-a" />.' },
  ],
  events: [
    {
      id: '2025-04-15-x',
      data: {
        date: '2025-04-15',
        precision: 'day',
        title: { en: 'T', fr: 'T' },
        sources: ['src-a'],
        chips: ['h20'],
        chapter: 'the-boom#s1',
        actors: ['nvidia'],
      },
    },
  ],
  chips: [
    { id: 'h800', data: { name: 'H800', sources: [], announced: { value: '2023', sources: ['src-b'] } } },
    { id: 'h20', data: { name: 'H20', variantOf: 'h800', shortName: 'H20' } },
  ],
  sources: [
    {
      file: 'press.yaml',
      entries: [
        { id: 'src-a', title: 'A' },
        { id: 'src-b', title: 'B' },
      ],
    },
  ],
  glossary: [{ id: 'hbm', term: { en: 'HBM', fr: 'HBM' }, definition: { en: 'd', fr: 'd' }, sources: ['src-a'] }],
  other: [{ path: 'data/actors.yaml', text: '[]' }],
};

describe('scaleSnapshot', () => {
  const scaled = scaleSnapshot(real, 3);
  test('multiplies every kind of entry except index pages', () => {
    expect(snapshotCounts(scaled)).toEqual({ pages: 3 + 2 * 2, events: 3, chips: 6, sources: 6, terms: 3 });
    expect(scaled.pages.map((p) => p.path)).toContain('fr/saga/the-boom-x3.mdx');
    expect(scaled.pages.some((p) => p.path === 'en/index-x2.mdx')).toBe(false);
    expect(scaled.other).toEqual(real.other);
  });
  test('remaps every reference to the same copy', () => {
    const page = scaled.pages.find((p) => p.path === 'en/saga/the-boom-x2.mdx')!.text;
    expect(page).toContain('<Cite id="src-a-x2" />');
    expect(page).toContain('<Term id="hbm-x2">');
    expect(page).toContain('cite="src-a-x2 src-b-x2"');
    expect(page).toContain('ids="h20-x2, h800-x2"');
    expect(page).toContain('chapter="the-boom-x2"');
    expect(page).toContain('title: "The boom (2)"');
    expect(page).toContain('navTitle: "Boom (2)"');
    expect(scaled.pages.find((p) => p.path === 'fr/saga/the-boom-x2.mdx')!.text).toContain("title: 'L’essor (2)'");
    const event = scaled.events.find((e) => e.id === '2025-04-15-x-x3')!.data;
    expect(event).toMatchObject({
      date: '2025-04-17',
      sources: ['src-a-x3'],
      chips: ['h20-x3'],
      chapter: 'the-boom-x3#s1',
      title: { en: 'T (3)' },
    });
    const chip = scaled.chips.find((c) => c.id === 'h20-x2')!.data;
    expect(chip).toMatchObject({ name: 'H20 (2)', variantOf: 'h800-x2' });
    expect(scaled.chips.find((c) => c.id === 'h800-x2')!.data).toMatchObject({ announced: { sources: ['src-b-x2'] } });
    expect(scaled.glossary[2]).toMatchObject({ id: 'hbm-x3', sources: ['src-a-x3'] });
    expect(scaled.sources.map((f) => f.file)).toEqual(['press.yaml', 'press-x2.yaml', 'press-x3.yaml']);
  });
  test('leaves the real entries untouched', () => {
    expect(real.events[0]!.data.date).toBe('2025-04-15');
    expect(scaleSnapshot(real, 1)).toEqual(real);
    expect(() => scaleSnapshot(real, 0)).toThrow();
  });
});

describe('synthetic layout events', () => {
  test('are deterministic and lay out without overlapping labels', () => {
    const events = syntheticLayoutEvents(1000);
    expect(syntheticLayoutEvents(1000)).toEqual(events);
    expect(new Set(events.map((e) => e.track)).size).toBe(5);
    const layout = layoutTimeline(events, { width: 1200, domain: [Date.UTC(2022, 0, 1), Date.UTC(2027, 0, 1)] });
    expect(layout.labels.length).toBeGreaterThan(20);
    expect(overlappingBoxes(layout.labels.map((l) => ({ id: l.id, ...l.box })))).toEqual([]);
  });
  test('overlappingBoxes finds overlaps and ignores touching edges', () => {
    const boxes = [
      { id: 'a', x0: 0, x1: 10, y0: 0, y1: 10 },
      { id: 'b', x0: 10, x1: 20, y0: 0, y1: 10 },
      { id: 'c', x0: 5, x1: 15, y0: 5, y1: 15 },
      { id: 'd', x0: 5, x1: 15, y0: 20, y1: 30 },
    ];
    expect(overlappingBoxes(boxes)).toEqual([
      ['a', 'c'],
      ['c', 'b'],
    ]);
    expect(overlappingBoxes(boxes, 6)).toEqual([]);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
