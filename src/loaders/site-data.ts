import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { type z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

import { checkIntegrity, type Located, type PageFacts, type SiteData } from '../lib/content/integrity.ts';
import { referencesIn } from '../lib/content/mdx-facts.ts';
import { ContentError, type ContentProblem, parseEntry } from '../lib/content/problems.ts';
import { stepName } from '../lib/content/story-integrity.ts';
import { locales } from '../lib/i18n/locales.ts';
import { variantProblems } from '../lib/search/variants.ts';
import { actorSchema } from '../schemas/actor.ts';
import { chipSchema } from '../schemas/chip.ts';
import { eventSchema } from '../schemas/event.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { ruleSchema } from '../schemas/rule.ts';
import { searchVariantsSchema } from '../schemas/search-variants.ts';
import { seedCorrectionSchema } from '../schemas/seed-correction.ts';
import { sourceSchema } from '../schemas/source.ts';
import { type StoryStep, storyStepSchema } from '../schemas/story.ts';

/**
 * The content folder. `H20_CONTENT_DIR` lets tests build against a fixture tree.
 */
export const contentDir = process.env.H20_CONTENT_DIR ?? 'content';

const cache = new Map<string, SiteData>();

/**
 * Reads, validates and cross-checks all data under `content/data/` plus the references
 * made by MDX pages. Throws one ContentError listing every problem (file, entry, field).
 */
export function loadSiteData(root = contentDir): SiteData {
  const cached = cache.get(root);
  if (cached) return cached;
  const problems: ContentProblem[] = [];
  const data: SiteData = {
    sources: readList(join(root, 'data/sources'), sourceSchema, problems),
    actors: readList(join(root, 'data/actors.yaml'), actorSchema, problems),
    glossary: readList(join(root, 'data/glossary.yaml'), glossaryTermSchema, problems),
    events: readPerFile(join(root, 'data/events'), eventSchema, problems),
    chips: readPerFile(join(root, 'data/chips'), chipSchema, problems),
    rules: readPerFile(join(root, 'data/rules'), ruleSchema, problems),
    pages: readPages(root),
    seedCorrections: readList(join(root, 'data/seed-corrections.yaml'), seedCorrectionSchema, problems),
    searchVariants: readObject(join(root, 'data/search-variants.yaml'), 'search-variants', searchVariantsSchema, problems),
    story: readSteps(join(root, 'data/story.yaml'), problems),
  };
  // Conflicting variants are errors of the list itself, like a schema error: never downgraded.
  for (const { file, data: variants } of data.searchVariants) problems.push(...variantProblems(variants).map((p) => ({ file, ...p })));
  const crossProblems = checkIntegrity(data);
  // While several people write at once, H20_ALLOW_INCOMPLETE=1 turns cross-reference problems
  // (a missing translation, a term not written yet) into warnings. Never set in npm scripts or CI.
  if (process.env.H20_ALLOW_INCOMPLETE === '1' && crossProblems.length) {
    console.warn(`[content] H20_ALLOW_INCOMPLETE: ignoring\n${new ContentError(crossProblems).message}`);
  } else {
    problems.push(...crossProblems);
  }
  if (problems.length) throw new ContentError(problems);
  cache.set(root, data);
  return data;
}

/** A file (or every .yaml file of a folder) holding a YAML list of entries with `id`s. */
function readList<S extends z.ZodType>(path: string, schema: S, problems: ContentProblem[]): Located<z.output<S>>[] {
  const files = existsSync(path) && !path.endsWith('.yaml') ? yamlFiles(path) : existsSync(path) ? [path] : [];
  const out: Located<z.output<S>>[] = [];
  for (const file of files) {
    const rel = relative(process.cwd(), file);
    const parsed = readYaml(file, rel, problems);
    if (parsed === undefined) continue;
    if (!Array.isArray(parsed)) {
      problems.push({ file: rel, message: 'must be a YAML list of entries (each starting with "- id: …")' });
      continue;
    }
    parsed.forEach((raw, index) => {
      const entry = raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
      const data = parseEntry(schema, raw, { file: rel, entry }, problems);
      if (data) out.push({ file: rel, data });
    });
  }
  return out;
}

/** A folder with one YAML object per file; the file name is the id (added when absent). */
function readPerFile<S extends z.ZodType>(dir: string, schema: S, problems: ContentProblem[]): Located<z.output<S>>[] {
  if (!existsSync(dir)) return [];
  const out: Located<z.output<S>>[] = [];
  for (const file of yamlFiles(dir)) {
    const rel = relative(process.cwd(), file);
    const id = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const parsed = readYaml(file, rel, problems);
    if (parsed === undefined) continue;
    const raw = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { id, ...parsed } : parsed;
    const data = parseEntry(schema, raw, { file: rel, entry: id }, problems);
    if (data) out.push({ file: rel, data });
  }
  return out;
}

/**
 * A file holding one YAML object (not a list); its entry id is `id`. Missing file: no entry
 * (test fixtures need no search variants).
 */
function readObject<S extends z.ZodType>(
  path: string,
  id: string,
  schema: S,
  problems: ContentProblem[],
): Located<z.output<S> & { id: string }>[] {
  if (!existsSync(path)) return [];
  const rel = relative(process.cwd(), path);
  const parsed = readYaml(path, rel, problems);
  if (parsed === undefined) return [];
  const data = parseEntry(schema, parsed, { file: rel }, problems);
  return data ? [{ file: rel, data: { ...data, id } }] : [];
}

/** The story: a YAML list of steps without ids, named in errors by their place (`step 3`). */
function readSteps(path: string, problems: ContentProblem[]): Located<StoryStep>[] {
  if (!existsSync(path)) return [];
  const file = relative(process.cwd(), path);
  const parsed = readYaml(path, file, problems);
  if (parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    problems.push({ file, message: 'must be a YAML list of steps (each starting with "- event: …")' });
    return [];
  }
  return parsed.flatMap((raw, i) => {
    const data = parseEntry(storyStepSchema, raw, { file, entry: stepName(i) }, problems);
    return data ? [{ file, data }] : [];
  });
}

function readYaml(file: string, rel: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: rel, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function readPages(root: string): PageFacts[] {
  const pages: PageFacts[] = [];
  for (const lang of locales) {
    const base = join(root, lang);
    if (!existsSync(base)) continue;
    for (const file of readdirSync(base, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const slug = file
        .replace(/\.mdx$/, '')
        .replace(/\\/g, '/')
        .replace(/(^|\/)index$/, '');
      const path = join(base, file);
      pages.push({
        file: relative(process.cwd(), path),
        id: slug ? `${lang}/${slug}` : lang,
        lang,
        slug,
        ...referencesIn(readFileSync(path, 'utf8')),
      });
    }
  }
  return pages;
}
