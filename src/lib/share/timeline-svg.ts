/**
 * The full timeline as plain SVG for a downloaded figure: the build's layout (lanes, axis, marks
 * and the labels that found room), colours written in, no links or zoom.
 */
import type { Track } from '../../schemas/event.ts';
import { axisMarkup } from '../timeline/axis.ts';
import { markPath, type TimelineLayout } from '../timeline/layout.ts';
import { type ChartBody, esc, palette } from './figure.ts';

export interface TimelineFigureEvent {
  id: string;
  track: Track;
  /** A label in the layout is the shortened title; a mark of a month or quarter gets a band. */
  band: boolean;
  importance: 1 | 2 | 3;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function timelineBody(
  layout: TimelineLayout,
  events: ReadonlyMap<string, TimelineFigureEvent>,
  labels: ReadonlyMap<string, string>,
  laneNames: Record<Track, string>,
): ChartBody {
  const out: string[] = [];
  layout.lanes.forEach((lane, i) => {
    out.push(`<rect x="0" y="${lane.y}" width="${layout.width}" height="${lane.height}" fill="${i % 2 ? palette.surface : palette.bg}"/>`);
    out.push(
      `<text x="${layout.plot.left}" y="${lane.y + 13}" font-size="11" font-weight="600" fill="${palette.tracks[lane.track]}">${esc(laneNames[lane.track])}</text>`,
    );
  });
  // The axis markup is the site's own (classes only): give its lines and text their colours here.
  out.push(
    `<g stroke="${palette.muted}" stroke-opacity="0.6" font-size="11" fill="${palette.muted}">${axisMarkup(layout)
      .replace(/class="tl-grid"/g, `stroke="${palette.border}" stroke-dasharray="2 3"`)
      .replace(/class="tl-tick-context"/g, 'font-weight="600"')
      .replace(/class="[^"]*"/g, '')
      .replace(/<text /g, '<text stroke="none" ')}</g>`,
  );
  const placed = new Map(layout.labels.map((l) => [l.id, l]));
  for (const l of layout.labels) {
    out.push(
      `<line x1="${r1(l.leader.x)}" x2="${r1(l.leader.x)}" y1="${r1(l.leader.y1)}" y2="${r1(l.leader.y2)}" stroke="${palette.muted}" stroke-opacity="0.45"/>`,
    );
  }
  for (const m of [...layout.marks].sort((a, b) => a.r - b.r)) {
    const e = events.get(m.id)!;
    const colour = palette.tracks[e.track];
    if (e.band)
      out.push(
        `<rect x="${r1(m.x0)}" y="${m.y - 3}" width="${r1(Math.max(m.x1 - m.x0, 1))}" height="6" rx="3" fill="${colour}" fill-opacity="0.25"/>`,
      );
    out.push(`<path d="${markPath(e.track, m.r)}" transform="translate(${r1(m.x)} ${m.y})" fill="${colour}" stroke="${palette.surface}"/>`);
    const l = placed.get(m.id);
    if (l)
      out.push(
        `<text x="${r1(l.x)}" y="${r1(l.y)}" text-anchor="${l.anchor}" font-size="12" font-weight="${e.importance === 3 ? 700 : 400}" fill="${palette.text}">${esc(labels.get(m.id) ?? '')}</text>`,
      );
  }
  return { width: layout.width, height: layout.height, body: out.join('') };
}
