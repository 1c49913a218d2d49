import { z } from 'astro/zod';

import { dayDateSchema } from './common.ts';

/** Site sections; each maps to a navigation entry and a search filter value. */
export const sections = ['home', 'saga', 'chips', 'alternatives', 'compare', 'rules', 'timeline', 'glossary', 'sources', 'about'] as const;
export type Section = (typeof sections)[number];

/** Frontmatter of every MDX page under `content/en/` and `content/fr/`. */
export const pageSchema = z.strictObject({
  /** Page title (also the `<title>` and the search result title). */
  title: z.string().trim().min(1),
  /** One sentence that says what the page tells; shown under the title and as the meta description. */
  summary: z.string().trim().min(20).max(240),
  /** Last substantive update, YYYY-MM-DD. */
  updated: dayDateSchema,
  /** Which section the page belongs to (navigation, search filter). */
  section: z.enum(sections),
  /** Order within its section (previous/next links follow it). */
  order: z.number().int().nonnegative().default(0),
  /** Words search should find on this page although they are not shown, e.g. "H2O", "HGX H20", "昇腾". */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Shorter title for navigation and previous/next links. */
  navTitle: z.string().optional(),
  /** False for pages whose issue has not landed yet: they say so and are not indexed. */
  ready: z.boolean().default(true),
});
export type PageData = z.output<typeof pageSchema>;
