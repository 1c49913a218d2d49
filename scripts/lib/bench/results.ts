/**
 * The shape of `bench-results/*.json`: what `npm run bench` measures, so two runs can be compared.
 * Every size is in bytes, every time in milliseconds. Pure types plus small helpers.
 */

import type { VisitFigures } from './visits.ts';

/** The page types the bench measures (one table each). */
export const pageTypes = ['home', 'chapter', 'glossary', 'timeline', 'compare', 'rules', 'search'] as const;
export type PageType = (typeof pageTypes)[number];

/** Raw and gzip size of a group of responses, and how many there were. */
export interface Sizes {
  raw: number;
  gzip: number;
  requests: number;
}

/** Resource groups counted before any interaction. */
export const resourceKinds = ['html', 'css', 'js', 'font', 'image', 'data', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** Lighthouse (mobile) figures; scores 0–1, `null` when Lighthouse could not score a category. */
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Titles of the audits that did not pass in any category (to explain a score below 100). */
  failing: string[];
  /** Performance scores (0–100) of every run when Lighthouse ran more than once; the median run is kept. */
  runs?: number[];
}

/** The first query typed into the header search box. */
export interface FirstQuery {
  query: string;
  /** Everything fetched from the first focus of the box to the first result (raw and gzip). */
  total: Sizes;
  /** Of which files under /pagefind/ (Pagefind's own files are mostly gzip already). */
  pagefind: Sizes;
  /** Time from the first keystroke to the first `.search-result` on screen. */
  msToResults: number;
  results: number;
}

/** A reader's first query in a fresh browser, typed into the header box of one page. */
export interface MeasuredFirstQuery extends FirstQuery {
  lang: string;
  path: string;
}

/** Hit rate of the search-quality suite in one language (tests/search-quality/queries.yaml). */
export interface QualityFigures {
  queries: number;
  hits: number;
  /** hits / queries, 0–1. */
  rate: number;
  /** Queries that returned no result at all. */
  zero: number;
}

/** One index chunk size of the `--chunk-sizes` sweep (scripts/bench/chunk-sizes.mjs). */
export interface ChunkSizeFigures {
  /** PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, in word positions. */
  size: number;
  indexChunks: number;
  indexChunkBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  firstQueries: MeasuredFirstQuery[];
  lighthouse?: LighthouseFigures | { error: string };
}

/** The search: first queries, the quality suite, and the chunk-size sweep when asked for. */
export interface SearchFigures {
  firstQueries: MeasuredFirstQuery[];
  quality?: Record<string, QualityFigures>;
  /** One line per query of the suite that missed. */
  misses?: string[];
  chunkSizes?: ChunkSizeFigures[];
}

/** Everything measured on one page. */
export interface PageResult {
  type: PageType;
  lang: 'en' | 'fr';
  path: string;
  /** Responses before any interaction, by kind, and their sum. */
  load: Record<ResourceKind, Sizes> & { total: Sizes };
  /**
   * HTML + CSS gzip that the first render needs: the HTML up to the end of the first mobile screen
   * (see first-screen.ts) plus any stylesheet loaded before interaction. Falls back to the whole
   * HTML when the first screen could not be measured.
   */
  firstRenderGzip: number;
  /** Where the first screen ends in the HTML: byte offset, and the prefix's raw and gzip size. */
  firstScreen?: { offset: number; raw: number; gzip: number };
  /** The same at 1350×940, for comparison (no budget): a sidebar late in the HTML shows here. */
  firstScreenDesktop?: { offset: number; raw: number; gzip: number };
  firstQuery?: FirstQuery;
  lighthouse?: LighthouseFigures;
  /** Every response, in the order they finished: `load` (before interaction) or `query` (the first search). */
  files?: { path: string; phase: 'load' | 'query'; kind: ResourceKind; raw: number; gzip: number }[];
  /** A measurement that failed, in words. */
  error?: string;
}

export interface BuildFigures {
  /** `astro build` (includes content sync, bundling, rendering). */
  astroMs: number;
  postbuildMs: number;
  pagefindMs: number;
  totalMs: number;
  htmlPages: number;
  /** Every file of the build except /pagefind/. */
  siteBytes: number;
  /** The /pagefind/ folder: raw bytes and file count. */
  indexBytes: number;
  indexFiles: number;
}

export interface LayoutFigures {
  events: number;
  /** Median of several runs after a warm-up. */
  medianMs: number;
  maxMs: number;
  labels: number;
  overlaps: number;
}

/** The rule explorer's redraw for a date change, timed in the browser (map, panels and form together). */
export interface RedrawFigures {
  path: string;
  /** How many date changes were timed (after a warm-up). */
  changes: number;
  medianMs: number;
  maxMs: number;
}

export interface AuditFigures {
  /** False when `npm audit` got no answer from the registry. */
  answered: boolean;
  /** Counts by severity (`info`, `low`, `moderate`, `high`, `critical`, `total`). */
  vulnerabilities?: Record<string, number>;
  message?: string;
}

/** Growth of a synthetic site `factor` times the real one, against the real one. */
export interface ScaleFigures {
  factor: number;
  real: { events: number; pages: number; chips: number; sources: number; terms: number; build: BuildFigures; firstQueryBytes?: number };
  synthetic: {
    events: number;
    pages: number;
    chips: number;
    sources: number;
    terms: number;
    build: BuildFigures;
    firstQueryBytes?: number;
  };
  /** Timeline page of the synthetic site: its event list length and the labels drawn. */
  timeline: { listedEvents: number; expectedEvents: number; svgLabels: number; overlaps: number; layoutMs: number; layoutOverlaps: number };
}

export interface BenchResults {
  /** Bump when the shape changes; `--compare` refuses other versions. */
  version: 1;
  /** ISO time of the run (the file name carries none). */
  measuredAt: string;
  build?: BuildFigures;
  pages: PageResult[];
  layout?: LayoutFigures;
  redraw?: RedrawFigures;
  audit?: AuditFigures;
  scale?: ScaleFigures;
  search?: SearchFigures;
  /** First visit and second view of every English page (scripts/lib/bench/visits.ts). */
  visits?: VisitFigures[];
  /** Their medians, and the Starlight twin's when the bench was given its report. */
  visitSummary?: { medianFirst: number; medianSecond: number; medianPeer?: number; worstRatio?: number };
}

/** An empty `Sizes`. */
export function zeroSizes(): Sizes {
  return { raw: 0, gzip: 0, requests: 0 };
}

/** Adds `b` into `a` (mutates and returns `a`). */
export function addSizes(a: Sizes, b: Sizes): Sizes {
  a.raw += b.raw;
  a.gzip += b.gzip;
  a.requests += b.requests;
  return a;
}

/**
 * Which group a response belongs to, from its URL path and (when known) the browser's resource type.
 * Pagefind's index, fragment and WebAssembly files count as `data`.
 */
export function resourceKind(path: string, browserType?: string): ResourceKind {
  const type = browserType?.toLowerCase();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'font') return 'font';
  if (type === 'image') return 'image';
  if (/\.(m?js)$/.test(path) || type === 'script') return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|gif|svg|webp|avif|ico)$/.test(path)) return 'image';
  if (/\.html?$/.test(path) || path.endsWith('/')) return 'html';
  if (/\.(pf_\w+|pagefind|wasm|json|csv|xml)$/.test(path)) return 'data';
  return 'other';
}
