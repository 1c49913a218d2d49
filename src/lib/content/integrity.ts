import type { Actor } from '../../schemas/actor.ts';
import type { Chip } from '../../schemas/chip.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Rule } from '../../schemas/rule.ts';
import type { SearchVariants } from '../../schemas/search-variants.ts';
import type { SeedCorrection } from '../../schemas/seed-correction.ts';
import type { Source } from '../../schemas/source.ts';
import type { StoryStep } from '../../schemas/story.ts';
import { asFigureKey, figureSourcesIn, proseFigureKeys } from '../chips/figures.ts';
import { locales } from '../i18n/locales.ts';
import { ruleFigureSourcesIn, ruleLine, ruleReading } from '../rules/prose-figure.ts';
import { checkChipSteps, checkProseDates } from './date-agreement.ts';
import type { CitationRef, DatedClaim } from './mdx-facts.ts';
import type { ContentProblem } from './problems.ts';
import { basename, refs } from './refs.ts';
import { checkRules } from './rule-integrity.ts';
import { checkStory } from './story-integrity.ts';

/** A validated entry and the file it came from. */
export interface Located<T> {
  file: string;
  data: T;
}

/** What the integrity check needs to know about one MDX page (read from its source text). */
export interface PageFacts {
  file: string;
  /** `en/saga/why-the-h20-exists` */
  id: string;
  lang: string;
  /** Path inside the language folder, e.g. `saga/why-the-h20-exists`. */
  slug: string;
  /** Citation marks in order of appearance: `<Cite>`, `cite="…"` props and `<ChipFigure>`s. */
  citations: CitationRef[];
  /** Event ids whose dates the page renders with `<EventDate id="…">`. */
  events: string[];
  /** Sentences that type a day-precise date by hand (checked against events and sources). */
  datedClaims: DatedClaim[];
  /** Glossary ids linked with `<Term id="…">`. */
  terms: string[];
  /** Chip ids named with `id`/`chip` props of chip components. */
  chips: string[];
  /** Explicit section ids of the page's headings (`[#id]`). */
  sections: string[];
}

export interface SiteData {
  sources: Located<Source>[];
  actors: Located<Actor>[];
  glossary: Located<GlossaryTerm>[];
  events: Located<TimelineEvent>[];
  chips: Located<Chip>[];
  /** Versions of the US export rules (`content/data/rules/`), for the rule explorer. */
  rules: Located<Rule>[];
  pages: PageFacts[];
  /** What the two seed articles got wrong (sources page, `#seed-articles`). */
  seedCorrections: Located<SeedCorrection>[];
  /** The search variants list (`content/data/search-variants.yaml`): one entry, or none in fixtures. */
  searchVariants: Located<SearchVariants & { id: string }>[];
  /** The timeline's story mode, step by step (`content/data/story.yaml`); optional. */
  story?: Located<StoryStep>[];
}


/**
 * Checks what no single schema can: ids unique across files, references that resolve,
 * dates in order, and every page present in every language.
 */
