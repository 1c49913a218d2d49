/**
 * Synthetic content for the bench: random timeline events for the layout benchmark, and a
 * site N times the real one for the scale check. Pure: the script reads and writes the files.
 */
import type { LayoutEvent } from '../../../src/lib/timeline/layout.ts';
import type { Track } from '../../../src/schemas/event.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same events on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRACKS: readonly Track[] = ['us-policy', 'china-policy', 'nvidia', 'market', 'competitors'];
const WORDS = [
  'export',
  'licence',
  'Nvidia',
  'H20',
  'Beijing',
  'Commerce',
  'rule',
  'chips',
  'Huawei',
  'Ascend',
  'orders',
  'charge',
  'revenue',
  'ban',
  'probe',
  'quarter',
  'results',
  'H200',
  'talks',
  'tariff',
];
const DAY = 86_400_000;

/**
 * `count` events spread over 2022–2026 in every lane, with a realistic mix of importance
 * (60 % context, 30 % important, 10 % turning points) and precision (mostly days, some months
 * and quarters), labels of two to six words.
 */
export function syntheticLayoutEvents(count: number, seed = 20250415): LayoutEvent[] {
  const random = seededRandom(seed);
  const from = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2027, 0, 1) - from;
  const events: LayoutEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = from + Math.floor((random() * span) / DAY) * DAY;
    const p = random();
    const d = new Date(day);
    const start =
      p < 0.8
        ? day
        : p < 0.93
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
          : Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
    const end =
      p < 0.8
        ? start + DAY
        : p < 0.93
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
          : Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1);
    const r = random();
    const importance: 1 | 2 | 3 = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    const words = Array.from({ length: 2 + Math.floor(random() * 5) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    events.push({
      id: `synthetic-${i}`,
      start,
      end,
      track: TRACKS[Math.floor(random() * TRACKS.length)]!,
      importance,
      label: words.join(' '),
    });
  }
  return events;
}

/** An axis-aligned box (label or text bounding box). */
export interface Box {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Pairs of boxes that overlap (touching edges do not count; `tolerance` pixels of overlap are
 * forgiven, for boxes measured in a browser). Sweeps along x, so 1,000 boxes stay fast.
 */
export function overlappingBoxes(boxes: readonly Box[], tolerance = 0): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x0 >= a.x1 - tolerance) break;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > tolerance && dy > tolerance) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** A content tree as the scale check handles it: files read by the script, parsed YAML where it matters. */
export interface ContentSnapshot {
  /** MDX pages, path relative to the content root (`en/saga/the-boom.mdx`). */
  pages: { path: string; text: string }[];
  /** `data/events/<id>.yaml` objects (the id is the file name). */
  events: { id: string; data: Record<string, unknown> }[];
  /** `data/chips/<id>.yaml` objects. */
  chips: { id: string; data: Record<string, unknown> }[];
  /** `data/sources/<file>` lists. */
  sources: { file: string; entries: Record<string, unknown>[] }[];
  /** `data/glossary.yaml` list. */
  glossary: Record<string, unknown>[];
  /** Every other file, copied as it is (`data/actors.yaml`, …). */
  other: { path: string; text: string }[];
}

/** Suffix that marks copy `k` (2, 3, …) of an id or a slug. */
export const copySuffix = (k: number) => `-x${k}`;

/** Counts of what a snapshot holds, for the growth table. */
export function snapshotCounts(s: ContentSnapshot): { pages: number; events: number; chips: number; sources: number; terms: number } {
  return {
    pages: s.pages.length,
    events: s.events.length,
    chips: s.chips.length,
    sources: s.sources.reduce((n, f) => n + f.entries.length, 0),
    terms: s.glossary.length,
  };
}

/** Deep-copies plain YAML data, renaming ids found under `sources` arrays with `rename`. */
function remapSources(value: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => remapSources(v, rename));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] =
        key === 'sources' && Array.isArray(v) ? v.map((id) => (typeof id === 'string' ? rename(id) : id)) : remapSources(v, rename);
    }
    return out;
  }
  return value;
}

/** Appends ` (k)` to the text of every `{ en, fr }` pair in `value` (shallow). */
function numberLocalized(value: unknown, k: number): unknown {
  if (value && typeof value === 'object' && 'en' in value && 'fr' in value) {
    const v = value as { en: string; fr: string };
    return { ...v, en: `${v.en} (${k})`, fr: `${v.fr} (${k})` };
  }
  return value;
}

/** `2025-04-15` + n days, as `YYYY-MM-DD` (UTC). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Adds ` (k)` to the `title:` and `navTitle:` lines of MDX frontmatter, keeping YAML quoting valid. */
function numberFrontmatter(text: string, k: number): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) return text;
  const front = match[1]!.replace(/^(title|navTitle):[ \t]*(.+)$/gm, (_line, key: string, raw: string) => {
    const value = raw.trim();
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    const inner = quote ? value.slice(1, -1) : value;
    return `${key}: ${quote || '"'}${quote ? inner : inner.replace(/\\/g, '\\\\').replace(/"/g, '\\"')} (${k})${quote || '"'}`;
  });
  return text.replace(match[0], `---\n${front}\n---`);
}

/**
 * Renames the ids an MDX body refers to: `<Cite id>`, `cite="a b"`, `<Term id>`, chip components'
 * `chip="…"`/`ids="…"`, and an embedded timeline's `chapter="…"`. Unknown ids are left alone.
 */
