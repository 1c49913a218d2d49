/**
 * Enhances a build-time chip chart: details for a point on hover, keyboard focus or tap (a
 * first tap shows them, a second follows the link to the chip card), Escape closes them, and
 * `#chip-<id>` in the URL highlights that chip's point.
 */
class H20ChipChart extends HTMLElement {
  #tip: HTMLElement | null = null;
  #area: HTMLElement | null = null;
  #current: SVGAElement | null = null;
  #touchShown = true;
  #onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.#current) this.#hide();
  };
  #onHash = () => this.#highlight();

  connectedCallback(): void {
    this.#tip = this.querySelector('.chart-tip');
    this.#area = this.querySelector('.chart-area');
    const area = this.#area;
    if (!area || !this.#tip) return;
    const point = (event: Event) => (event.target as Element).closest?.<SVGAElement>('a.pt') ?? null;
    area.addEventListener('pointerover', (event) => {
      const pt = point(event);
      if (pt && event.pointerType !== 'touch') this.#show(pt);
    });
    area.addEventListener('pointerout', (event) => {
      const pt = point(event);
      if (pt && pt === this.#current && !pt.contains(event.relatedTarget as Node) && document.activeElement !== pt) this.#hide();
    });
    area.addEventListener('focusin', (event) => {
      const pt = point(event);
      if (pt) this.#show(pt);
    });
    area.addEventListener('focusout', (event) => {
      if (point(event) === this.#current) this.#hide();
    });
    area.addEventListener('pointerdown', (event) => {
      // Remember, before focus moves, whether this tap's point already showed its details.
      this.#touchShown = event.pointerType !== 'touch' || point(event) === this.#current;
    });
    area.addEventListener('click', (event) => {
      const pt = point(event);
      if (!pt) return this.#hide();
      if (!this.#touchShown) {
        event.preventDefault();
        this.#show(pt);
        this.#touchShown = true;
      }
    });
    document.addEventListener('keydown', this.#onKey);
    window.addEventListener('hashchange', this.#onHash);
    this.#highlight();
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
    window.removeEventListener('hashchange', this.#onHash);
  }

  #show(pt: SVGAElement): void {
    const tip = this.#tip!;
    const area = this.#area!;
    this.#current?.removeAttribute('data-active');
    this.#current = pt;
    pt.setAttribute('data-active', '');
    const title = document.createElement('strong');
    title.textContent = pt.dataset.title ?? '';
    const lines = (pt.dataset.lines ?? '').split('\n').map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    });
    tip.replaceChildren(title, ...lines);
    tip.hidden = false;
    const mark = (pt.querySelector('.pt-mark') ?? pt).getBoundingClientRect();
    const box = area.getBoundingClientRect();
    const x = mark.left + mark.width / 2 - box.left;
    const above = mark.top - box.top;
    const left = Math.min(Math.max(x - tip.offsetWidth / 2, 0), Math.max(area.clientWidth - tip.offsetWidth, 0));
    const top = above - tip.offsetHeight - 10 >= 0 ? above - tip.offsetHeight - 10 : mark.bottom - box.top + 10;
    // Positions are set through CSS custom properties: no inline style attribute (strict CSP).
    tip.style.setProperty('--tip-x', `${Math.round(left)}px`);
    tip.style.setProperty('--tip-y', `${Math.round(top)}px`);
  }

  #hide(): void {
    this.#current?.removeAttribute('data-active');
    this.#current = null;
    if (this.#tip) this.#tip.hidden = true;
  }

  #highlight(): void {
    const id = location.hash.startsWith('#chip-') ? decodeURIComponent(location.hash.slice(6)) : null;
    for (const pt of this.querySelectorAll<SVGAElement>('a.pt')) pt.toggleAttribute('data-highlight', pt.dataset.chip === id);
  }
}

customElements.define('h20-chip-chart', H20ChipChart);
