import { z } from 'astro/zod';

import { dayDateSchema, idSchema, partialDateSchema } from './common.ts';

/**
 * The kind of evidence a source is. Shown next to every citation so that a reader
 * can tell a filing from a press report or an analyst's estimate.
 */
export const evidenceKinds = ['filing', 'government', 'company', 'press', 'analysis', 'reference'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** One document the site cites. Lives in `content/data/sources/*.yaml` (a list per file). */
export const sourceSchema = z.strictObject({
  /** Stable id used by `<Cite id="…">`, events and chips, e.g. `nvidia-10q-2025-04-27`. */
  id: idSchema,
  /** The document's own title (headline), in its own language. */
  title: z.string().trim().min(1),
  /** Who published it; for a relay, the relay with the original outlet in brackets. */
  publisher: z.string().trim().min(1),
  /** Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDateSchema,
  /**
   * Other days the document reports something happening on (YYYY-MM-DD), besides its own date:
   * an 8-K filed on the 15th that tells of a letter on the 9th and its extension on the 14th.
   * Prose that cites the document may state these days; the build refuses any other day-precise
   * date next to a source that a timeline event uses (see src/lib/content/date-agreement.ts).
   */
  reports: z.array(dayDateSchema).optional(),
  /** Where to read it. Must be an absolute http(s) URL. */
  url: z.url({ protocol: /^https?$/ }),
  /** Language of the document (BCP 47), e.g. `en`, `fr`, `zh`. */
  language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, 'must be a language code such as "en" or "zh"'),
  /** What kind of evidence it is (see `evidenceKinds`). */
  kind: z.enum(evidenceKinds),
  /** Optional note for readers: paywall, relay, what the source does and does not show. */
  note: z.string().trim().min(1).optional(),
});
export type Source = z.output<typeof sourceSchema>;
