import { textWidth, type TimelineLayout } from './layout.ts';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The time axis as SVG markup: grid lines at major ticks across the lanes, a base line,
 * tick marks, labels left-aligned after their tick, and the year under the first tick of each year.
 * A label that would run past the next label or the right edge is left out.
 * The same string is rendered at build time and re-rendered by the browser on zoom.
 */
export function axisMarkup(layout: TimelineLayout, fontSize = 11): string {
  const { plot, axisY, ticks, width } = layout;
  const parts: string[] = [`<line class="tl-axis-line" x1="${plot.left}" x2="${plot.right}" y1="${axisY}" y2="${axisY}"></line>`];
  let lastEnd = -Infinity;
  let lastContextEnd = -Infinity;
  ticks.forEach((tick, i) => {
    const x = r1(tick.x);
    if (tick.major && i > 0) parts.push(`<line class="tl-grid" x1="${x}" x2="${x}" y1="${plot.top}" y2="${axisY}"></line>`);
    parts.push(
      `<line class="tl-tick${tick.major ? ' tl-tick-major' : ''}" x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + (tick.major ? 8 : 5)}"></line>`,
    );
    const labelEnd = x + 3 + textWidth(tick.label, fontSize);
    if (x + 3 >= lastEnd + 4 && labelEnd <= width) {
      parts.push(`<text class="tl-tick-label" x="${r1(x + 3)}" y="${axisY + 17}">${esc(tick.label)}</text>`);
      lastEnd = labelEnd;
    }
    if (tick.context) {
      const contextEnd = x + 3 + textWidth(tick.context, fontSize) * 1.1;
      if (x + 3 >= lastContextEnd + 6 && contextEnd <= width) {
        parts.push(`<text class="tl-tick-context" x="${r1(x + 3)}" y="${axisY + 31}">${esc(tick.context)}</text>`);
        lastContextEnd = contextEnd;
      }
    }
  });
  return parts.join('');
}
