// The rule explorer's map drawn for a day at build time, and redrawn for another day in the browser,
// must agree. The build renders the SVG with `frameAttributes(day)`; the browser applies
// `frameAttributes(newDay)` with `applyAttributes`. Here both run on the real component: the SVG
// rendered for day A, redrawn for day B by the browser's function, must equal the SVG rendered for B.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';

import ExplorerSvg from '../../../src/components/rules/ExplorerSvg.astro';
import { tickFormat } from '../../../src/lib/compare/chart-scale.ts';
import { frameText, guideText } from '../../../src/lib/explorer/describe.ts';
import {
  applyAttributes,
  type AttributeTarget,
  explorerFrames,
  explorerMapLayout,
  frameAttributes,
  frameTargets,
  mapFrame,
} from '../../../src/lib/explorer/map-layout.ts';
import { ctx, en, words } from '../explorer/fixtures.ts';

const container = await AstroContainer.create();
const descriptions = Object.fromEntries(en.chips.map((c) => [c.id, c.name]));
const text = frameText(words.en, descriptions);
const points = new Map(en.chips.map((c) => [c.id, { href: `#rules-row-${c.id}`, title: c.name }]));

/** A start tag of the rendered SVG: its name and attributes (entities decoded), in order. */
interface Tag {
  name: string;
  attrs: [string, string][];
}
const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every tag and text run of the markup, so that two drawings can be compared element by element. */
function parse(svg: string): (Tag | string)[] {
  const out: (Tag | string)[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)((?:\s+[a-z:-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi)) {
    if (m[5] !== undefined) out.push(m[5]);
    else if (m[1]) out.push(`</${m[2]}>`);
    else
      out.push({
        name: m[2]!,
        attrs: [...m[3]!.matchAll(/([a-z:-]+)(?:="([^"]*)")?/gi)].map((a) => [a[1]!, decode(a[2] ?? '')] as [string, string]),
      });
  }
  return out;
}

/** A parsed tag as the browser's redraw sees it: `getAttribute` / `setAttribute` on its attribute list. */
function target(tag: Tag): AttributeTarget {
  return {
    getAttribute: (n) => tag.attrs.find(([k]) => k === n)?.[1] ?? null,
    setAttribute: (n, v) => {
      const a = tag.attrs.find(([k]) => k === n);
      if (a) a[1] = v;
      else tag.attrs.push([n, v]);
    },
  };
}

async function render(variant: 'wide' | 'narrow', day: string, selected = 'h20') {
  const layout = explorerMapLayout(en.chips, en.rules, explorerFrames[variant], guideText(words.en, variant === 'narrow'), ['h20']);
  const targets = frameTargets(layout);
  const frame = mapFrame(
    en.chips,
    en.rules,
    ctx,
    targets.guides.map((g) => g.rule),
    day,
    selected,
  );
  const attrs = frameAttributes(frame, targets, text);
  const svg = await container.renderToString(ExplorerSvg, {
    props: { variant, layout, attrs, label: 'map', xTitle: 'x', yTitle: 'y', format: tickFormat('en'), points },
  });
  return { svg, attrs };
}

const days = ['2022-09-15', '2023-10-24', '2025-04-15', '2026-01-20'];

describe('ExplorerSvg and the browser redraw', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    test(`${variant}: the build's SVG for a day carries exactly the attributes frameAttributes gives for it`, async () => {
      const { svg, attrs } = await render(variant, '2025-04-15');
      const keyed = parse(svg).filter((t): t is Tag => typeof t !== 'string' && t.attrs.some(([k]) => k === 'data-k'));
      expect(keyed.length).toBe(attrs.size);
      for (const tag of keyed) {
        const key = tag.attrs.find(([k]) => k === 'data-k')![1];
        for (const [name, value] of Object.entries(attrs.get(key)!)) expect(target(tag).getAttribute(name)).toBe(value);
      }
    });

    test(`${variant}: redrawing the default day's SVG for another day gives that day's build`, async () => {
      const start = await render(variant, en.defaultDate);
      for (const day of days) {
        const built = await render(variant, day, 'h200');
        const tokens = parse(start.svg);
        const keyed = new Map<string, AttributeTarget[]>();
        for (const t of tokens) {
          if (typeof t === 'string') continue;
          const key = t.attrs.find(([k]) => k === 'data-k')?.[1];
          if (key) keyed.set(key, [...(keyed.get(key) ?? []), target(t)]);
        }
        applyAttributes(keyed, built.attrs);
        expect(tokens).toEqual(parse(built.svg));
      }
    });
  }
});
