/**
 * A chart as a standalone figure, for download: title, caption, the chart, its sources and the
 * site's address, in one SVG that PNG rendering (src/render/figures.ts), slide software and vector
 * editors read alike. Colours and type are written as presentation attributes (no CSS, no custom
 * properties), in the site's light theme; text is laid out with estimated widths (no DOM here).
 */
import { estimateTextWidth } from '../compare/label-layout.ts';

/** The site's light-theme colours (src/styles/tokens.css), for drawings that leave the site. */
export const palette = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  text: '#1d1c1a',
  muted: '#5c5a55',
  border: '#d9d5cb',
  accent: '#0b5e5a',
  series: { global: '#0072b2', 'china-variant': '#d55e00', 'china-domestic': '#009e73' },
  tracks: { 'us-policy': '#1f5fa8', 'china-policy': '#b3261e', nvidia: '#4d7c0f', market: '#7c4a9e', competitors: '#9a6700' },
} as const;

/** The fonts a figure names: the site's Inter first, then what any machine has. */
export const FIGURE_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif";

/** Width of every downloaded figure, in SVG units (the PNG is drawn at twice this). */
export const FIGURE_WIDTH = 1200;
const PAD = 40;

/** Escapes text for SVG content and attribute values. */
export const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits text into lines no wider than `maxWidth` at `fontSize` (estimated widths, slightly generous). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Break at ordinary spaces only: a no-break space (French "Sources :", "15 %") holds its words together.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) * 1.04 > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A chart drawn for a figure: its own coordinate box and SVG markup. */
export interface ChartBody {
  width: number;
  height: number;
  body: string;
}

/** The words around a chart. */
export interface FigureText {
  lang: string;
  title: string;
  caption: string;
  /** "Sources: …" line (already prefixed). */
  sources: string;
  /** The site's name and the chart's address, e.g. "H20 Explained · https://…/en/compare/". */
  footer: string;
}

/** The standalone figure: the chart scaled to the figure's width, text above and below. */
export function figureSvg(chart: ChartBody, text: FigureText): string {
  const inner = FIGURE_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const lines = (content: string, size: number, attrs: string, lineHeight = 1.35) => {
    for (const line of wrapText(content, size, inner)) {
      y += size * lineHeight;
      parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="${size}" ${attrs}>${esc(line)}</text>`);
    }
  };
  lines(text.title, 30, `font-weight="700" fill="${palette.text}"`, 1.25);
  y += 6;
  lines(text.caption, 17, `fill="${palette.muted}"`);
  y += 18;
  const scale = inner / chart.width;
  const height = chart.height * scale;
  parts.push(`<g transform="translate(${PAD} ${Math.round(y)}) scale(${Number(scale.toFixed(4))})">${chart.body}</g>`);
  y += height + 10;
  lines(text.sources, 15, `fill="${palette.muted}"`);
  y += 8;
  lines(text.footer, 15, `font-weight="600" fill="${palette.accent}"`);
  const total = Math.ceil(y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${total}" viewBox="0 0 ${FIGURE_WIDTH} ${total}" font-family="${esc(FIGURE_FONT)}" lang="${text.lang}" role="img" aria-label="${esc(text.title)}">\n` +
    `<title>${esc(text.title)}</title>\n<desc>${esc(`${text.caption} ${text.sources}`)}</desc>\n` +
    `<rect width="100%" height="100%" fill="${palette.bg}"/>\n${parts.join('\n')}\n</svg>\n`
  );
}
