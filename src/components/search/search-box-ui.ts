// The header box once the reader has typed (loaded by search-box.ts on the first keystroke):
// results as you type, arrows move through them, Enter opens the best section, Escape closes.
import { bestLink, resultStatus, type ResultView, type SearchStrings } from '../../lib/search/results.ts';
import { searchPageUrl } from '../../lib/search/search-url.ts';
import { runSearch } from './engine.ts';
import { moveFocus, renderResults } from './render-results.ts';

/** Waits this long after the last keystroke before searching, so fast typing runs one search. */
const DEBOUNCE_MS = 120;

/** Results the header box shows (the search page shows more). */
const SHOWN = 5;

/** Wires the box's search and runs it for what is typed already. */
export function attach(box: HTMLElement): void {
  const input = box.querySelector('input')!;
  const form = box.querySelector('form')!;
  const panel = box.querySelector<HTMLElement>('.search-panel')!;
  const status = box.querySelector<HTMLElement>('.search-status')!;
  const list = box.querySelector<HTMLElement>('.search-results')!;
  const all = box.querySelector<HTMLAnchorElement>('.search-all')!;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as SearchStrings;
  const lang = box.dataset.lang ?? 'en';
  let results: ResultView[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (show: boolean) => {
    panel.hidden = !show;
  };

  const run = async () => {
    const query = input.value.trim();
    all.href = searchPageUrl(lang, query);
    if (!query) {
      results = [];
      list.replaceChildren();
      return open(false);
    }
    open(true);
    if (!list.children.length) status.textContent = strings.loading;
    try {
      const found = await runSearch(query, lang);
      const shown = await found.page(0, SHOWN);
      if (input.value.trim() !== query) return;
      results = shown;
      renderResults(list, shown, strings.sections);
      status.textContent = resultStatus(strings, found.total, query, found.relaxed ? found.searched : undefined);
    } catch {
      status.textContent = strings.unavailable;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  form.addEventListener('submit', (event) => {
    const target = bestLink(results);
    if (target && input.value.trim()) {
      event.preventDefault();
      location.href = target;
    }
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      open(false);
      input.focus();
    } else if (!panel.hidden && moveFocus(box, input, event.key)) {
      event.preventDefault();
    }
  });
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) open(false);
  });
  void run();
}
