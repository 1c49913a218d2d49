import { bestLink, resultStatus, type ResultView, searchPageUrl, type SearchStrings } from '../../lib/search/results.ts';
import { searchSite } from './pagefind-client.ts';
import { moveFocus, renderResults } from './render-results.ts';

/** Header search: results as you type, "/" and Ctrl/Cmd+K focus it, arrows move, Enter opens the best result. */
class H20Search extends HTMLElement {
  private results: ResultView[] = [];

  connectedCallback(): void {
    const input = this.querySelector('input')!;
    const form = this.querySelector('form')!;
    const panel = this.querySelector<HTMLElement>('.search-panel')!;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const all = this.querySelector<HTMLAnchorElement>('.search-all')!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
    const lang = this.dataset.lang ?? 'en';

    const open = (show: boolean) => {
      panel.hidden = !show;
    };

    const run = async () => {
      const query = input.value.trim();
      all.href = searchPageUrl(lang, query);
      if (!query) {
        this.results = [];
        list.replaceChildren();
        return open(false);
      }
      open(true);
      status.textContent = strings.loading;
      try {
        const found = await searchSite(query, undefined, 5);
        if (!found || input.value.trim() !== query) return;
        this.results = found.results;
        renderResults(list, found.results, strings.sections);
        status.textContent = resultStatus(strings, found.total, query);
      } catch {
        status.textContent = strings.unavailable;
      }
    };

    input.addEventListener('input', run);
    input.addEventListener('focus', () => {
      if (input.value.trim()) void run();
    });
    form.addEventListener('submit', (event) => {
      const target = bestLink(this.results);
      if (target && input.value.trim()) {
        event.preventDefault();
        location.href = target;
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        open(false);
        input.focus();
      } else if (!panel.hidden && moveFocus(this, input, event.key)) {
        event.preventDefault();
      }
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) open(false);
    });

    document.addEventListener('keydown', (event) => {
      const typing =
        event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}

customElements.define('h20-search', H20Search);
