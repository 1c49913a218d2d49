/**
 * One fact, one place: checks that dates typed by hand agree with the data that holds them.
 * - A sentence that cites a source used by a timeline event, and types a day-precise date,
 *   must type that event's date or the source's own date (otherwise it contradicts the data,
 *   or should render the event's date with `<EventDate>`).
 * - An event marked `chipStep` (the day its chips were announced or shipped, or changed export
 *   status) must agree with those chips' files.
 */
import type { Chip } from '../../schemas/chip.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import type { Located, PageFacts } from './integrity.ts';
import { citedSources } from './mdx-facts.ts';
import type { ContentProblem } from './problems.ts';
import { sameDay } from './prose-dates.ts';

/** Hand-typed dates in pages that match neither the events nor the sources their sentence cites. */
export function checkProseDates(
  pages: readonly PageFacts[],
  events: readonly Located<TimelineEvent>[],
  sources: ReadonlyMap<string, Source>,
  figureSources: (chip: string, field: string) => readonly string[],
  ruleSources: (rule: string, reading?: string) => readonly string[] = () => [],
): ContentProblem[] {
  const eventsBySource = new Map<string, TimelineEvent[]>();
  for (const { data: event } of events) {
    for (const id of event.sources) eventsBySource.set(id, [...(eventsBySource.get(id) ?? []), event]);
  }
  const problems: ContentProblem[] = [];
  for (const page of pages) {
    for (const claim of page.datedClaims) {
      const cited = [...new Set(citedSources(claim.citations, figureSources, ruleSources))];
      const related = [...new Set(cited.flatMap((id) => eventsBySource.get(id) ?? []))];
      if (!related.length) continue;
      const allowed = [...related.map((e) => e.date), ...cited.flatMap((id) => [sources.get(id)?.date ?? '', ...(sources.get(id)?.reports ?? [])])];
      for (const date of claim.dates) {
        if (allowed.some((iso) => sameDay(date, iso))) continue;
        const events = related.map((e) => `${e.id} (${e.date})`).join(', ');
        const dated = cited.flatMap((id) => {
          const source = sources.get(id);
          return source && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? [`${id} (${[source.date, ...(source.reports ?? [])].join(', ')})`] : [];
        });
        problems.push({
          file: page.file,
          line: claim.line,
          entry: page.id,
          message:
            `"${date.text}" matches neither the date of the event${related.length > 1 ? 's' : ''} its sources tell, ${events},` +
            ` nor a day a cited source gives${dated.length ? `, ${dated.join(', ')}` : ''}.` +
            ` Fix the date, render the event's date with <EventDate id="…" />, or add the day to a cited source's "reports" list if the source states it`,
        });
      }
    }
  }
  return problems;
}

/** What an event is for the chips it names (the `chipStep` field). */
export function checkChipSteps(events: readonly Located<TimelineEvent>[], chips: readonly Located<Chip>[]): ContentProblem[] {
  const byId = new Map(chips.map((c) => [c.data.id, c]));
  const problems: ContentProblem[] = [];
  for (const { file, data: event } of events) {
    if (!event.chipStep) continue;
    const { step, chips: stepChips } = typeof event.chipStep === 'string' ? { step: event.chipStep, chips: event.chips } : event.chipStep;
    const eventDate = atPrecision(event.date, event.precision);
    for (const chipId of stepChips) {
      if (!event.chips.includes(chipId)) {
        problems.push({ file, entry: event.id, field: 'chipStep.chips', message: `names ${chipId}, which is not in the event's chips` });
        continue;
      }
      const located = byId.get(chipId);
      if (!located) continue;
      const chip = located.data;
      const chipDates = step === 'export-status' ? chip.exportStatus.map((s) => s.date) : [chip[step].value].filter((d) => d !== null);
      if (chipDates.some((d) => agree(d, eventDate))) continue;
      const field = step === 'export-status' ? 'exportStatus[].date' : `${step}.value`;
      problems.push({
        file,
        entry: event.id,
        field: 'chipStep',
        message: `says this is when ${chipId} was ${stepWords[step]} (${eventDate}), but ${located.file} › field "${field}" says ${chipDates.join(', ') || 'nothing'}`,
      });
    }
  }
  return problems;
}

const stepWords = { announced: 'announced', shipped: 'shipped', 'export-status': 'given a new export status' } as const;

/** The event's date cut to its precision: `YYYY-MM` for a month, `YYYY` for a quarter (a chip date may fall anywhere in it). */
function atPrecision(date: string, precision: TimelineEvent['precision']): string {
  return precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Two partial dates agree when the more precise one falls inside the less precise one. */
export function agree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

