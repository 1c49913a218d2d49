import { z } from 'astro/zod';

/** A stable, URL-safe identifier: lower-case ASCII letters, digits and hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case ASCII letters, digits and hyphens (e.g. "h20-launch")');

/** Text written in both site languages. A missing French text is an error, never a fallback. */
export const localizedSchema = z.strictObject({
  /** English text (primary). */
  en: z.string().trim().min(1),
  /** French text: a full translation, not a summary. */
  fr: z.string().trim().min(1),
});
export type Localized = z.output<typeof localizedSchema>;

/**
 * A calendar date as written by authors: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * YAML hands us a Date for unquoted `2025-04-15` and a number for `2025`; both are turned back into text (UTC).
 */
export const partialDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

/** A full day `YYYY-MM-DD` (for `updated` dates and event days). */
export const dayDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

function isRealDate(text: string): boolean {
  const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
