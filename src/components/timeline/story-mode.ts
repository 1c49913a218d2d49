/**
 * Story mode: a guided walk through the saga's turning points on the full timeline, one step at a
 * time. The steps are the ordered list StoryList.astro renders (`#story-<event>` items); this
 * enhances it on wide screens, where the chart is shown:
 * - each step has its own address (`#story-<event>`, pushed to history, so Back and Forward move
 *   between steps and out of the story);
 * - the chart pans and zooms to the step's event (H20Timeline.storyFocus, without motion when the
 *   reader prefers reduced motion) and the panel under it tells the step;
 * - Previous / Next buttons, the left and right arrow keys, Escape (or "Back to exploring") to leave;
 * - each step is said once in the timeline's one live region, and focus stays where the reader
 *   put it (on the button pressed; on Next when the walk starts). Nothing plays by itself.
 */
import { fill } from '../../lib/i18n/fill.ts';

interface StoryTimeline extends HTMLElement {
  storyFocus(id: string | null): void;
}

const wide = matchMedia('(min-width: 43.76rem)');

function setup(tl: StoryTimeline): void {
  const steps = [...document.querySelectorAll<HTMLElement>('.tl-story-step')];
  const card = tl.querySelector<HTMLElement>('.tl-story-card');
  if (!steps.length || !card) return;
  const count = card.querySelector<HTMLElement>('.tl-story-count')!;
  const body = card.querySelector<HTMLElement>('.tl-story-body')!;
  const status = tl.querySelector<HTMLElement>('.tl-status')!;
  const button = (name: string) => card.querySelector<HTMLButtonElement>(`[data-story="${name}"]`)!;
  const template = (JSON.parse(tl.dataset.strings ?? '{}') as { step: string }).step;
  let current = -1;

  const indexOf = (hash: string) => steps.findIndex((li) => `#${li.id}` === decodeURIComponent(hash));

  /** Shows step `i`; `push` adds its address to history (not when arriving by the address itself). */
  const show = (i: number, push: boolean) => {
    const li = steps[i];
    if (!li || !wide.matches) return;
    const starting = current < 0;
    current = i;
    tl.storyFocus(li.dataset.event!);
    if (push) history.pushState(null, '', `#${li.id}`);
    const n = fill(template, { n: i + 1, total: steps.length });
    count.textContent = n;
    const copy = [...li.children].map((child) => child.cloneNode(true) as HTMLElement);
    body.replaceChildren(...copy);
    card.hidden = false;
    tl.querySelector('.tl-panel')!.scrollTop = 0;
    button('prev').setAttribute('aria-disabled', String(i === 0));
    button('next').setAttribute('aria-disabled', String(i === steps.length - 1));
    const title = li.querySelector('h3')?.textContent ?? '';
    const date = li.querySelector('time')?.textContent ?? '';
    status.textContent = `${n}. ${date}: ${title}. ${li.querySelector('.tl-story-text')?.textContent ?? ''}`;
    if (starting) tl.querySelector('.tl-frame')!.scrollIntoView({ block: 'start', behavior: 'instant' });
    // Started by the reader: focus goes to Next. Arriving by address or Back, focus is left alone.
    if (starting && push) button('next').focus();
  };

  /** Leaves the story; `push` records the plain timeline address, so Back returns to the step. */
  const exit = (push: boolean) => {
    if (current < 0) return;
    current = -1;
    card.hidden = true;
    tl.storyFocus(null);
    if (push) history.pushState(null, '', location.pathname + location.search);
  };

  const move = (delta: number) => {
    if (current >= 0 && steps[current + delta]) show(current + delta, true);
  };

  button('prev').addEventListener('click', () => move(-1));
  button('next').addEventListener('click', () => move(1));
  button('exit').addEventListener('click', () => {
    exit(true);
    document.querySelector<HTMLElement>('.tl-panel-hint [data-story-start]')?.focus();
  });
  document.addEventListener('click', (event) => {
    const start = (event.target as Element).closest?.('[data-story-start]');
    if (!start || !wide.matches) return;
    event.preventDefault();
    show(0, true);
  });
  document.addEventListener('keydown', (event) => {
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element;
    // Form controls and the chart's own marks keep their arrow keys.
    if (target.closest('input, select, textarea, .tl-mark, dialog')) return;
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else if (event.key === 'Escape') {
      exit(true);
      document.querySelector<HTMLElement>('.tl-panel-hint [data-story-start]')?.focus();
    } else return;
    event.preventDefault();
  });
  // Choosing an event on the chart ends the walk; the address is then the event's.
  tl.addEventListener('tl-select', () => exit(false));
  const sync = () => {
    const i = indexOf(location.hash);
    if (i >= 0) {
      if (i !== current) show(i, false);
    } else exit(false);
  };
  addEventListener('popstate', sync);
  addEventListener('hashchange', sync);
  if (indexOf(location.hash) >= 0) show(indexOf(location.hash), false);
}

customElements.whenDefined('h20-timeline').then(() => {
  const tl = document.querySelector<StoryTimeline>('h20-timeline.tl-full');
  if (tl) setup(tl);
});
