import { z } from 'astro/zod';

import { idSchema, localizedSchema } from './common.ts';

/** A person, company or agency that acts in the saga. Lives in `content/data/actors.yaml`. */
export const actorSchema = z.strictObject({
  /** Stable id, e.g. `bis`, `nvidia`, `cac`. */
  id: idSchema,
  /** Display name in each language, e.g. `{ en: "US Commerce Department (BIS)", fr: "Département du Commerce (BIS)" }`. */
  name: localizedSchema,
  /** Which side the actor is on, used to group the actor filter. */
  group: z.enum(['us', 'china', 'company', 'other']),
});
export type Actor = z.output<typeof actorSchema>;
