import H2 from './article/H2.astro';
import H3 from './article/H3.astro';
import H4 from './article/H4.astro';

/**
 * Components that MDX pages may use without importing them, by file name. Each feature
 * folder owns its components; this list is the authoring contract (see content/README.md).
 */
export const MDX_COMPONENT_NAMES = [
  'Cite',
  'KeyFigures',
  'KeyFigure',
  'PullQuote',
  'Callout',
  'Term',
  'Timeline',
  'FullTimeline',
  'ChipCards',
  'CompareTable',
  'ExportMapChart',
  'BandwidthChart',
  'ChipPair',
  'GlossaryList',
  'SourcesIndex',
  'SeedCorrections',
  'SectionCards',
] as const;

const modules = import.meta.glob<{ default: unknown }>('./*/*.astro', { eager: true });
const byName = new Map(Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/|\.astro$/g, ''), mod.default]));

/** Names in the contract whose component file does not exist (reported by the tests). */
export const missingMdxComponents = MDX_COMPONENT_NAMES.filter((name) => !byName.has(name));

/** The `components` prop for `<Content />`: headings with section links, plus the contract. */
export const mdxComponents: Record<string, unknown> = {
  h2: H2,
  h3: H3,
  h4: H4,
  ...Object.fromEntries(MDX_COMPONENT_NAMES.filter((name) => byName.has(name)).map((name) => [name, byName.get(name)])),
};
