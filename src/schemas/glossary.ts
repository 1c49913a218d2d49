import { z } from 'astro/zod';

import { idSchema, localizedSchema } from './common.ts';

/** A glossary term. All terms live in `content/data/glossary.yaml` (a list). */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page, e.g. `hbm` → `/en/glossary/#hbm`. */
  id: idSchema,
  /** The term as shown, in both languages. */
  term: localizedSchema,
  /** A plain-language definition of one to three sentences, in both languages. */
  definition: localizedSchema,
  /** Other spellings that search should find (not shown), e.g. `High Bandwidth Memory`. */
  aliases: z.array(z.string()).default([]),
  /** Source ids for any figure or date in the definition. */
  sources: z.array(idSchema).default([]),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
