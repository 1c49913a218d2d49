// Scale check (`npm run bench -- --scale 10`): writes a content tree N times the real one into
// tmp/scale-<N>/content (inside the project, gitignored: Astro's glob base must be in the project),
// builds it with H20_CONTENT_DIR, and measures how the build, the index and the first query grow.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse, stringify } from 'yaml';

import { periodOf } from '../../src/lib/timeline/items.ts';
import { FULL_GEOMETRY, truncateLabel } from '../../src/lib/timeline/layout.ts';
import { overlappingBoxes, scaleSnapshot, snapshotCounts } from '../lib/bench/synthetic.ts';
import { ROOT } from './build.mjs';
import { timeLayout } from './site-figures.mjs';

/** Reads a content folder into a ContentSnapshot (scripts/lib/bench/synthetic.ts). */
export function readSnapshot(contentRoot) {
  const snapshot = { pages: [], events: [], chips: [], sources: [], glossary: [], other: [] };
  for (const rel of readdirSync(contentRoot, { recursive: true }).map(String).sort()) {
    const path = join(contentRoot, rel);
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // a folder
    }
    const id = rel.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (/^(en|fr)\/.*\.mdx$/.test(rel)) snapshot.pages.push({ path: rel, text });
    else if (/^data\/events\/[^/]+\.ya?ml$/.test(rel)) snapshot.events.push({ id, data: parse(text) });
    else if (/^data\/chips\/[^/]+\.ya?ml$/.test(rel)) snapshot.chips.push({ id, data: parse(text) });
    else if (/^data\/sources\/[^/]+\.ya?ml$/.test(rel))
      snapshot.sources.push({ file: rel.replace(/^data\/sources\//, ''), entries: parse(text) ?? [] });
    else if (rel === 'data/glossary.yaml') snapshot.glossary = parse(text) ?? [];
    else snapshot.other.push({ path: rel, text });
  }
  return snapshot;
}

/** Writes a ContentSnapshot as a content folder. */
export function writeSnapshot(snapshot, contentRoot) {
  const write = (rel, text) => {
    const path = join(contentRoot, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const yaml = (value) => stringify(value, { lineWidth: 0 });
  for (const p of snapshot.pages) write(p.path, p.text);
  for (const e of snapshot.events) write(`data/events/${e.id}.yaml`, yaml(e.data));
  for (const c of snapshot.chips) write(`data/chips/${c.id}.yaml`, yaml(c.data));
  for (const s of snapshot.sources) write(`data/sources/${s.file}`, yaml(s.entries));
  write('data/glossary.yaml', yaml(snapshot.glossary));
  for (const o of snapshot.other) write(o.path, o.text);
}

/** Generates the scaled tree; returns its folder (relative to the project) and the counts of both trees. */
export function generateScaled(factor, contentRoot = join(ROOT, 'content')) {
  const real = readSnapshot(contentRoot);
  const scaled = scaleSnapshot(real, factor);
  const base = `tmp/scale-${factor}`;
  rmSync(join(ROOT, base), { recursive: true, force: true });
  writeSnapshot(scaled, join(ROOT, base, 'content'));
  return { base, contentDir: `${base}/content`, real: snapshotCounts(real), synthetic: snapshotCounts(scaled), events: scaled.events };
}

/** Layout of the synthetic events as the full timeline draws them: time and overlapping labels. */
export function layoutOfEvents(events) {
  const layoutEvents = events.map(({ id, data }) => {
    const date = String(data.date);
    const { start, end } = periodOf(date, data.precision);
    return {
      id,
      start,
      end,
      track: data.track,
      importance: data.importance,
      label: truncateLabel(data.title.en, 200, FULL_GEOMETRY.fontSize),
    };
  });
  return timeLayout(layoutEvents);
}

/**
 * Opens the built timeline page: counts the events listed (elements with an `event-…` id) and
 * checks that the text of the drawn chart does not overlap (bounding boxes measured by the browser,
 * 1 px tolerance): event labels, lane names and axis labels of `svg.tl-svg-full` (else the `svg`
 * inside `main` holding the most `<text>` elements). Hidden labels (no room) do not count.
 */
export async function checkTimelinePage(browser, pageUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const response = await page.goto(pageUrl, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${pageUrl} answered ${response?.status()}`);
    await page.waitForTimeout(300);
    const { listed, boxes } = await page.evaluate(() => {
      const listed = new Set([...document.querySelectorAll('main [id^="event-"]')].map((el) => el.id)).size;
      const full = document.querySelector('main svg.tl-svg-full');
      const svgs = full
        ? [full]
        : [...document.querySelectorAll('main svg')].sort((a, b) => b.querySelectorAll('text').length - a.querySelectorAll('text').length);
      const boxes = [];
      for (const [i, text] of [...(svgs[0]?.querySelectorAll('text') ?? [])].entries()) {
        const r = text.getBoundingClientRect();
        const style = getComputedStyle(text);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none' || !text.textContent?.trim())
          continue;
        boxes.push({ id: `${i}:${text.textContent.trim().slice(0, 40)}`, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom });
      }
      return { listed, boxes };
    });
    return { listed, labels: boxes.length, overlaps: overlappingBoxes(boxes, 1) };
  } finally {
    await context.close();
  }
}

/**
 * Astro writes the content module list to the project's shared `.astro/` whatever the cache and
 * output folders; after a synthetic build it points at files we delete. `astro sync` on the real
 * content puts it back (a cache of its own keeps node_modules/.astro untouched).
 */
export function resyncRealContent() {
  const env = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    ASTRO_CACHE_DIR: join(ROOT, 'tmp/bench/cache-sync'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.H20_CONTENT_DIR;
  spawnSync('astro', ['sync'], { cwd: ROOT, env, stdio: 'ignore' });
}
