import H2 from './article/H2.astro';
import H3 from './article/H3.astro';
import H4 from './article/H4.astro';
import Callout from './citations/Callout.astro';
import Cite from './citations/Cite.astro';
import KeyFigure from './citations/KeyFigure.astro';
import KeyFigures from './citations/KeyFigures.astro';
import PullQuote from './citations/PullQuote.astro';
import Term from './glossary/Term.astro';
import SectionCards from './site/SectionCards.astro';
import Timeline from './timeline/Timeline.astro';
import ChipDate from './facts/ChipDate.astro';
import ChipFigure from './facts/ChipFigure.astro';
import ChipMetric from './facts/ChipMetric.astro';
import EventDate from './facts/EventDate.astro';

/**
 * What every MDX page may use without importing it: headings with section links, and the
 * small components of running text (see content/README.md). Heavy, single-page components
 * (FullTimeline, CompareTable, the charts, ChipCards, GlossaryList, SourcesIndex…) are
 * imported by the one page that shows them, so their CSS ships with that page only.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  Cite,
  KeyFigures,
  KeyFigure,
  PullQuote,
  Callout,
  Term,
  Timeline,
  SectionCards,
  EventDate,
  ChipDate,
  ChipFigure,
  ChipMetric,
};
