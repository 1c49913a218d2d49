import { z } from 'astro/zod';

import { dayDateSchema, idSchema, localizedSchema } from './common.ts';

/** The timeline's lanes. */
export const tracks = ['us-policy', 'china-policy', 'nvidia', 'market', 'competitors'] as const;
export type Track = (typeof tracks)[number];

/** The dated steps of a chip's life an event can be (see `chipStep`). */
export const chipSteps = ['announced', 'shipped', 'export-status'] as const;
export type ChipStep = (typeof chipSteps)[number];

/** How precisely an event's date is known. */
export const datePrecisions = ['day', 'month', 'quarter'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/**
 * One dated event of the saga. One file per event in `content/data/events/`;
 * the file name (without `.yaml`) is the event id and never changes.
 */
export const eventSchema = z.strictObject({
  /** Stable id (= file name), e.g. `2025-04-15-h20-licence-disclosed`. */
  id: idSchema,
  /** The day it happened; for month or quarter precision, the first day of that period. */
  date: dayDateSchema,
  /** How precise `date` is: `day`, `month` or `quarter`. */
  precision: z.enum(datePrecisions),
  /** Short headline in both languages. */
  title: localizedSchema,
  /** Two or three sentences in both languages, written for the site (never copied). */
  summary: localizedSchema,
  /** The lane the event sits in. */
  track: z.enum(tracks),
  /** Actor ids from `content/data/actors.yaml`. */
  actors: z.array(idSchema).min(1),
  /** Free tags used by embedded timelines, e.g. `licence`, `revenue-share`. */
  tags: z.array(idSchema).default([]),
  /** 3 = turning point, 2 = important, 1 = context. Sets the mark size. */
  importance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** How firm the evidence is (from the research base). */
  confidence: z.enum(['confirmed', 'reported', 'unverified']).default('confirmed'),
  /** Source ids; at least one. */
  sources: z.array(idSchema).min(1),
  /** Chip ids from `content/data/chips/` that the event concerns. */
  chips: z.array(idSchema).default([]),
  /**
   * What this event was for the chips it names, when it is one of their dated steps: the day they
   * were `announced` or `shipped`, or an `export-status` change. The build checks that the chip
   * files give the same date (content/data/chips/<id>.yaml). When the event also names chips the step
   * is not about (the chip a variant was cut from), say which: `{ step: announced, chips: [a800] }`.
   */
  chipStep: z.union([z.enum(chipSteps), z.strictObject({ step: z.enum(chipSteps), chips: z.array(idSchema).min(1) })]).optional(),
  /** The saga chapter that tells this event: page slug under `saga/`, optionally `#section-id`. */
  chapter: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'must be a saga chapter slug, optionally with #section-id'),
});
export type TimelineEvent = z.output<typeof eventSchema>;
