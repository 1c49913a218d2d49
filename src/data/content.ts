/**
 * The one way into the content: every component, layout and route reads collections through
 * these queries. Each is computed once per build (collections do not change while pages render)
 * and hands back plain validated data, so callers never touch `astro:content` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import { referencesIn } from '../lib/content/mdx-facts.ts';
import type { SequencedPage } from '../lib/content/sequence.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { splitPageId } from '../lib/i18n/paths.ts';
import { compareEvents } from '../lib/timeline/items.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Chip } from '../schemas/chip.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { PageData } from '../schemas/page.ts';
import type { SeedCorrection } from '../schemas/seed-correction.ts';
import type { Source } from '../schemas/source.ts';
import type { StoryStep } from '../schemas/story.ts';

/** Memoises an async query for the whole build. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));

/** Every source, by id. */
export const sourcesById = once(async () => byId((await getCollection('sources')).map((e) => e.data as Source)));

/** Every chip, by id (in file-name order). */
export const chipsById = once(async () => byId((await getCollection('chips')).map((e) => e.data as Chip)));

/** Every actor (people, firms, agencies), by id. */
export const actorsById = once(async () => byId((await getCollection('actors')).map((e) => e.data as Actor)));

/** Every glossary term, by id. */
export const glossaryById = once(async () => byId((await getCollection('glossary')).map((e) => e.data as GlossaryTerm)));

/** Every seed-article correction, in file order (the order of the articles' text). */
export const seedCorrections = once(async () =>
  (await getCollection('seedCorrections'))
    .map((e) => e.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...correction }) => correction as SeedCorrection),
);

/** Every timeline event, in date order. */
export const events = once(async () => (await getCollection('events')).map((e) => e.data as TimelineEvent).sort(compareEvents));

/** Every event, by id. */
export const eventsById = once(async () => byId(await events()));

/** The timeline's story mode, in the order it is told (`content/data/story.yaml`; empty when absent). */
export const storySteps = once(async () =>
  (await getCollection('story'))
    .map((e) => e.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...step }) => step as StoryStep),
);

/** The events a saga chapter tells (its `chapter` field names the chapter, with or without a section). */
export async function eventsFor(chapter: string): Promise<TimelineEvent[]> {
  return (await events()).filter((e) => e.chapter.split('#')[0] === chapter);
}

/** One MDX page, with what every listing of pages needs, read once. */
export interface SitePage extends SequencedPage {
  /** `en/saga/the-boom` */
  id: string;
  lang: Locale;
  data: PageData;
  /** The navigation title (short title, else the title). */
  navTitle: string;
  /** Source ids cited, in order of appearance (drives citation numbers and back-links). */
  cited: string[];
  /** Glossary term ids linked with `<Term>`. */
  terms: string[];
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<'pages'>;
}

/** Every MDX page in both languages, with its references read from its source once. */
export const pages = once(async (): Promise<SitePage[]> =>
  (await getCollection('pages')).map((entry) => {
    const { lang, slug } = splitPageId(entry.id);
    const { cited, terms } = referencesIn(entry.body ?? '');
    const data = entry.data as PageData;
    return {
      id: entry.id,
      lang,
      slug,
      section: data.section,
      order: data.order,
      title: data.title,
      navTitle: data.navTitle ?? data.title,
      data,
      cited,
      terms,
      entry,
    };
  }),
);

/** The pages of one language. */
export async function pagesIn(lang: Locale): Promise<SitePage[]> {
  return (await pages()).filter((page) => page.lang === lang);
}
