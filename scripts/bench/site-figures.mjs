// Site-wide figures: timeline layout speed on 1,000 synthetic events, and `npm audit`.
import { spawnSync } from 'node:child_process';

import { FULL_GEOMETRY, layoutTimeline, truncateLabel } from '../../src/lib/timeline/layout.ts';
import { paddedDomain } from '../../src/lib/timeline/scale.ts';
import { overlappingBoxes, syntheticLayoutEvents } from '../lib/bench/synthetic.ts';
import { ROOT } from './build.mjs';

/** Width the full timeline is drawn at on a desktop screen (its viewBox). */
export const LAYOUT_WIDTH = 1100;

/**
 * Times `layoutTimeline` on `events` (LayoutEvent[]): three warm-up runs, then `runs` timed runs;
 * returns the median and worst time, and how many placed labels overlap (must be 0).
 */
export function timeLayout(events, runs = 21, width = LAYOUT_WIDTH) {
  const domain = paddedDomain(events);
  const options = { width, domain };
  for (let i = 0; i < 3; i++) layoutTimeline(events, options);
  const times = [];
  let layout;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    layout = layoutTimeline(events, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const overlaps = overlappingBoxes(layout.labels.map((l) => ({ id: l.id, ...l.box })));
  return {
    events: events.length,
    medianMs: times[Math.floor(times.length / 2)],
    maxMs: times.at(-1),
    labels: layout.labels.length,
    overlaps: overlaps.length,
  };
}

/** The layout benchmark of the brief: 1,000 synthetic events with labels shortened as the site does. */
export function benchLayout(count = 1000) {
  const events = syntheticLayoutEvents(count).map((e) => ({ ...e, label: truncateLabel(e.label, 200, FULL_GEOMETRY.fontSize) }));
  return timeLayout(events);
}

/** `npm audit --omit=dev`: counts by severity, or `answered: false` when the registry did not answer. */
export function npmAudit() {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  try {
    const report = JSON.parse(result.stdout);
    if (report.error)
      return { answered: false, message: `registry did not answer (${report.error.code ?? report.error.summary ?? 'error'})` };
    const vulnerabilities = report.metadata?.vulnerabilities;
    if (!vulnerabilities) return { answered: false, message: 'registry did not answer (no audit report)' };
    return { answered: true, vulnerabilities };
  } catch {
    return { answered: false, message: `registry did not answer${result.error ? ` (${result.error.code ?? result.error.message})` : ''}` };
  }
}
