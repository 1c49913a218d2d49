import type { Element } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';

import { EXPLICIT_ID, SlugRegistry, splitExplicitId } from '../lib/content/slug.ts';

/**
 * Sätteri hast plugin: gives every h2–h4 a stable ASCII id before Astro's own
 * heading-ids plugin runs (Astro keeps an id that is already set).
 * `## Why the H20 exists [#why-h20]` sets the id explicitly, so rewording a
 * heading or translating it keeps its links; other headings get a folded slug.
 * Each also gets `data-level`, read by the Heading component that MDX maps h2–h4 to.
 */
export function headingIdsPlugin(): HastPluginEntry {
  return (): HastPluginDefinition => {
    const registry = new SlugRegistry();
    return {
      name: 'h20-heading-ids',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          // MDX maps h2–h4 to one Heading component; this tells it which level it renders.
          ctx.setProperty(node, 'dataLevel', Number(node.tagName.slice(1)));
          if (typeof node.properties?.id === 'string') {
            registry.reserve(node.properties.id);
            return;
          }
          const { text, id } = splitExplicitId(ctx.textContent(node));
          if (id) {
            stripMarker(node, ctx);
            ctx.setProperty(node, 'id', registry.reserve(id));
          } else {
            ctx.setProperty(node, 'id', registry.unique(text));
          }
        },
      },
    };
  };
}

/** Removes the ` [#id]` marker from the heading's last text node. */
function stripMarker(node: Element, ctx: HastVisitorContext): void {
  const last = node.children?.[node.children.length - 1];
  if (last?.type === 'text') {
    ctx.replaceNode(last, { type: 'text', value: String(last.value).replace(EXPLICIT_ID, '') });
  }
}
