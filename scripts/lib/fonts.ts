/**
 * The site's web fonts, cut at build time to what the site shows (scripts/postbuild.mjs runs it).
 *
 * Why: the Latin files of @fontsource-variable carry some 400 glyphs each, every OpenType feature
 * (small capitals, old-style and fraction figures, stylistic sets) and the whole weight axis
 * (200–900); a chapter's first visit spent 147 KB on three of them (Source Serif 4 upright and
 * italic, Inter), 84 % of its bytes. The site shows about 150 Latin characters, a handful of
 * features and weights 400 to 750. HarfBuzz's subsetter
 * (subset-font, WebAssembly: no install script, deterministic output) keeps exactly those glyphs,
 * those features and that part of the weight axis, so the variable fonts stay variable.
 *
 * Pure parts here (which characters, which file, new names); scripts/lib/subset-fonts.ts does
 * the file work.
 */
import { createHash } from 'node:crypto';

/** How one family is cut. `match` is tested against a built file name (`inter-latin-wght-normal.Dx4kXJAl.woff2`). */
export interface FontCut {
  family: string;
  match: RegExp;
  /** The part of the weight axis kept; src/styles/fonts.css declares the same range. */
  wght: { min: number; max: number };
  /** OpenType features kept (see LAYOUT_FEATURES). */
  features: readonly string[];
}

/**
 * OpenType features kept: those browsers apply by default to Latin text (shaping, kerning,
 * standard ligatures, marks, localised forms, required variation substitutions) and `tnum`,
 * which the site's CSS asks for (`font-variant-numeric: tabular-nums` in tables and figures).
 * Every other feature (smcp, onum, frac, ss01…) pulls hundreds of alternate glyphs the site never
 * shows.
 */
export const LAYOUT_FEATURES: readonly string[] = ['ccmp', 'locl', 'rlig', 'rvrn', 'calt', 'liga', 'kern', 'mark', 'mkmk', 'tnum'];

/**
 * The sans (headings, interface, tables) is set from 400 to 750 (h1). Cutting the axis to that
 * range drops the variation data of the lighter and heavier masters: about a third of the file.
 * Inter's contextual alternates (`calt`: arrows
 * drawn from `->`, case-sensitive punctuation, colons raised between digits) cost 3.9 KB of its
 * 20 KB for forms the site's text hardly ever calls for; its kerning stays.
 */
export const FONT_CUTS: readonly FontCut[] = [
  {
    family: 'Inter',
    match: /^inter-[a-z-]+-wght-normal\.[\w-]+\.woff2$/,
    wght: { min: 400, max: 750 },
    features: LAYOUT_FEATURES.filter((f) => f !== 'calt'),
  },
];

/** The cut a built font file gets, or undefined for a file this step leaves alone. */
export function cutFor(fileName: string): FontCut | undefined {
  return FONT_CUTS.find((c) => c.match.test(fileName));
}

/** Printable ASCII, always kept: any page, search result or message may use it. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * The characters the fonts must cover: printable ASCII, plus every other printable character
 * found in `strings` (the text and attributes of every built page, and the shipped scripts and
 * stylesheets, whose strings and CSS `content` can reach the screen). Sorted by code point, so the
 * same site gives the same fonts, byte for byte.
 */
export function siteCharacters(strings: Iterable<string>): string {
  const found = new Set<number>();
  for (const s of strings) {
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      // Controls (C0, DEL, C1) and ASCII (always kept) are not looked at.
      if (cp < 0xa0) continue;
      found.add(cp);
    }
  }
  return ASCII + String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

/**
 * The new name of a cut font: its original stem with a hash of the new bytes
 * (`inter-latin-wght-normal.Dx4kXJAl.woff2` → `inter-latin-wght-normal.<8 chars>.woff2`). Files
 * under /_astro/ are cached as immutable, so different bytes must never reuse a name.
 */
export function cutFileName(fileName: string, bytes: Uint8Array): string {
  const stem = fileName.replace(/\.[\w-]+\.woff2$/, '');
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  return `${stem}.${hash}.woff2`;
}

/** `text` with every occurrence of each old name replaced by its new one. */
export function renameReferences(text: string, renames: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of renames) out = out.split(from).join(to);
  return out;
}
