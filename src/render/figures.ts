/**
 * Downloaded chart figures as PNG: the figure's SVG (src/lib/share/figure.ts) drawn by resvg at
 * twice its size, with the site's Inter (Fontsource's WOFF turned into OpenType, which resvg
 * reads) and no system fonts, so every machine draws the same pixels. Cached by content hash, like
 * the social cards (src/render/cards.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

import { Resvg } from '@resvg/resvg-js';

import { woffToSfnt } from './woff.ts';

const require = createRequire(resolve('package.json'));
const CACHE = join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'h20-figures');
const WEIGHTS = [400, 600, 700];
const SUBSETS = ['latin', 'latin-ext'];

let fontFiles: string[] | undefined;

/** The OpenType files resvg loads, written once into the cache folder. */
function fonts(): string[] {
  return (fontFiles ??= WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => {
      const woff = readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
      const file = join(CACHE, `inter-${subset}-${weight}-${createHash('sha256').update(woff).digest('hex').slice(0, 12)}.otf`);
      if (!existsSync(file)) {
        mkdirSync(CACHE, { recursive: true });
        writeFileSync(file, woffToSfnt(woff));
      }
      return file;
    }),
  ));
}

/** The PNG of a figure's SVG, at twice its size. */
export function figurePng(svg: string): Uint8Array {
  const files = fonts();
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: 1, files, svg }))
    .digest('hex');
  const cached = join(CACHE, `${hash}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  })
    .render()
    .asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${cached}.${process.pid}.tmp`, png);
  renameSync(`${cached}.${process.pid}.tmp`, cached);
  return png;
}
