/**
 * Renders social cards (src/lib/cards/card.ts) to PNG at build time: satori (layout, text as
 * paths) then resvg (raster), in worker threads (src/render/card-worker.mjs), one per core and at
 * most two. No browser: `npm start` works on a machine without Chromium.
 *
 * Each PNG is cached under the Astro cache folder by a hash of everything that shapes it (the
 * element tree, the fonts, satori's and resvg's versions), so a build whose cards did not change
 * reads them back instead of drawing them again. The bytes are the same either way: the renderer
 * is deterministic and the cache only skips work.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, type CardInput, cardText, cardTree } from '../lib/cards/card.ts';
import { parseUnicodeRange, uncovered } from '../lib/cards/unicode-range.ts';

// Resolved from the project root: this module runs bundled by Vite, so its own URL says nothing useful.
const require = createRequire(resolve('package.json'));
const WORKER = resolve('src/render/card-worker.mjs');
const CACHE = join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'h20-cards');
/** Bump when the renderer's own handling changes in a way the hash below cannot see. */
const RENDER_VERSION = 1;

/** The font files satori gets: latin and latin-ext of each face and weight the card uses. */
const FACES = [
  { name: CARD_FONTS.sans, pkg: 'inter', weight: 400 },
  { name: CARD_FONTS.sans, pkg: 'inter', weight: 600 },
  { name: CARD_FONTS.sans, pkg: 'inter', weight: 700 },
  { name: CARD_FONTS.serif, pkg: 'source-serif-4', weight: 400 },
] as const;
const SUBSETS = ['latin', 'latin-ext'] as const;

const fonts = FACES.flatMap((face) =>
  SUBSETS.map((subset) => ({
    name: face.name,
    weight: face.weight,
    file: require.resolve(`@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${face.weight}-normal.woff`),
  })),
);

/** Code points the fonts cover: the same for both families (Fontsource splits them alike), checked per family anyway. */
const coverage = [...new Set(FACES.map((f) => f.pkg))].map((pkg) => {
  const ranges = JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
  return { pkg, ranges: SUBSETS.flatMap((s) => parseUnicodeRange(ranges[s] ?? '')) };
});

const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
const fingerprint = JSON.stringify({
  v: RENDER_VERSION,
  satori: version('satori'),
  resvg: version('@resvg/resvg-js'),
  fonts: fonts.map((f) => createHash('sha256').update(readFileSync(f.file)).digest('hex')),
});

interface Job {
  id: number;
  tree: unknown;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** A small pool of card workers, started on the first card and stopped when the queue is empty. */
class Pool {
  #queue: Job[] = [];
  #idle: Worker[] = [];
  #busy = new Map<Worker, Job>();
  #next = 0;
  readonly size = Math.max(1, Math.min(2, availableParallelism()));

  render(tree: unknown): Promise<Uint8Array> {
    return new Promise((resolvePng, reject) => {
      this.#queue.push({ id: this.#next++, tree, resolve: resolvePng, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? (this.#busy.size < this.size ? this.#start() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.postMessage({ id: job.id, tree: job.tree });
    }
    if (this.#busy.size === 0) for (const worker of this.#idle.splice(0)) void worker.terminate();
  }

  #start(): Worker {
    const worker = new Worker(WORKER, { workerData: { fonts, width: CARD_WIDTH, height: CARD_HEIGHT } });
    worker.on('message', (message: { png?: Uint8Array; error?: string }) => {
      const job = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      this.#idle.push(worker);
      if (message.png) job.resolve(new Uint8Array(message.png));
      else job.reject(new Error(`card renderer: ${message.error}`));
      this.#pump();
    });
    worker.on('error', (error: Error) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      job?.reject(error);
      this.#pump();
    });
    return worker;
  }
}

let pool: Pool | undefined;

/**
 * The PNG of one card. `name` (e.g. `og/en/saga/the-boom.png`) only labels errors: a title with a
 * character the fonts lack fails the build here rather than showing an empty box on the card.
 */
export async function renderCard(input: CardInput, name: string): Promise<Uint8Array> {
  const text = cardText(input);
  for (const { pkg, ranges } of coverage) {
    const missing = uncovered(text, ranges);
    if (missing.length)
      throw new Error(`${name}: no glyph in @fontsource/${pkg} (latin, latin-ext) for ${missing.map((c) => JSON.stringify(c)).join(' ')}`);
  }
  const tree = cardTree(input);
  const hash = createHash('sha256').update(fingerprint).update(JSON.stringify(tree)).digest('hex');
  const cached = join(CACHE, `${hash}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await (pool ??= new Pool()).render(tree);
  mkdirSync(CACHE, { recursive: true });
  // Write then rename: a build stopped half-way never leaves a truncated file under a valid name.
  writeFileSync(`${cached}.${process.pid}.tmp`, png);
  renameSync(`${cached}.${process.pid}.tmp`, cached);
  return png;
}
