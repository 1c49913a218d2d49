import type { APIRoute, GetStaticPaths } from 'astro';

import { type CardSpec, cardSpecs } from '../../data/cards.ts';
import { renderCard } from '../../render/cards.ts';

/** Social cards, 1200×630 PNG: `/og/en/saga/the-boom.png` for `/en/saga/the-boom/` (see src/data/cards.ts). */
export const getStaticPaths = (async () =>
  (await cardSpecs(new URL(import.meta.env.SITE))).map((spec) => ({
    params: { card: spec.key },
    props: { spec },
  }))) satisfies GetStaticPaths;

let all: Promise<Map<string, Promise<Uint8Array>>> | undefined;

/** Queues every card at once, so the renderer's workers draw in parallel while Astro asks for them one by one. */
async function queueAll(site: URL): Promise<Map<string, Promise<Uint8Array>>> {
  const queued = new Map((await cardSpecs(site)).map((s) => [s.key, renderCard(s.input, `og/${s.key}.png`)]));
  // A failure is reported by the request that awaits that card; until then it must not count as unhandled.
  for (const png of queued.values()) png.catch(() => {});
  return queued;
}

export const GET: APIRoute = async ({ props, site }) => {
  const { spec } = props as { spec: CardSpec };
  all ??= queueAll(site!);
  const png = await ((await all).get(spec.key) ?? renderCard(spec.input, `og/${spec.key}.png`));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
