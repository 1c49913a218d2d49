/**
 * Every social card the site publishes, in both languages: one per MDX page, per timeline event
 * (its share page, /<lang>/timeline/e/<id>/) and per chip (its share page, /<lang>/chips/c/<id>/ or
 * /<lang>/alternatives/c/<id>/). The image route renders them; pages name theirs with cardPath().
 */
import { cardColours, type CardInput, cardKey } from '../lib/cards/card.ts';
import { chipSharePath, eventSharePath } from '../lib/cards/share-paths.ts';
import { referencesIn } from '../lib/content/mdx-facts.ts';
import { formatPartialDate } from '../lib/i18n/format.ts';
import { type Locale, locales } from '../lib/i18n/locales.ts';
import { pagePath } from '../lib/i18n/paths.ts';
import { chipStrings } from '../lib/i18n/strings/chips.ts';
import { ui } from '../lib/i18n/strings/ui.ts';
import { sectionLabels } from '../lib/search/section-labels.ts';
import { formatEventDate, trackName } from '../lib/timeline/items.ts';
import type { Chip } from '../schemas/chip.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import { actorsById, chipsById, events, pages } from './content.ts';

/** One card: its route key (`en/saga/the-boom`) and what it shows. */
export interface CardSpec {
  key: string;
  input: CardInput;
}

const seriesColour: Record<Chip['market'], string> = {
  global: '#0072b2',
  'china-variant': '#d55e00',
  'china-domestic': '#009e73',
};

/**
 * The chips that have a card on the page their links point to (chipPath: chips, or alternatives
 * for Chinese makers), in a language: only those get a share page, whose link must land on a card.
 */
export async function sharedChips(lang: Locale): Promise<Chip[]> {
  const [chips, langPages] = await Promise.all([chipsById(), pages()]);
  const shown = (slug: string) =>
    new Set(langPages.filter((p) => p.lang === lang && p.slug === slug).flatMap((p) => referencesIn(p.entry.body ?? '').chips));
  const onPage = { chips: shown('chips'), alternatives: shown('alternatives') };
  return [...chips.values()].filter((c) => onPage[c.market === 'china-domestic' ? 'alternatives' : 'chips'].has(c.id));
}

/** The frame every card shares in a language. */
const frame = (lang: Locale, site: URL) => ({ siteName: ui[lang].siteName, host: site.host });

/** The card of an event, in a language. */
export function eventCard(e: TimelineEvent, lang: Locale, site: URL): CardInput {
  return {
    kicker: `${ui[lang].navTimeline} · ${trackName(e.track, lang)}`,
    title: e.title[lang],
    summary: e.summary[lang],
    date: formatEventDate(e.date, e.precision, lang),
    accent: cardColours.tracks[e.track],
    ...frame(lang, site),
  };
}

/** The card of a chip, in a language; `maker` is the maker's display name. */
export function chipCard(chip: Chip, maker: string, lang: Locale, site: URL): CardInput {
  const t = chipStrings[lang];
  const announced = chip.announced.value;
  return {
    kicker: `${maker} · ${t[`market_${chip.market}`]}`,
    title: chip.name,
    summary: chip.blurb[lang],
    date: announced ? `${t.announced} ${formatPartialDate(announced, lang)}` : '',
    accent: seriesColour[chip.market],
    ...frame(lang, site),
  };
}

/** Every card of the site. */
export async function cardSpecs(site: URL): Promise<CardSpec[]> {
  const [allPages, allEvents, actors] = await Promise.all([pages(), events(), actorsById()]);
  const specs: CardSpec[] = allPages.map(({ lang, slug, data }) => ({
    key: cardKey(pagePath(lang, slug)),
    input: {
      kicker: sectionLabels(lang)[data.section] ?? ui[lang].home,
      title: data.title,
      summary: data.summary,
      date: `${ui[lang].updated} ${formatPartialDate(data.updated, lang)}`,
      accent: cardColours.accent,
      ...frame(lang, site),
    },
  }));
  for (const lang of locales) {
    for (const e of allEvents) specs.push({ key: cardKey(eventSharePath(lang, e.id)), input: eventCard(e, lang, site) });
    for (const chip of await sharedChips(lang)) {
      const maker = actors.get(chip.maker)?.name[lang] ?? chip.maker;
      specs.push({ key: cardKey(chipSharePath(lang, chip)), input: chipCard(chip, maker, lang, site) });
    }
  }
  return specs;
}
