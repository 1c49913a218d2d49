import { searchPageUrl } from '../../lib/search/results.ts';
import { searchSite } from './pagefind-client.ts';
import { moveFocus, renderResults } from './render-results.ts';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The search page: reads `?q=` and `?section=` on load, and keeps the address in step as the reader types. */
class H20SearchPage extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const select = this.querySelector<HTMLSelectElement>('select[name="section"]')!;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as { loading: string; none: string; count: string; one: string; unavailable: string; sections: Record<string, string> };
    const lang = this.dataset.lang ?? 'en';
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    select.value = params.get('section') ?? '';

    const run = async () => {
      const query = input.value.trim();
      const section = select.value || undefined;
      history.replaceState(null, '', searchPageUrl(lang, query, section));
      if (!query) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = strings.loading;
      try {
        const found = await searchSite(query, section, 30);
        if (!found || input.value.trim() !== query) return;
        renderResults(list, found.results, strings.sections);
        status.textContent = found.total === 0 ? fill(strings.none, { query }) : fill(found.total === 1 ? strings.one : strings.count, { count: found.total, query });
      } catch {
        status.textContent = strings.unavailable;
      }
    };

    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
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
