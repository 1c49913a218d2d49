/**
 * The one way into the content: every component, layout and route reads collections through
 * these queries. Each is computed once per build (collections do not change while pages render)
 * and hands back plain validated data, so callers never touch `astro:content` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

import { figureSourcesIn } from '../lib/chips/figures.ts';
import { citedSources, referencesIn } from '../lib/content/mdx-facts.ts';
import type { SequencedPage } from '../lib/content/sequence.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { splitPageId } from '../lib/i18n/paths.ts';
import { ruleFigureSourcesIn } from '../lib/rules/prose-figure.ts';
import { type CompiledVariants, compileVariants } from '../lib/search/variants.ts';
import { compareEvents } from '../lib/timeline/items.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Chip } from '../schemas/chip.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { PageData } from '../schemas/page.ts';
import type { Rule } from '../schemas/rule.ts';
import type { SearchVariants } from '../schemas/search-variants.ts';
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

/** Every US export-rule version, in date order (the ids start with YYYY-MM). */
export const rules = once(async () => (await getCollection('rules')).map((e) => e.data as Rule).sort((a, b) => a.id.localeCompare(b.id)));

/** Every rule version, by id. */
export const rulesById = once(async () => byId(await rules()));

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
  /** Source ids cited, in order of appearance, chip and rule figures expanded to their sources (drives citation numbers and back-links). */
  cited: string[];
  /** Glossary term ids linked with `<Term>`. */
  terms: string[];
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<'pages'>;
}

/** Every MDX page in both languages, with its references read from its source once. */
export const pages = once(async (): Promise<SitePage[]> => {
  const figureSources = figureSourcesIn(await chipsById());
  const ruleSources = ruleFigureSourcesIn(await rulesById());
  return (await getCollection('pages')).map((entry) => {
    const { lang, slug } = splitPageId(entry.id);
    const { citations, terms } = referencesIn(entry.body ?? '');
    const data = entry.data as PageData;
    const cited = citedSources(citations, figureSources, ruleSources);
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
  });
});

/** The pages of one language. */
export async function pagesIn(lang: Locale): Promise<SitePage[]> {
  return (await pages()).filter((page) => page.lang === lang);
}

/** The search variants list (`content/data/search-variants.yaml`); empty lists when there is none. */
export const searchVariants = once(async (): Promise<SearchVariants> => {
  const entry = (await getCollection('searchVariants'))[0]?.data;
  if (!entry) return { stopWords: { en: [], fr: [] }, units: [], variants: [] };
  const { id: _, position: __, ...variants } = entry;
  return variants as SearchVariants;
});

/**
 * One language's search variants as the browser reads them: the list compiled with the chip
 * names of `content/data/chips/`, whose split forms ("H 20", "910 C") are variants too.
 */
export async function compiledSearchVariants(lang: Locale): Promise<CompiledVariants> {
  const names = [...(await chipsById()).values()].flatMap((chip) => [chip.name, chip.shortName ?? ''].flatMap((n) => n.split(/[\s()]+/)));
  return compileVariants(
    await searchVariants(),
    lang,
    names.filter((word) => /\p{L}/u.test(word) && /\d/.test(word)),
  );
}
