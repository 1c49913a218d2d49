/**
 * Cuts the built site's fonts to the characters its pages use (see scripts/lib/fonts.ts for why
 * and how), renames them by their new content, and rewrites every reference (the @font-face rules
 * and preload links in the pages, stylesheets). Run by scripts/postbuild.mjs before the CSP step,
 * which hashes the inline styles holding the font URLs.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import subsetFont from 'subset-font';

import { cutFileName, cutFor, renameReferences, siteCharacters } from './fonts.ts';
import { pageStrings, parsePage } from './html.ts';

export interface CutReport {
  from: string;
  to: string;
  before: number;
  after: number;
}

/** Cuts every font of `outDir/_astro/` that FONT_CUTS names; returns what it did, file by file. */
export async function subsetSiteFonts(outDir: string): Promise<{ characters: string; fonts: CutReport[] }> {
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('pagefind/'))
    .sort();
  const pages = files.filter((f) => f.endsWith('.html'));
  const code = files.filter((f) => /\.(css|m?js)$/.test(f));
  const strings: string[] = [];
  for (const f of pages) strings.push(...pageStrings(parsePage(readFileSync(join(outDir, f), 'utf8'))));
  for (const f of code) strings.push(readFileSync(join(outDir, f), 'utf8'));
  const characters = siteCharacters(strings);

  const renames = new Map<string, string>();
  const fonts: CutReport[] = [];
  for (const f of files.filter((name) => name.startsWith('_astro/') && name.endsWith('.woff2'))) {
    const name = f.slice('_astro/'.length);
    const cut = cutFor(name);
    if (!cut) continue;
    const original = readFileSync(join(outDir, f));
    const bytes = await subsetFont(original, characters, {
      targetFormat: 'woff2',
      keepFeatures: [...cut.features],
      variationAxes: { wght: cut.wght },
    });
    const to = cutFileName(name, bytes);
    writeFileSync(join(outDir, '_astro', to), bytes);
    if (to !== name) rmSync(join(outDir, f));
    renames.set(`/_astro/${name}`, `/_astro/${to}`);
    fonts.push({ from: name, to, before: original.length, after: bytes.length });
  }
  if (renames.size)
    for (const f of [...pages, ...code]) {
      const path = join(outDir, f);
      const text = readFileSync(path, 'utf8');
      const renamed = renameReferences(text, renames);
      if (renamed !== text) writeFileSync(path, renamed);
    }
  return { characters, fonts };
}