function remapMdx(
  text: string,
  maps: { source: (id: string) => string; term: (id: string) => string; chip: (id: string) => string; chapter: (slug: string) => string },
): string {
  const list = (ids: string, f: (id: string) => string) =>
    ids
      .split(/(\s+|,)/)
      .map((part) => (/^[a-z0-9-]+$/.test(part) ? f(part) : part))
      .join('');
  return text
    .replace(/(<Cite\s+[^>]*?\bid=")([^"]+)(")/g, (_m, a: string, id: string, b: string) => a + maps.source(id) + b)
    .replace(
      /(<(?:KeyFigure|PullQuote)\s+[^>]*?\bcite=")([^"]+)(")/g,
      (_m, a: string, ids: string, b: string) => a + list(ids, maps.source) + b,
    )
    .replace(/(<Term\s+[^>]*?\bid=")([^"]+)(")/g, (_m, a: string, id: string, b: string) => a + maps.term(id) + b)
    .replace(/(<Chip\w*\s+[^>]*?\bchip=")([^"]+)(")/g, (_m, a: string, id: string, b: string) => a + maps.chip(id) + b)
    .replace(/(<ChipCards\s+[^>]*?\bids=")([^"]+)(")/g, (_m, a: string, ids: string, b: string) => a + list(ids, maps.chip) + b)
    .replace(/(<Timeline\s+[^>]*?\bchapter=")([^"]+)(")/g, (_m, a: string, slug: string, b: string) => a + maps.chapter(slug) + b);
}

/**
 * A content tree `factor` times the real one: every source, glossary term, chip and event, and
 * every MDX page that is not a section's `index.mdx` (those list the whole site once), is copied
 * `factor − 1` times with ids suffixed `-x2`, `-x3`… and every reference remapped to the same
 * copy, so the result passes the same schemas and cross-checks as the real content. Day-precise
 * events of copy k move k − 1 days later so that marks do not sit exactly on top of each other.
 */
export function scaleSnapshot(real: ContentSnapshot, factor: number): ContentSnapshot {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a whole number ≥ 1 (got ${factor})`);
  const out: ContentSnapshot = {
    pages: [...real.pages],
    events: [...real.events],
    chips: [...real.chips],
    sources: [...real.sources],
    glossary: [...real.glossary],
    other: [...real.other],
  };
  const sourceIds = new Set(real.sources.flatMap((f) => f.entries.map((e) => String(e.id))));
  const termIds = new Set(real.glossary.map((t) => String(t.id)));
  const chipIds = new Set(real.chips.map((c) => c.id));
  const clonedPages = real.pages.filter((p) => !/(^|\/)index\.mdx$/.test(p.path));
  const chapterSlugs = new Set(clonedPages.filter((p) => /^en\/saga\//.test(p.path)).map((p) => p.path.replace(/^en\/saga\/|\.mdx$/g, '')));

  for (let k = 2; k <= factor; k++) {
    const sfx = copySuffix(k);
    const maps = {
      source: (id: string) => (sourceIds.has(id) ? id + sfx : id),
      term: (id: string) => (termIds.has(id) ? id + sfx : id),
      chip: (id: string) => (chipIds.has(id) ? id + sfx : id),
      chapter: (slug: string) => (chapterSlugs.has(slug) ? slug + sfx : slug),
    };
    for (const file of real.sources) {
      out.sources.push({
        file: file.file.replace(/(\.ya?ml)$/, `${sfx}$1`),
        entries: file.entries.map((e) => ({ ...e, id: `${String(e.id)}${sfx}`, title: `${String(e.title)} (${k})` })),
      });
    }
    for (const term of real.glossary) {
      const copy = remapSources(term, maps.source) as Record<string, unknown>;
      out.glossary.push({ ...copy, id: `${String(term.id)}${sfx}`, term: numberLocalized(term.term, k), aliases: [] });
    }
    for (const chip of real.chips) {
      const data = remapSources(chip.data, maps.source) as Record<string, unknown>;
      if (typeof data.name === 'string') data.name = `${data.name} (${k})`;
      if (typeof data.shortName === 'string') data.shortName = `${data.shortName} (${k})`;
      if (typeof data.variantOf === 'string') data.variantOf = maps.chip(data.variantOf);
      const system = data.system as { chip?: string } | undefined;
      if (system && typeof system.chip === 'string') data.system = { ...system, chip: maps.chip(system.chip) };
      delete data.id;
      out.chips.push({ id: chip.id + sfx, data });
    }
    for (const event of real.events) {
      const data = remapSources(event.data, maps.source) as Record<string, unknown>;
      data.title = numberLocalized(data.title, k);
      if (Array.isArray(data.chips)) data.chips = data.chips.map((c) => (typeof c === 'string' ? maps.chip(c) : c));
      if (typeof data.chapter === 'string') {
        const [slug, section] = data.chapter.split('#') as [string, string | undefined];
        data.chapter = maps.chapter(slug) + (section ? `#${section}` : '');
      }
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      data.date = data.precision === 'day' ? addDays(date, k - 1) : date;
      delete data.id;
      out.events.push({ id: event.id + sfx, data });
    }
    for (const page of clonedPages) {
      out.pages.push({ path: page.path.replace(/\.mdx$/, `${sfx}.mdx`), text: remapMdx(numberFrontmatter(page.text, k), maps) });
    }
  }
  return out;
}
