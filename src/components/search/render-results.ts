import { excerptForDisplay } from '../../lib/search/index-text.ts';
import type { ResultView } from '../../lib/search/results.ts';

/**
 * Builds the result list: each page with up to three sections that answer the query. With
 * `excerpts`, every item keeps room for the excerpts that `fillExcerpts` adds once the page's
 * fragment has loaded (the room is reserved, so nothing below moves when they arrive).
 */
export function renderResults(
  list: HTMLElement,
  results: readonly ResultView[],
  sectionLabels: Record<string, string>,
  { append = false, excerpts = false } = {},
): HTMLElement[] {
  const items = results.map((result) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    if (result.id) item.dataset.id = result.id;
    const head = document.createElement('a');
    head.href = result.url;
    head.className = 'search-result-title';
    head.textContent = result.title;
    item.append(head);
    if (result.section && sectionLabels[result.section]) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = sectionLabels[result.section]!;
      item.append(' ', badge);
    }
    if (!result.sections.length && excerpts) item.append(excerpt(result.excerpt));
    if (result.sections.length) {
      const subs = document.createElement('ul');
      subs.className = 'search-subresults';
      for (const section of result.sections) {
        const sub = document.createElement('li');
        const link = document.createElement('a');
        link.href = section.url;
        link.textContent = section.title;
        sub.append(link);
        if (excerpts) sub.append(excerpt(section.excerpt));
        subs.append(sub);
      }
      item.append(subs);
    }
    return item;
  });
  if (append) list.append(...items);
  else list.replaceChildren(...items);
  return items;
}

/** An excerpt paragraph: Pagefind's escaped text with `<mark>` around matches, or an empty placeholder. */
function excerpt(html: string | undefined): HTMLElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  if (html) p.innerHTML = excerptForDisplay(html);
  return p;
}

/** Puts a result's excerpts (loaded later) into the placeholders `renderResults` left. */
export function fillExcerpts(item: HTMLElement, result: ResultView): void {
  const slots = item.querySelectorAll<HTMLElement>('.search-excerpt');
  const texts = result.sections.length ? result.sections.map((s) => s.excerpt) : [result.excerpt];
  slots.forEach((slot, i) => {
    if (texts[i]) slot.innerHTML = excerptForDisplay(texts[i]!);
  });
}

/** Moves focus through the result links with the arrow keys; returns true when handled. */
export function moveFocus(container: HTMLElement, input: HTMLInputElement, key: string): boolean {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return false;
  const links = [...container.querySelectorAll<HTMLAnchorElement>('.search-results a')];
  if (!links.length) return false;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]!.focus();
  return true;
}
