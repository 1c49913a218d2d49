import { describe, expect, test } from 'vitest';

import type { ContentProblem } from '../../../src/lib/content/problems.ts';
import { checkStory } from '../../../src/lib/content/story-integrity.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import type { TimelineEvent } from '../../../src/schemas/event.ts';
import { storyStepSchema } from '../../../src/schemas/story.ts';

const file = 'content/data/story.yaml';
const text = { en: 'An English step of two sentences, long enough to pass the schema. It says what happened.', fr: 'Une étape en français de deux phrases, assez longue pour passer. Elle dit ce qui s’est passé.' };
const event = (id: string, date: string) => ({ id, date }) as TimelineEvent;
const events = new Map([
  ['a', event('a', '2024-01-01')],
  ['b', event('b', '2025-01-01')],
]);

describe('story checks', () => {
  test('an unknown event, an event told twice and steps out of order are named by file and step', () => {
    const problems: ContentProblem[] = [];
    const steps = ['b', 'nope', 'a', 'b'].map((id) => ({ file, data: { event: id, text } }));
    checkStory(steps, events, problems);
    expect(problems).toEqual([
      { file, entry: 'step 2', field: 'event', message: 'unknown event id "nope" (no content/data/events/nope.yaml)' },
      { file, entry: 'step 3', field: 'event', message: "2024-01-01 is before the previous step's event (2025-01-01); tell the steps in date order" },
      { file, entry: 'step 4', field: 'event', message: '"b" is already told in step 1' },
    ]);
  });
  test('the schema wants two or three sentences in both languages, nothing else', () => {
    expect(storyStepSchema.safeParse({ event: 'a', text }).success).toBe(true);
    expect(storyStepSchema.safeParse({ event: 'a', text: { en: 'Too short.', fr: text.fr } }).success).toBe(false);
    expect(storyStepSchema.safeParse({ event: 'a', text, extra: 1 }).success).toBe(false);
  });
});

test("the site's story tells the turning points (importance 3), each once, in date order", () => {
  const data = loadSiteData();
  const story = data.story ?? [];
  const turning = data.events.filter((e) => e.data.importance === 3).map((e) => e.data.id);
  expect(story.map((s) => s.data.event).sort()).toEqual([...turning].sort());
  expect(story.length).toBeGreaterThanOrEqual(10);
});
