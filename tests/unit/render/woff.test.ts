import { readFileSync } from 'node:fs';

import { Resvg } from '@resvg/resvg-js';
import { expect, test } from 'vitest';

import { woffToSfnt } from '../../../src/render/woff.ts';

const woff = readFileSync('node_modules/@fontsource/inter/files/inter-latin-700-normal.woff');

test('a WOFF font becomes an OpenType file resvg can draw text with', async () => {
  const sfnt = woffToSfnt(woff);
  const view = new DataView(sfnt.buffer);
  expect([0x00010000, 0x4f54544f]).toContain(view.getUint32(0));
  expect(view.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/woff-');
  writeFileSync(`${dir}/inter.otf`, sfnt);
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-family="Inter" font-size="24">H20</text></svg>';
  const withFont = new Resvg(svg, { font: { fontFiles: [`${dir}/inter.otf`], loadSystemFonts: false } }).render().pixels;
  const without = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  expect(withFont.some((v) => v !== 0)).toBe(true);
  expect(without.every((v) => v === 0)).toBe(true);
});

test('anything but WOFF 1.0 is refused', () => {
  expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/wOFF/);
});