export function checkIntegrity(data: SiteData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceIds = uniqueIds(data.sources, 'source', problems);
  const actorIds = uniqueIds(data.actors, 'actor', problems);
  const termIds = uniqueIds(data.glossary, 'glossary term', problems);
  const eventIds = uniqueIds(data.events, 'event', problems);
  const chipIds = uniqueIds(data.chips, 'chip', problems);

  const sagaSections = new Map(data.pages.filter((p) => p.lang === 'en' && p.slug.startsWith('saga/')).map((p) => [p.slug.slice(5), new Set(p.sections)]));

  for (const { file, data: event } of data.events) {
    const at = { file, entry: event.id };
    refs(event.sources, sourceIds, 'sources', 'source', at, problems);
    refs(event.actors, actorIds, 'actors', 'actor', at, problems);
    refs(event.chips, chipIds, 'chips', 'chip', at, problems);
    const [chapter = '', section] = event.chapter.split('#');
    const sections = sagaSections.get(chapter);
    if (!sections) {
      problems.push({ ...at, field: 'chapter', message: `no saga chapter "content/en/saga/${chapter}.mdx"` });
    } else if (section && !sections.has(section)) {
      problems.push({ ...at, field: 'chapter', message: `no section [#${section}] in content/en/saga/${chapter}.mdx (known: ${[...sections].join(', ')})` });
    }
    const expectedId = basename(file);
    if (expectedId !== event.id) problems.push({ ...at, field: 'id', message: `must equal the file name "${expectedId}"` });
  }

  for (const { file, data: term } of data.glossary) {
    refs(term.sources, sourceIds, 'sources', 'source', { file, entry: term.id }, problems);
  }

  uniqueIds(data.seedCorrections, 'seed correction', problems);
  for (const { file, data: c } of data.seedCorrections) {
    refs([c.seed], sourceIds, 'seed', 'source', { file, entry: c.id }, problems);
    refs(c.sources, sourceIds, 'sources', 'source', { file, entry: c.id }, problems);
  }

  for (const { file, data: chip } of data.chips) {
    const at = { file, entry: chip.id };
    for (const [key, value] of Object.entries(chip)) {
      if (value && typeof value === 'object' && 'sources' in value && Array.isArray(value.sources)) {
        refs(value.sources as string[], sourceIds, `${key}.sources`, 'source', at, problems);
      }
    }
    chip.exportStatus.forEach((step, i) => {
      refs(step.sources, sourceIds, `exportStatus[${i}].sources`, 'source', at, problems);
      const previous = chip.exportStatus[i - 1];
      if (previous && step.date < previous.date) {
        problems.push({ ...at, field: `exportStatus[${i}].date`, message: `${step.date} is before the previous step (${previous.date}); list steps in date order` });
      }
    });
    const announced = chip.announced.value;
    const shipped = chip.shipped.value;
    if (announced && shipped && shipped.slice(0, announced.length) < announced.slice(0, shipped.length)) {
      problems.push({ ...at, field: 'shipped.value', message: `shipped (${shipped}) is before announced (${announced})` });
    }
    const expectedId = basename(file);
    if (expectedId !== chip.id) problems.push({ ...at, field: 'id', message: `must equal the file name "${expectedId}"` });
  }

  checkStory(data.story ?? [], new Map(data.events.map((e) => [e.data.id, e.data])), problems);

  const ruleIds = uniqueIds(data.rules, 'rule', problems);
  checkRules(data.rules, { sourceIds, chipIds, ruleIds }, problems);
  const rulesById = new Map(data.rules.map(({ data: rule }) => [rule.id, rule]));

  for (const page of data.pages) {
    const at = { file: page.file, entry: page.id };
    const sourceRefs = page.citations.flatMap((ref) => ('source' in ref ? [ref.source] : []));
    refs(sourceRefs, sourceIds, '<Cite id>', 'source', at, problems);
    refs(page.terms, termIds, '<Term id>', 'glossary term', at, problems);
    refs(page.chips, chipIds, 'chip', 'chip', at, problems);
    refs(page.events, eventIds, '<EventDate id>', 'event', at, problems);
    page.citations.forEach((ref, i) => {
      if ('source' in ref) return;
      if ('rule' in ref) {
        const rule = rulesById.get(ref.rule);
        const field = `<RuleFigure>[${i}]`;
        if (!rule) problems.push({ ...at, field, message: `unknown rule id "${ref.rule}"` });
        else if (ref.reading !== undefined ? !ruleReading(rule, ref.reading) : !ruleLine(rule, ref.field ?? ''))
          problems.push({ ...at, field, message: `rule "${ref.rule}" has no ${ref.reading !== undefined ? `reading "${ref.reading}"` : `line "${ref.field ?? ''}"`}` });
        return;
      }
      if (!chipIds.has(ref.chip)) problems.push({ ...at, field: `<ChipFigure>[${i}]`, message: `unknown chip id "${ref.chip}"` });
      else if (!asFigureKey(ref.field))
        problems.push({ ...at, field: `<ChipFigure>[${i}]`, message: `unknown figure "${ref.field}" (known: ${proseFigureKeys.join(', ')})` });
    });
  }

  const sources = new Map(data.sources.map(({ data: source }) => [source.id, source]));
  const figureSources = figureSourcesIn(new Map(data.chips.map(({ data: chip }) => [chip.id, chip])));
  problems.push(...checkProseDates(data.pages, data.events, sources, figureSources, ruleFigureSourcesIn(rulesById)));
  problems.push(...checkChipSteps(data.events, data.chips));

  const byLang = new Map(locales.map((lang) => [lang, new Set(data.pages.filter((p) => p.lang === lang).map((p) => p.slug))]));
  for (const page of data.pages) {
    for (const lang of locales) {
      if (lang !== page.lang && !byLang.get(lang)!.has(page.slug)) {
        const counterpart = page.file.replace(new RegExp(`(^|/)${page.lang}/`), `$1${lang}/`);
        problems.push({ file: page.file, entry: page.id, message: `has no ${lang === 'fr' ? 'French' : 'English'} page: add ${counterpart}` });
      }
    }
  }
  return problems;
}

function uniqueIds<T extends { id: string }>(entries: Located<T>[], what: string, problems: ContentProblem[]): Set<string> {
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    const first = seen.get(data.id);
    if (first) problems.push({ file, entry: data.id, field: 'id', message: `duplicate ${what} id (also in ${first})` });
    else seen.set(data.id, file);
  }
  return new Set(seen.keys());
}
