import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { defineCollection } from 'astro:content';

import { locales } from './lib/i18n/locales.ts';
import { siteDataLoader } from './loaders/data-collection.ts';
import { contentDir } from './loaders/site-data.ts';
import { actorSchema } from './schemas/actor.ts';
import { chipSchema } from './schemas/chip.ts';
import { eventSchema } from './schemas/event.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { pageSchema } from './schemas/page.ts';
import { ruleSchema } from './schemas/rule.ts';
import { searchVariantsSchema } from './schemas/search-variants.ts';
import { seedCorrectionSchema } from './schemas/seed-correction.ts';
import { sourceSchema } from './schemas/source.ts';
import { storyStepSchema } from './schemas/story.ts';

/** MDX articles: `content/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const pages = defineCollection({
  loader: glob({
    base: `./${contentDir}`,
    pattern: `{${locales.join(',')}}/**/*.mdx`,
    // `en/saga/index.mdx` → `en/saga`, `en/saga/the-boom.mdx` → `en/saga/the-boom`.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, ''),
  }),
  schema: pageSchema,
});

export const collections = {
  pages,
  sources: defineCollection({ loader: siteDataLoader('sources'), schema: sourceSchema }),
  actors: defineCollection({ loader: siteDataLoader('actors'), schema: actorSchema }),
  glossary: defineCollection({ loader: siteDataLoader('glossary'), schema: glossaryTermSchema }),
  events: defineCollection({ loader: siteDataLoader('events'), schema: eventSchema }),
  chips: defineCollection({ loader: siteDataLoader('chips'), schema: chipSchema }),
  // `position`: the entry's place in the file; the store sorts by id, the sources page reads them in order.
  seedCorrections: defineCollection({
    loader: siteDataLoader('seedCorrections'),
    schema: seedCorrectionSchema.extend({ position: z.number().int().nonnegative() }),
  }),
  /** Versions of the US export rules, one file each in `content/data/rules/` (rule explorer). */
  rules: defineCollection({ loader: siteDataLoader('rules'), schema: ruleSchema }),
  /** The search variants list (one entry, id `search-variants`), compiled per language for the search. */
  searchVariants: defineCollection({
    loader: siteDataLoader('searchVariants'),
    schema: searchVariantsSchema.extend({ id: z.string(), position: z.number().int().nonnegative() }),
  }),
  /** The timeline's story mode (`content/data/story.yaml`); `position` is the step's place in the story. */
  story: defineCollection({
    loader: siteDataLoader('story'),
    schema: storyStepSchema.extend({ position: z.number().int().nonnegative() }),
  }),
};
