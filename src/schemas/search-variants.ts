import { z } from 'astro/zod';

import { locales } from '../lib/i18n/locales.ts';

/** A word or a few words as a reader would type them; never empty, no line breaks. */
const formSchema = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\n\r]+$/, 'must be on one line');

/** The same text in every language, or one text per language. */
const perLanguageFormSchema = z.union([
  formSchema,
  z.strictObject({
    en: formSchema,
    fr: formSchema,
  }),
]);

/**
 * One variant group: the form the site writes (`write`) and forms readers type for the same
 * thing (`also`). The search replaces any `also` form in a query by the `write` form of the
 * page's language before it reaches Pagefind, which has no synonyms and no spelling variants.
 */
export const variantGroupSchema = z.strictObject({
  /** What the site writes, e.g. `licence`, or `{ en: billion, fr: milliards }`. */
  write: perLanguageFormSchema,
  /** What readers type instead: other spellings, abbreviations, names in other scripts. */
  also: z.array(formSchema).min(1),
  /**
   * Replace the `also` forms only right after a number: units whose letters are ordinary words
   * elsewhere ("96 Go" is gigabytes, "go" is not).
   */
  afterNumber: z.boolean().default(false),
  /** Languages the group applies to (default: all). */
  lang: z.array(z.enum(locales)).min(1).optional(),
  /** Why the group exists, when it is not obvious (not used by the search). */
  note: z.string().optional(),
});
export type VariantGroup = z.output<typeof variantGroupSchema>;

/** `content/data/search-variants.yaml`: the one list of search variants, for both languages. */
export const searchVariantsSchema = z.strictObject({
  /**
   * Words that carry no meaning on their own, per language (articles, prepositions, question
   * words). Left out of a query when other words remain: "how much did Nvidia lose" searches
   * "Nvidia lose".
   */
  stopWords: z.strictObject({ en: z.array(formSchema), fr: z.array(formSchema) }),
  /**
   * Units a number may be glued to or spaced from: "7nm" and "7 nm", "4TB/s" and "4 TB/s" are
   * searched as the site writes them (spaced).
   */
  units: z.array(formSchema),
  /** Variant groups, in any order (a longer `also` form wins over a shorter one inside it). */
  variants: z.array(variantGroupSchema),
});
export type SearchVariants = z.output<typeof searchVariantsSchema>;
