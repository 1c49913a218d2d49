import { z } from 'astro/zod';

import { idSchema, localizedSchema } from './common.ts';

/** What kind of slip a seed article made. */
export const seedErrorKinds = ['translation', 'factual', 'imprecision'] as const;
export type SeedErrorKind = (typeof seedErrorKinds)[number];

/**
 * One error in one of the two seed articles, with its correction and the sources that
 * support the correction. All entries live in `content/data/seed-corrections.yaml` (a list)
 * and are shown on the sources page (`#seed-articles`).
 *
 * ```yaml
 * - id: h2o-for-h20
 *   seed: seed-article-2
 *   kind: translation
 *   error: { en: "…", fr: "…" }
 *   correction: { en: "…", fr: "…" }
 *   sources: [ainvest-2025-08-27-q2-fy2026]
 * ```
 */
export const seedCorrectionSchema = z.strictObject({
  /** Stable id; the anchor is `#correction-<id>` on the sources page. */
  id: idSchema,
  /** Source id of the seed article (`seed-article-1` or `seed-article-2`). */
  seed: idSchema,
  /** Mistranslation (`translation`), wrong fact (`factual`) or missing context (`imprecision`). */
  kind: z.enum(seedErrorKinds),
  /** What the article got wrong, described in our words (never quoting the seed at length). */
  error: localizedSchema,
  /** What is right, in both languages. */
  correction: localizedSchema,
  /** Source ids backing the correction; at least one. */
  sources: z.array(idSchema).min(1),
});
export type SeedCorrection = z.output<typeof seedCorrectionSchema>;
