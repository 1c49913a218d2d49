import { matchesFilter } from '../../lib/compare/filter.ts';
import { nextDirection, sortBy, type SortDirection, type SortKey } from '../../lib/compare/sort.ts';
import { parseTable, tableParams, type TableState, withParams } from '../../lib/compare/url-state.ts';
import { fill } from '../../lib/i18n/fill.ts';

/**
 * Enhances the server-rendered comparison table: header buttons sort (click, Enter, Space),
 * the maker/market selects filter, and the state lives in the query string
 * (`?sort=tpp&dir=descending&maker=huawei`) so a view can be shared.
 */
class H20CompareTable extends HTMLElement {
  #state!: TableState;
  #defaults!: TableState;
  #body!: HTMLTableSectionElement;
  #rows: HTMLTableRowElement[] = [];
  #headers: HTMLTableCellElement[] = [];

  connectedCallback(): void {
    const table = this.querySelector('table');
    const form = this.querySelector<HTMLElement>('.compare-filters');
    if (!table?.tBodies[0] || !form) return;
    this.#body = table.tBodies[0];
    this.#rows = [...this.#body.rows];
    this.#headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')];
    this.#defaults = {
      sort: this.dataset.sort ?? 'announced',
      dir: (this.dataset.dir as SortDirection) ?? 'ascending',
      maker: null,
      market: null,
    };
    this.#state = parseTable(
      location.search,
      {
        columns: this.#headers.map((h) => h.dataset.col!),
        makers: this.#options(form, 'maker'),
        markets: this.#options(form, 'market'),
      },
      this.#defaults,
    );
    this.#select(form, 'maker').value = this.#state.maker ?? '';
    this.#select(form, 'market').value = this.#state.market ?? '';
    table.querySelector('thead')!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-col]');
      if (!button) return;
      const header = this.#headers.find((h) => h.dataset.col === button.dataset.col)!;
      const dir = nextDirection(
        { column: this.#state.sort, direction: this.#state.dir },
        {
          id: header.dataset.col! as never,
          kind: header.dataset.kind as 'number',
          ...(header.dataset.first ? { first: header.dataset.first as SortDirection } : {}),
        },
      );
      this.#state = { ...this.#state, sort: header.dataset.col!, dir };
      this.#render(true);
    });
    form.addEventListener('change', () => {
      this.#state = {
        ...this.#state,
        maker: this.#select(form, 'maker').value || null,
        market: this.#select(form, 'market').value || null,
      };
      this.#render(true);
    });
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      this.#select(form, 'maker').value = '';
      this.#select(form, 'market').value = '';
      this.#state = { ...this.#state, maker: null, market: null };
      this.#render(true);
    });
    this.#render(false);
    // `#chip-h20` marks that chip's row, as it marks its point in the charts.
    const highlight = () => {
      const id = location.hash.startsWith('#chip-') ? decodeURIComponent(location.hash.slice(6)) : null;
      for (const row of this.#rows) row.toggleAttribute('data-highlight', row.dataset.chip === id);
    };
    highlight();
    window.addEventListener('hashchange', highlight);
  }

  #options(form: HTMLElement, name: string): string[] {
    return [...this.#select(form, name).options].map((o) => o.value).filter(Boolean);
  }

  #select(form: HTMLElement, name: string): HTMLSelectElement {
    return form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  }

  #render(announce: boolean): void {
    const { sort, dir } = this.#state;
    const index = this.#headers.findIndex((h) => h.dataset.col === sort);
    const header = this.#headers[index];
    const numeric = header?.dataset.kind === 'number' || header?.dataset.kind === 'rank';
    const key = (row: HTMLTableRowElement): SortKey => {
      const raw = row.cells[index]?.dataset.sort;
      if (raw === undefined) return null;
      return numeric ? Number(raw) : raw;
    };
    const sorted = sortBy(this.#rows, key, dir, this.dataset.lang);
    // Moving 26 rows of ~20 cells costs a full table layout; on load they are usually in order already.
    if (sorted.some((row, i) => row !== this.#body.rows[i])) this.#body.append(...sorted);
    for (const h of this.#headers) {
      if (h === header) h.setAttribute('aria-sort', dir);
      else h.removeAttribute('aria-sort');
    }
    let shown = 0;
    for (const row of this.#rows) {
      const visible = matchesFilter({ maker: row.dataset.maker ?? '', market: row.dataset.market ?? '' }, this.#state);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const search = withParams(location.search, tableParams(this.#state, this.#defaults));
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    const status = this.querySelector('.compare-status');
    if (status && announce) {
      const label = header?.querySelector('.th-label')?.textContent ?? sort;
      const sortText = fill(dir === 'ascending' ? this.dataset.sortedAscending! : this.dataset.sortedDescending!, { column: label });
      const count = shown === 0 ? this.dataset.noMatch! : fill(this.dataset.showing!, { shown, total: this.#rows.length });
      status.textContent = `${sortText}. ${count}`;
    }
    const empty = this.querySelector<HTMLElement>('.compare-empty');
    if (empty) empty.hidden = shown !== 0;
  }
}

customElements.define('h20-compare-table', H20CompareTable);
