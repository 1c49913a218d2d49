// One card renderer thread (src/render/cards.ts starts one per core, at most two): satori lays the
// card's element tree out into SVG (text as paths, in the fonts given), resvg draws it as a PNG.
// Plain JavaScript so that Node runs it as it is, from the source tree, during `astro build`.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ fonts: { name: string, weight: number, file: string }[], width: number, height: number }} */
const { fonts: fontFiles, width, height } = workerData;
const fonts = fontFiles.map((f) => ({ name: f.name, weight: f.weight, style: 'normal', data: readFileSync(f.file) }));

parentPort.on('message', async ({ id, tree }) => {
  try {
    const svg = await satori(tree, { width, height, fonts });
    const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
