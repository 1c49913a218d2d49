import { formatBytes, formatDelta, formatMs, formatScore } from './format.ts';
import type { BenchResults } from './results.ts';

/** One named figure of a run, with how to show it. */
export interface Figure {
  key: string;
  value: number;
  unit: 'bytes' | 'ms' | 'score' | 'count' | 'cls';
}

/**
 * Flattens a run into named figures (`en chapter · JS gzip`, `build · total`…), the unit
 * `--compare` works in. Figures that were not measured are left out.
 */
export function figuresOf(results: BenchResults): Figure[] {
  const out: Figure[] = [];
  const add = (key: string, value: number | null | undefined, unit: Figure['unit']) => {
    if (typeof value === 'number' && Number.isFinite(value)) out.push({ key, value, unit });
  };
  for (const p of results.pages) {
    const at = `${p.lang} ${p.type}`;
    add(`${at} · HTML gzip`, p.load.html.gzip, 'bytes');
    add(`${at} · CSS gzip`, p.load.css.gzip, 'bytes');
    add(`${at} · JS gzip`, p.load.js.gzip, 'bytes');
    add(`${at} · fonts`, p.load.font.gzip, 'bytes');
    add(`${at} · total gzip`, p.load.total.gzip, 'bytes');
    add(`${at} · requests`, p.load.total.requests, 'count');
    add(`${at} · first query gzip`, p.firstQuery?.total.gzip, 'bytes');
    add(`${at} · first query time`, p.firstQuery?.msToResults, 'ms');
    if (p.lighthouse) {
      add(`${at} · LH performance`, p.lighthouse.performance, 'score');
      add(`${at} · LH accessibility`, p.lighthouse.accessibility, 'score');
      add(`${at} · LH best practices`, p.lighthouse.bestPractices, 'score');
      add(`${at} · LH SEO`, p.lighthouse.seo, 'score');
      add(`${at} · LCP`, p.lighthouse.lcpMs, 'ms');
      add(`${at} · CLS`, p.lighthouse.cls, 'cls');
      add(`${at} · TBT`, p.lighthouse.tbtMs, 'ms');
    }
  }
  if (results.build) {
    add('build · astro', results.build.astroMs, 'ms');
    add('build · pagefind', results.build.pagefindMs, 'ms');
    add('build · total', results.build.totalMs, 'ms');
    add('build · pages', results.build.htmlPages, 'count');
    add('build · site bytes', results.build.siteBytes, 'bytes');
    add('build · index bytes', results.build.indexBytes, 'bytes');
  }
  add('layout · 1,000 events median', results.layout?.medianMs, 'ms');
  add('rule explorer · redraw median', results.redraw?.medianMs, 'ms');
  for (const q of results.search?.firstQueries ?? []) {
    add(`${q.lang} first query "${q.query}" · gzip`, q.total.gzip, 'bytes');
    add(`${q.lang} first query "${q.query}" · requests`, q.total.requests, 'count');
  }
  for (const [lang, q] of Object.entries(results.search?.quality ?? {})) add(`${lang} search quality · hit rate`, q.rate, 'score');
  for (const v of results.visits ?? []) {
    add(`${v.path} · first visit`, v.first.total, 'bytes');
    add(`${v.path} · second view`, v.second.total, 'bytes');
  }
  add('English pages · median first visit', results.visitSummary?.medianFirst, 'bytes');
  add('English pages · median second view', results.visitSummary?.medianSecond, 'bytes');
  return out;
}

/** Shows a figure in its unit. */
export function formatFigure(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value);
    case 'ms':
      return formatMs(value);
    case 'score':
      return formatScore(value);
    case 'cls':
      return value.toFixed(3);
    default:
      return String(value);
  }
}

/** One row of a comparison: the old and new value, their difference and relative change. */
export interface Delta {
  key: string;
  unit: Figure['unit'];
  old?: number;
  new?: number;
  delta?: number;
  /** new / old − 1, when both exist and old ≠ 0. */
  change?: number;
}

/**
 * Pairs the figures of two runs by key, in the new run's order (then figures only the old run had).
 */
export function compareRuns(before: BenchResults, after: BenchResults): Delta[] {
  const old = new Map(figuresOf(before).map((f) => [f.key, f]));
  const rows: Delta[] = [];
  for (const f of figuresOf(after)) {
    const o = old.get(f.key);
    old.delete(f.key);
    if (!o) {
      rows.push({ key: f.key, unit: f.unit, new: f.value });
      continue;
    }
    rows.push({
      key: f.key,
      unit: f.unit,
      old: o.value,
      new: f.value,
      delta: f.value - o.value,
      change: o.value !== 0 ? f.value / o.value - 1 : undefined,
    });
  }
  for (const o of old.values()) rows.push({ key: o.key, unit: o.unit, old: o.value });
  return rows;
}

/** Table cells for a delta row: figure, old, new, change. */
export function deltaCells(d: Delta): string[] {
  const fmt = (v: number) => formatFigure(v, d.unit);
  const change =
    d.delta === undefined
      ? d.old === undefined
        ? 'new'
        : 'gone'
      : d.unit === 'score'
        ? formatDelta(Math.round(d.delta * 100), String)
        : formatDelta(d.delta, fmt);
  const pct = d.change === undefined || d.delta === 0 ? '' : ` (${d.change > 0 ? '+' : '−'}${Math.abs(Math.round(d.change * 100))}%)`;
  return [d.key, d.old === undefined ? '–' : fmt(d.old), d.new === undefined ? '–' : fmt(d.new), change + pct];
}
