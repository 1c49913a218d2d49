import { describe, expect, test } from 'vitest';

import { agree, checkChipSteps, checkProseDates } from '../../../src/lib/content/date-agreement.ts';
import type { Located, PageFacts } from '../../../src/lib/content/integrity.ts';
import { referencesIn } from '../../../src/lib/content/mdx-facts.ts';
import { chipSchema } from '../../../src/schemas/chip.ts';
import { eventSchema, type TimelineEvent } from '../../../src/schemas/event.ts';
import { type Source, sourceSchema } from '../../../src/schemas/source.ts';

const source = (id: string, date: string, reports: string[] = []): Source =>
  sourceSchema.parse({ id, title: 'T', publisher: 'P', date, url: 'https://example.org/', language: 'en', kind: 'press', reports });
const event = (id: string, date: string, sources: string[], extra: object = {}): Located<TimelineEvent> => ({
  file: `events/${id}.yaml`,
  data: eventSchema.parse({
    id,
    date,
    precision: 'day',
    title: { en: 'T', fr: 'T' },
    summary: { en: 'S', fr: 'S' },
    track: 'nvidia',
    actors: ['nvidia'],
    importance: 2,
    sources,
    chapter: 'x',
    ...extra,
  }),
});
const page = (text: string): PageFacts => ({ ...referencesIn(text), file: 'en/x.mdx', id: 'en/x', lang: 'en', slug: 'x' });
const noFigures = () => [];

describe('checkProseDates', () => {
  const events = [event('e1', '2025-04-09', ['s1'])];
  const sources = new Map([['s1', source('s1', '2025-04-15', ['2025-04-14'])], ['s2', source('s2', '2025-05-01')]].map(([id, s]) => [id as string, s as Source]));

  test("accepts the event's date, the source's date and a day the source reports", () => {
    const text = 'On 9 April it began<Cite id="s1" />. News came on 15 April<Cite id="s1" />. It was extended on 14 April<Cite id="s1" />.';
    expect(checkProseDates([page(text)], events, sources, noFigures)).toEqual([]);
  });
  test('reports another day with file, line, the date and the dates it should be', () => {
    const problems = checkProseDates([page('Intro.\n\nOn 10 April it began<Cite id="s1" />.')], events, sources, noFigures);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'en/x.mdx', line: 3, entry: 'en/x' });
    expect(problems[0]!.message).toContain('"10 April" matches neither the date of the event its sources tell, e1 (2025-04-09)');
    expect(problems[0]!.message).toContain('s1 (2025-04-15, 2025-04-14)');
  });
  test('ignores sentences whose sources no event uses, and dates rendered by <EventDate>', () => {
    const text = 'On 3 March it rained<Cite id="s2" />. On <EventDate id="e1" /> it began<Cite id="s1" />.';
    expect(checkProseDates([page(text)], events, sources, noFigures)).toEqual([]);
  });
  test('checks each sentence against its own citations', () => {
    const text = 'On 9 April it began<Cite id="s1" />. On 9 April it rained<Cite id="s2" />.';
    expect(checkProseDates([page(text)], events, sources, noFigures)).toEqual([]);
  });
});

describe('checkChipSteps', () => {
  const chip = (announced: string) => ({
    file: 'chips/c.yaml',
    data: chipSchema.parse({
      id: 'c',
      name: 'C',
      maker: 'nvidia',
      family: 'F',
      market: 'global',
      blurb: { en: 'B', fr: 'B' },
      announced: { value: announced, sources: ['s1'] },
      shipped: {},
      process: {},
      dieAreaMm2: {},
      memoryType: {},
      memoryGb: {},
      memoryBandwidthTBs: {},
      fp16DenseTflops: {},
      fp8DenseTflops: {},
      int8DenseTops: {},
      fp4DenseTflops: {},
      interconnectGBs: {},
      tdpW: {},
      exportStatus: [{ date: '2025-09', status: { en: 'S', fr: 'S' }, sources: ['s1'] }],
    }),
  });
  test('accepts a chip date at a coarser or equal precision', () => {
    expect(checkChipSteps([event('e', '2025-04-09', ['s1'], { chips: ['c'], chipStep: 'announced' })], [chip('2025-04')])).toEqual([]);
    expect(checkChipSteps([event('e', '2025-09-17', ['s1'], { chips: ['c'], chipStep: 'export-status' })], [chip('2025')])).toEqual([]);
  });
  test('names both files when they disagree', () => {
    const [problem] = checkChipSteps([event('e', '2025-04-09', ['s1'], { chips: ['c'], chipStep: 'announced' })], [chip('2025-03')]);
    expect(problem).toMatchObject({ file: 'events/e.yaml', entry: 'e', field: 'chipStep' });
    expect(problem!.message).toBe('says this is when c was announced (2025-04-09), but chips/c.yaml › field "announced.value" says 2025-03');
  });
  test('checks only the chips a step names, and those must be among the event\'s chips', () => {
    const named = event('e', '2025-04-09', ['s1'], { chips: ['c', 'parent'], chipStep: { step: 'announced', chips: ['c'] } });
    expect(checkChipSteps([named], [chip('2025-04')])).toEqual([]);
    const stray = event('e', '2025-04-09', ['s1'], { chips: ['c'], chipStep: { step: 'announced', chips: ['other'] } });
    expect(checkChipSteps([stray], [chip('2025-04')])).toEqual([
      { file: 'events/e.yaml', entry: 'e', field: 'chipStep.chips', message: "names other, which is not in the event's chips" },
    ]);
  });
  test('an export-status step must match one of the steps', () => {
    expect(checkChipSteps([event('e', '2025-10-01', ['s1'], { chips: ['c'], chipStep: 'export-status' })], [chip('2025')])).toHaveLength(1);
  });
});

describe('agree', () => {
  test('partial dates agree when one contains the other', () => {
    expect(agree('2025', '2025-04-09')).toBe(true);
    expect(agree('2025-04', '2025-05-01')).toBe(false);
  });
});
