import type { TimelineEvent } from '../../schemas/event.ts';
import type { StoryStep } from '../../schemas/story.ts';
import type { Located } from './integrity.ts';
import type { ContentProblem } from './problems.ts';

/** The name a story step goes by in errors: its place in the list (`step 3`). */
export const stepName = (index: number) => `step ${index + 1}`;

/**
 * Cross-checks of the story (`content/data/story.yaml`): every step names a known event, no event
 * is told twice, and the steps follow the events' dates.
 */
export function checkStory(steps: readonly Located<StoryStep>[], events: ReadonlyMap<string, TimelineEvent>, problems: ContentProblem[]): void {
  const seen = new Map<string, number>();
  let previous: TimelineEvent | undefined;
  steps.forEach(({ file, data: step }, i) => {
    const at = { file, entry: stepName(i) };
    const event = events.get(step.event);
    if (!event) {
      problems.push({ ...at, field: 'event', message: `unknown event id "${step.event}" (no content/data/events/${step.event}.yaml)` });
      return;
    }
    const first = seen.get(step.event);
    if (first !== undefined) problems.push({ ...at, field: 'event', message: `"${step.event}" is already told in ${stepName(first)}` });
    else seen.set(step.event, i);
    if (previous && event.date < previous.date)
      problems.push({ ...at, field: 'event', message: `${event.date} is before the previous step's event (${previous.date}); tell the steps in date order` });
    previous = event;
  });
}
