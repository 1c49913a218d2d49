import Heading from './article/Heading.astro';
import Table from './article/Table.astro';
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
import RuleFigure from './facts/RuleFigure.astro';
import RuleLink from './rules/RuleLink.astro';

/**
 * What every MDX page may use without importing it: headings with section links, and the
 * small components of running text (see content/README.md). Heavy, single-page components
 * (FullTimeline, CompareTable, the charts, ChipCards, GlossaryList, SourcesIndex…) are
 * imported by the one page that shows them, so their CSS ships with that page only.
 */
export const mdxComponents = {
  h2: Heading,
  h3: Heading,
  h4: Heading,
  table: Table,
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
  RuleFigure,
  RuleLink,
};
