import { resultStatus, searchPageUrl, type SearchStrings } from '../../lib/search/results.ts';
import { type SearchPage, searchSite } from './pagefind-client.ts';

/** Results fetched at a time: each one is a separate download of its page's fragment. */
const PAGE_SIZE = 10;
import { moveFocus, renderResults } from './render-results.ts';

/** The search page: reads `?q=` and `?section=` on load, and keeps the address in step as the reader types. */
class H20SearchPage extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const select = this.querySelector<HTMLSelectElement>('select[name="section"]')!;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
    let current: SearchPage | null = null;
    let shown = 0;
    const lang = this.dataset.lang ?? 'en';
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    select.value = params.get('section') ?? '';

    const run = async () => {
      const query = input.value.trim();
      const section = select.value || undefined;
      history.replaceState(null, '', searchPageUrl(lang, query, section));
      more.hidden = true;
      if (!query) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = strings.loading;
      try {
        const found = await searchSite(query, section, PAGE_SIZE);
        if (!found || input.value.trim() !== query) return;
        current = found;
        shown = found.results.length;
        renderResults(list, found.results, strings.sections);
        more.hidden = shown >= found.total;
        status.textContent = resultStatus(strings, found.total, query);
      } catch {
        status.textContent = strings.unavailable;
      }
    };

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    more.addEventListener('click', async () => {
      if (!current) return;
      const firstNew = shown;
      const next = await current.more(PAGE_SIZE);
      shown += next.length;
      renderResults(list, next, strings.sections, true);
      more.hidden = shown >= current.total;
      // Keyboard readers continue from the first new result.
      list.children[firstNew]?.querySelector('a')?.focus();
    });
    input.addEventListener('input', run);
    select.addEventListener('change', run);
    this.addEventListener('keydown', (event) => {
      if (moveFocus(this, input, event.key)) event.preventDefault();
    });
    if (input.value) void run();
  }
}

customElements.define('h20-search-page', H20SearchPage);
