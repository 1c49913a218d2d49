import type { ResultView, SearchStrings } from '../../lib/search/results.ts';
import { searchPageUrl } from '../../lib/search/search-url.ts';
import { SHORTCUT_OFF, SHORTCUT_STORAGE_KEY, shortcutKey } from '../../lib/search/shortcut.ts';
import type { SearchOutcome } from './engine.ts';
import type * as SearchUi from './search-ui.ts';

/** Results shown at a time. */
const PAGE_SIZE = 10;

/** Waits this long after the last keystroke before searching. */
const DEBOUNCE_MS = 120;

/**
 * The search page: reads `?q=` and `?section=` on load, and keeps the address in step as the
 * reader types. Results show at once from the catalogue; each result's excerpts (a download of
 * its page's fragment) load when the result scrolls into view, so results never seen cost nothing.
 */
class H20SearchPage extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const select = this.querySelector<HTMLSelectElement>('select[name="section"]')!;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
    let current: SearchOutcome | null = null;
    let shown = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lang = this.dataset.lang ?? 'en';
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    select.value = params.get('section') ?? '';

    let ui: typeof SearchUi | undefined;
    const views = new WeakMap<Element, ResultView>();
    const visible = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        visible.unobserve(entry.target);
        const item = entry.target as HTMLElement;
        const view = views.get(item);
        const outcome = current;
        if (!view || !outcome) continue;
        outcome
          .excerpts(view)
          .then((full) => {
            if (current === outcome) ui?.fillExcerpts(item, full);
          })
          .catch(() => {});
      }
    });

    const show = async (outcome: SearchOutcome, append: boolean) => {
      const results = await outcome.page(shown, PAGE_SIZE);
      if (current !== outcome) return [];
      if (!append) visible.disconnect();
      const items = ui!.renderResults(list, results, strings.sections, { append, excerpts: true });
      items.forEach((item, i) => {
        views.set(item, results[i]!);
        visible.observe(item);
      });
      shown += results.length;
      more.hidden = shown >= outcome.total;
      return items;
    };

    const run = async () => {
      const query = input.value.trim();
      const section = select.value || undefined;
      history.replaceState(null, '', searchPageUrl(lang, query, section));
      more.hidden = true;
      if (!query) {
        current = null;
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      if (!list.children.length) status.textContent = strings.loading;
      try {
        ui ??= await import('./search-ui.ts');
        const found = await ui.runSearch(query, lang, section);
        if (input.value.trim() !== query || (select.value || undefined) !== section) return;
        current = found;
        shown = 0;
        await show(found, false);
        status.textContent = ui.resultStatus(strings, found.total, query, found.relaxed ? found.searched : undefined);
        this.dataset.query = query;
      } catch {
        status.textContent = strings.unavailable;
      }
    };

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      void run();
    });
    more.addEventListener('click', async () => {
      if (!current) return;
      const items = await show(current, true);
      // Keyboard readers continue from the first new result.
      items[0]?.querySelector('a')?.focus();
    });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    select.addEventListener('change', run);
    this.addEventListener('keydown', (event) => {
      if (ui?.moveFocus(this, input, event.key)) event.preventDefault();
    });
    if (input.value) void run();

    // The single-key shortcut setting (WCAG 2.1.4: it can be remapped or turned off).
    const shortcut = this.ownerDocument.querySelector<HTMLSelectElement>('#search-shortcut');
    if (shortcut) {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(SHORTCUT_STORAGE_KEY);
      } catch {
        shortcut.disabled = true;
      }
      shortcut.value = shortcutKey(stored) ?? SHORTCUT_OFF;
      shortcut.addEventListener('change', () => {
        try {
          localStorage.setItem(SHORTCUT_STORAGE_KEY, shortcut.value);
        } catch {
          /* storage blocked: the choice lasts until the page is left */
        }
        document.dispatchEvent(new CustomEvent('h20-shortcut-change'));
      });
    }
  }
}

customElements.define('h20-search-page', H20SearchPage);
