import { z } from 'astro/zod';

import { idSchema } from './common.ts';

/** Two or three sentences: long enough to tell the step, short enough to read beside the chart. */
const stepText = z.string().trim().min(80, 'is too short for two or three sentences').max(600, 'is longer than two or three sentences');

/**
 * One step of the timeline's story mode: a guided walk through the saga's turning points, one
 * event at a time. All steps live in `content/data/story.yaml`, a list in the order they are told
 * (date order):
 *
 * ```yaml
 * - event: 2025-04-09-h20-license-requirement
 *   text:
 *     en: "Two or three sentences written for the site…"
 *     fr: "Deux ou trois phrases écrites pour le site…"
 * ```
 *
 * The step's address is `/<lang>/timeline/#story-<event>`; its date, title, sources and chapter
 * come from the event.
 */
export const storyStepSchema = z.strictObject({
  /** The event this step tells: an id from `content/data/events/`. */
  event: idSchema,
  /** What the step says, in our own words (drawn from the event and its chapter, never copied). */
  text: z.strictObject({ en: stepText, fr: stepText }),
});
export type StoryStep = z.output<typeof storyStepSchema>;
