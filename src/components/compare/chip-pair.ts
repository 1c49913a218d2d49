import { formatRatio, ratio } from '../../lib/compare/pair.ts';
import { pairParams, type PairState, parsePair, withParams } from '../../lib/compare/url-state.ts';

/**
 * Enhances the two-chip view: two selects (and preset links) choose the chips, each chip's
 * cells are copied from its row of the comparison table on the same page, ratios are
 * recomputed, and the pair is kept in the URL (`?a=ascend-910c&b=h20`) with history.replaceState.
 */
class H20ChipPair extends HTMLElement {
  #defaults!: PairState;
  #state!: PairState;
  #ids: string[] = [];
  #table: Element | null = null;

  connectedCallback(): void {
    const controls = this.querySelector<HTMLElement>('.pair-controls');
    if (!controls) return;
    this.#table = document.querySelector('h20-compare-table');
    // Without the comparison table there is nothing to copy: keep the build-time pair.
    if (!this.#table) return;
    this.#ids = [...this.#select('a').options].map((o) => o.value);
    this.#defaults = { a: this.dataset.a!, b: this.dataset.b! };
    this.#state = parsePair(location.search, this.#ids, this.#defaults);
    controls.hidden = false;
    this.querySelector<HTMLElement>('.pair-noscript')?.setAttribute('hidden', '');
    controls.addEventListener('change', () => this.#set({ a: this.#select('a').value, b: this.#select('b').value }, true));
    controls.querySelector('[data-swap]')?.addEventListener('click', () => this.#set({ a: this.#state.b, b: this.#state.a }, true));
    controls.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-a][data-b]');
      if (!link) return;
      event.preventDefault();
      this.#set({ a: link.dataset.a!, b: link.dataset.b! }, true);
    });
    this.#set(this.#state, false);
  }

  #select(name: 'a' | 'b'): HTMLSelectElement {
    return this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  }

  #set(next: PairState, announce: boolean): void {
    this.#state = parsePair(`?a=${encodeURIComponent(next.a)}&b=${encodeURIComponent(next.b)}`, this.#ids, this.#defaults);
    const { a, b } = this.#state;
    this.#select('a').value = a;
    this.#select('b').value = b;
    const rows = { a: this.#row(a), b: this.#row(b) };
    const names = { a: this.#name('a'), b: this.#name('b') };
    const lang = this.dataset.lang ?? 'en';
    for (const el of this.querySelectorAll<HTMLElement>('[data-name]')) {
      el.textContent = names[el.dataset.name as 'a' | 'b'];
    }
    const head = this.querySelector('.pair-ratio-head');
    if (head) head.textContent = (this.dataset.ratioLabel ?? '{a} ÷ {b}').replace('{a}', names.a).replace('{b}', names.b);
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-col]')) {
      const col = row.dataset.col!;
      const values: (number | null)[] = [];
      for (const side of ['a', 'b'] as const) {
        const cell = row.querySelector<HTMLElement>(`td[data-slot="${side}"]`)!;
        const source = rows[side]?.querySelector<HTMLElement>(`td[data-col="${col}"]`);
        if (source) {
          cell.replaceChildren(...[...source.childNodes].map((n) => n.cloneNode(true)));
          // In the table, a numeric column's sort key is its value.
          if (source.dataset.sort === undefined || !source.classList.contains('col-number')) delete cell.dataset.value;
          else cell.dataset.value = source.dataset.sort;
        }
        values.push(cell.dataset.value === undefined ? null : Number(cell.dataset.value));
      }
      const ratioCell = row.querySelector('.pair-ratio');
      if (ratioCell && !row.querySelector('.pair-text')) {
        const r = ratio(values[0] ?? null, values[1] ?? null);
        ratioCell.textContent = r === null ? (this.dataset.ratioNone ?? '—') : formatRatio(r, lang);
      }
    }
    const search = withParams(location.search, pairParams(this.#state, this.#defaults));
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    const status = this.querySelector('.pair-status');
    if (status && announce) status.textContent = `${names.a} / ${names.b}`;
  }

  #row(id: string): HTMLTableRowElement | null {
    return this.#table!.querySelector<HTMLTableRowElement>(`tbody tr[data-chip="${CSS.escape(id)}"]`);
  }

  #name(side: 'a' | 'b'): string {
    const select = this.#select(side);
    return select.options[select.selectedIndex]?.textContent ?? select.value;
  }
}

customElements.define('h20-chip-pair', H20ChipPair);
