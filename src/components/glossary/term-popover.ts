/**
 * `<h20-term>`: enhances the glossary link rendered by Term.astro. The definition opens on
 * mouse hover (with a short delay, and stays open while the pointer is over it), on keyboard
 * focus, and on a first tap (a second tap follows the link). Escape, a tap elsewhere or
 * moving focus away closes it. Only one definition is open at a time.
 */
class H20Term extends HTMLElement {
  static current: H20Term | null = null;
  #link: HTMLAnchorElement | null = null;
  #pop: HTMLElement | null = null;
  #timer = 0;
  #pointerType = '';
  #openAtPointerDown = false;

  connectedCallback(): void {
    this.#link = this.querySelector('.term-link');
    this.#pop = this.querySelector('.term-pop');
    if (!this.#link || !this.#pop) return;
    this.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && this.#later(true, 180));
    this.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && this.#later(false, 220));
    this.#link.addEventListener('pointerdown', (e) => {
      this.#pointerType = e.pointerType;
      this.#openAtPointerDown = this.open;
    });
    this.#link.addEventListener('click', (e) => {
      const touch = this.#pointerType === 'touch' || this.#pointerType === 'pen';
      this.#pointerType = '';
      if (touch && !this.#openAtPointerDown) {
        e.preventDefault();
        this.show();
      }
    });
    this.#link.addEventListener('focus', () => this.show());
    this.addEventListener('focusout', (e) => {
      if (!(e.relatedTarget instanceof Node && this.contains(e.relatedTarget))) this.hide();
    });
  }

  disconnectedCallback(): void {
    this.hide();
  }

  get open(): boolean {
    return this.#pop ? !this.#pop.hidden : false;
  }

  show(): void {
    const pop = this.#pop;
    if (!pop) return;
    window.clearTimeout(this.#timer);
    if (H20Term.current && H20Term.current !== this) H20Term.current.hide();
    H20Term.current = this;
    if (!pop.hidden) return;
    pop.hidden = false;
    this.#place(pop);
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('pointerdown', this.#onOutside);
  }

  hide(): void {
    window.clearTimeout(this.#timer);
    if (this.#pop && !this.#pop.hidden) {
      this.#pop.hidden = true;
      this.#pop.classList.remove('is-above');
      this.#pop.style.removeProperty('--term-shift');
    }
    if (H20Term.current === this) H20Term.current = null;
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('pointerdown', this.#onOutside);
  }

  /**
   * Keeps the popover inside the viewport: shifted left by just enough when it would cross the
   * right edge (through a CSS custom property set with CSSOM, which the CSP allows), and placed
   * above the term when there is no room below.
   */
  #place(pop: HTMLElement): void {
    const margin = 8;
    // Measured from the term and the popover's layout size, not the popover's own rect, which
    // is unreliable while its entry animation runs.
    const term = this.getBoundingClientRect();
    const overflow = term.left + pop.offsetWidth - (document.documentElement.clientWidth - margin);
    if (overflow > 0) pop.style.setProperty('--term-shift', `${-Math.min(overflow, term.left - margin)}px`);
    if (term.bottom + pop.offsetHeight > window.innerHeight - margin && term.top > pop.offsetHeight + margin) pop.classList.add('is-above');
  }

  #later(open: boolean, delay: number): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (open ? this.show() : this.hide()), delay);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.hide();
    }
  };

  #onOutside = (e: PointerEvent): void => {
    if (!(e.target instanceof Node && this.contains(e.target))) this.hide();
  };
}

if (!customElements.get('h20-term')) customElements.define('h20-term', H20Term);
