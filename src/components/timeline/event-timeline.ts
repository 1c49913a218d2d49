import 'd3-transition';

import { select, type Selection } from 'd3-selection';
import type { Transition } from 'd3-transition';
import { zoom as d3zoom, type ZoomBehavior, zoomIdentity, type ZoomTransform } from 'd3-zoom';

import { fill } from '../../lib/i18n/fill.ts';
import { axisMarkup } from '../../lib/timeline/axis.ts';
import { FULL_GEOMETRY, type LayoutEvent, layoutTimeline, type TimelineLayout } from '../../lib/timeline/layout.ts';
import { linearTime } from '../../lib/timeline/scale.ts';

interface Strings {
  shown: string;
  selected: string;
  range: string;
  copied: string;
}
interface MarkEls {
  a: SVGAElement;
  shape: SVGPathElement;
  band: SVGRectElement | null;
  label: SVGTextElement;
  leader: SVGLineElement;
  actors: string[];
}

const DAY = 864e5;
const r1 = (v: number) => String(Math.round(v * 10) / 10);
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const wide = matchMedia('(min-width: 43.76rem)');

/**
 * Enhances the build-time timeline: zoom and pan (wheel, pinch, drag, buttons, + and −), preset
 * ranges, track and actor filters, a detail panel, `#event-<id>` links, and keyboard access
 * (one tab stop; arrows move between events in date order, Enter opens, Escape closes).
 * Every zoom re-runs the same pure layout as the build, so labels never collide.
 */
class H20Timeline extends HTMLElement {
  private svg!: SVGSVGElement;
  private events: LayoutEvent[] = [];
  private els = new Map<string, MarkEls>();
  private filtered = new Set<string>();
  private domain: [number, number] = [0, 1];
  private width = 0;
  private t: ZoomTransform = zoomIdentity;
  private zoom!: ZoomBehavior<SVGSVGElement, unknown>;
  private layout!: TimelineLayout;
  private current = '';
  private selected: string | null = null;
  private strings!: Strings;
  private tip!: HTMLElement;
  private status!: HTMLElement;
  /** Say the new range when a zoom started by a button or key ends (not on every wheel turn). */
  private announce = false;
  /** The event story mode (story-mode.ts) is showing, if any. */
  private storyId: string | null = null;

  connectedCallback(): void {
    this.svg = this.querySelector<SVGSVGElement>('.tl-svg-full')!;
    this.tip = this.querySelector<HTMLElement>('.tl-tip')!;
    this.status = this.querySelector<HTMLElement>('.tl-status')!;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.domain = (this.dataset.domain ?? '0,1').split(',').map(Number) as [number, number];
    for (const a of this.svg.querySelectorAll<SVGAElement>('.tl-mark')) {
      const id = a.dataset.id!;
      a.querySelector('title')?.remove();
      this.els.set(id, {
        a,
        shape: a.querySelector('.tl-shape')!,
        band: a.querySelector('.tl-band'),
        label: this.svg.querySelector(`.tl-label[data-id="${id}"]`)!,
        leader: this.svg.querySelector(`.tl-leader[data-id="${id}"]`)!,
        actors: (a.dataset.a ?? '').split(' '),
      });
      this.events.push({
        id,
        start: Number(a.dataset.s) * DAY,
        end: Number(a.dataset.e) * DAY,
        track: a.dataset.track as LayoutEvent['track'],
        importance: Number(a.dataset.i) as 1 | 2 | 3,
        label: this.els.get(id)!.label.textContent ?? '',
      });
    }
    // Date order, as in the list below (date, then turning points first, then id).
    this.events.sort((a, b) => a.start - b.start || b.importance - a.importance || (a.id < b.id ? -1 : 1));
    this.current = this.events[0]?.id ?? '';
    this.setupZoom();
    this.setupControls();
    this.setupKeyboard();
    new ResizeObserver(() => this.resize()).observe(this.querySelector('.tl-frame')!);
    this.resize();
    this.openFromHash(true);
    addEventListener('hashchange', () => this.openFromHash(false));
  }

  private range(): [number, number] {
    return [FULL_GEOMETRY.marginLeft, this.width - FULL_GEOMETRY.marginRight];
  }

  /** The visible time span: the plot's edges seen through the zoom transform. */
  private view(): [number, number] {
    const [left, right] = this.range();
    const [d0, d1] = this.domain;
    const time = (px: number) => d0 + ((this.t.invertX(px) - left) * (d1 - d0)) / (right - left);
    return [time(left), time(right)];
  }

  private setupZoom(): void {
    const maxK = (this.domain[1] - this.domain[0]) / (21 * DAY);
    this.zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, Math.max(1, maxK)])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.t = event.transform;
        this.render();
      })
      .on('end', () => {
        if (this.announce) this.announceRange(this.view());
        this.announce = false;
      });
    select(this.svg).call(this.zoom);
  }

  private resize(): void {
    const frame = this.querySelector<HTMLElement>('.tl-frame')!;
    const width = Math.floor(frame.clientWidth);
    if (!width || width === this.width) return;
    const view = this.width ? this.view() : this.domain;
    this.width = width;
    this.svg.setAttribute('width', String(width));
    const g = FULL_GEOMETRY;
    const extent: [[number, number], [number, number]] = [
      [g.marginLeft, 0],
      [width - g.marginRight, Number(this.svg.getAttribute('height'))],
    ];
    this.zoom.extent(extent).translateExtent(extent);
    this.goTo(view, false);
  }

  /** The zoom transform that shows `[from, to]`. */
  private transformFor([from, to]: readonly [number, number]): ZoomTransform {
    const [left, right] = this.range();
    const x = linearTime(this.domain, [left, right]);
    const a = x(Math.max(from, this.domain[0]));
    const b = x(Math.min(to, this.domain[1]));
    const k = Math.max(1, (right - left) / Math.max(b - a, 1));
    return zoomIdentity.translate(left - k * a, 0).scale(k);
  }

  private animated(): Selection<SVGSVGElement, unknown, null, undefined> | Transition<SVGSVGElement, unknown, null, undefined> {
    const sel = select(this.svg);
    return reducedMotion.matches ? sel : sel.transition().duration(400);
  }

  private goTo(view: readonly [number, number], animate = true): void {
    const target = this.transformFor(view);
    if (animate) this.zoom.transform(this.animated(), target);
    else this.zoom.transform(select(this.svg), target);
  }

  private announceRange(view: readonly [number, number]): void {
    const f = new Intl.DateTimeFormat(this.dataset.intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    this.say(fill(this.strings.range, { from: f.format(view[0]), to: f.format(Math.max(view[0], view[1] - DAY)) }));
  }

  private zoomBy(factor: number): void {
    const m = this.layout.marks.find((mk) => mk.id === (this.selected ?? this.current));
    const inView = m && !this.filtered.has(m.id) && m.x >= this.layout.plot.left && m.x <= this.layout.plot.right;
    this.announce = true;
    this.zoom.scaleBy(this.animated() as never, factor, inView ? [m.x, 0] : [this.width / 2, 0]);
  }

  /** Positions every mark, label and leader, and redraws the axis, for the current zoom and filters. */
  private render(): void {
    const layout = layoutTimeline(this.events, {
      width: this.width,
      domain: this.domain,
      view: this.view(),
      hidden: this.filtered,
      intl: this.dataset.intl,
    });
    this.layout = layout;
    const placed = new Map(layout.labels.map((l) => [l.id, l]));
    for (const m of layout.marks) {
      const el = this.els.get(m.id)!;
      el.a.classList.toggle('tl-off', this.filtered.has(m.id));
      el.shape.setAttribute('transform', `translate(${r1(m.x)},${m.y})`);
      if (el.band) {
        el.band.setAttribute('x', r1(m.x0));
        el.band.setAttribute('width', r1(Math.max(m.x1 - m.x0, 1)));
      }
      const l = placed.get(m.id);
      el.label.classList.toggle('tl-off', !l);
      el.leader.classList.toggle('tl-off', !l);
      if (l) {
        el.label.setAttribute('x', r1(l.x));
        el.label.setAttribute('y', r1(l.y));
        el.label.setAttribute('text-anchor', l.anchor);
        for (const [k, v] of [
          ['x1', l.leader.x],
          ['x2', l.leader.x],
          ['y1', l.leader.y1],
          ['y2', l.leader.y2],
        ] as const)
          el.leader.setAttribute(k, r1(v));
      }
    }
    this.querySelector('.tl-axis')!.innerHTML = axisMarkup(layout);
    if (!this.tip.hidden) this.hideTip();
  }

  private setupControls(): void {
    this.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
      b.addEventListener('click', () => this.zoomBy(b.dataset.zoom === 'in' ? 2 : 0.5)),
    );
    this.querySelectorAll<HTMLButtonElement>('[data-range]').forEach((b) =>
      b.addEventListener('click', () => {
        const view = b.dataset.range === 'all' ? this.domain : (b.dataset.range!.split(',').map(Number) as [number, number]);
        this.announce = true;
        this.goTo(view);
      }),
    );
    const filters = () => {
      const tracks = new Set([...this.querySelectorAll<HTMLInputElement>('input[data-filter="track"]:checked')].map((i) => i.value));
      const actor = this.querySelector<HTMLSelectElement>('select[name="actor"]')!.value;
      this.filtered.clear();
      for (const e of this.events) {
        if (!tracks.has(e.track) || (actor && !this.els.get(e.id)!.actors.includes(actor))) this.filtered.add(e.id);
      }
      this.render();
      if (this.selected && this.filtered.has(this.selected)) this.close(false);
      if (this.filtered.has(this.current)) this.setCurrent(this.visible()[0]?.id ?? this.current);
      this.say(fill(this.strings.shown, { n: this.events.length - this.filtered.size, total: this.events.length }));
    };
    this.querySelector('.tl-controls')!.addEventListener('change', filters);

    this.svg.addEventListener('click', (event) => {
      const a = (event.target as Element).closest<SVGAElement>('.tl-mark');
      if (!a) return;
      event.preventDefault();
      this.select(a.dataset.id!, false);
    });
    const act = (name: string, fn: () => void) => this.querySelector(`[data-act="${name}"]`)!.addEventListener('click', fn);
    act('close', () => this.close(true));
    act('prev', () => this.step(-1, true));
    act('next', () => this.step(1, true));
    act('copy', () => void this.copyLink());
    // On the element, not the SVG: Chromium makes an <svg> with a focusin listener a tab stop of its own.
    for (const type of ['pointerover', 'focusin'] as const) {
      this.addEventListener(type, (event) => {
        const a = (event.target as Element).closest<SVGAElement>('.tl-mark');
        if (a) this.showTip(a.dataset.id!);
      });
    }
    for (const type of ['pointerout', 'focusout'] as const) this.addEventListener(type, () => this.hideTip());
  }

  private setupKeyboard(): void {
    this.addEventListener('keydown', (event) => {
      const target = event.target as Element;
      if (target.closest('select, input')) return;
      const onMark = target.closest('.tl-mark');
      let handled = true;
      if (event.key === '+' || event.key === '=') this.zoomBy(2);
      else if (event.key === '-' || event.key === '_' || event.key === '−') this.zoomBy(0.5);
      else if (event.key === 'Escape' && this.selected) this.close(true);
      else if (onMark && (event.key === 'ArrowRight' || event.key === 'ArrowDown')) this.step(1, false);
      else if (onMark && (event.key === 'ArrowLeft' || event.key === 'ArrowUp')) this.step(-1, false);
      else if (onMark && event.key === 'Home') this.focusEvent(this.visible()[0]?.id);
      else if (onMark && event.key === 'End') this.focusEvent(this.visible().at(-1)?.id);
      else if (onMark && (event.key === 'Enter' || event.key === ' ')) this.select(this.current, false);
      else handled = false;
      if (handled) event.preventDefault();
    });
  }

  private visible(): LayoutEvent[] {
    return this.events.filter((e) => !this.filtered.has(e.id));
  }

  /** Moves to the previous/next visible event in date order; from the panel it also opens it. */
  private step(delta: number, open: boolean): void {
    const list = this.visible();
    const from = open && this.selected ? this.selected : this.current;
    const i = list.findIndex((e) => e.id === from);
    const next = list[Math.min(Math.max(i + delta, 0), list.length - 1)];
    if (!next) return;
    if (open) this.select(next.id, false, false);
    else this.focusEvent(next.id);
  }

  private setCurrent(id: string): void {
    this.els.get(this.current)?.a.setAttribute('tabindex', '-1');
    this.current = id;
    this.els.get(id)?.a.removeAttribute('tabindex');
  }

  private focusEvent(id: string | undefined): void {
    if (!id) return;
    this.setCurrent(id);
    this.ensureInView(id);
    this.els.get(id)!.a.focus();
  }

  /** Pans (without changing the zoom) so that the event is well inside the chart. */
  private ensureInView(id: string): void {
    const m = this.layout.marks.find((mk) => mk.id === id);
    if (!m) return;
    const { left, right } = this.layout.plot;
    if (m.x >= left + 40 && m.x <= right - 40) return;
    const e = this.events.find((ev) => ev.id === id)!;
    const [a, b] = this.view();
    const half = (b - a) / 2;
    const mid = (e.start + e.end) / 2;
    this.goTo([mid - half, mid + half], false);
  }

  /** Shows every event again (an event about to be shown may be filtered out). */
  private unfilter(): void {
    this.querySelectorAll<HTMLInputElement>('input[data-filter="track"]').forEach((i) => (i.checked = true));
    this.querySelector<HTMLSelectElement>('select[name="actor"]')!.value = '';
    this.filtered.clear();
    this.render();
  }

  /**
   * Story mode: zooms to about ten months around an event and marks it, leaving the panel and the
   * address to story-mode.ts; `null` removes the mark. Motion follows prefers-reduced-motion.
   */
  storyFocus(id: string | null): void {
    const previous = this.storyId === this.selected ? undefined : this.els.get(this.storyId ?? '');
    previous?.a.classList.remove('is-selected');
    previous?.label.classList.remove('is-selected');
    this.storyId = id;
    const el = this.els.get(id ?? '');
    const e = this.events.find((ev) => ev.id === id);
    if (!el || !e) return;
    if (this.selected) this.close(false);
    if (this.filtered.has(e.id)) this.unfilter();
    el.a.classList.add('is-selected');
    el.label.classList.add('is-selected');
    this.setCurrent(e.id);
    const mid = (e.start + e.end) / 2;
    this.goTo([mid - 150 * DAY, mid + 150 * DAY]);
  }

  /** Selects an event: highlights it, fills the panel, updates the address, announces it. */
  select(id: string, fromHash: boolean, focusMark = true): void {
    const el = this.els.get(id);
    const entry = document.getElementById(`event-${id}`)?.closest('li');
    if (!el || !entry) return;
    // Choosing an event ends a story walk (story-mode.ts listens).
    this.dispatchEvent(new Event('tl-select'));
    if (this.filtered.has(id)) this.unfilter();
    if (this.selected) {
      this.els.get(this.selected)?.a.classList.remove('is-selected');
      this.els.get(this.selected)?.label.classList.remove('is-selected');
    }
    this.selected = id;
    el.a.classList.add('is-selected');
    el.label.classList.add('is-selected');
    el.a.setAttribute('aria-current', 'true');
    this.setCurrent(id);
    this.ensureInView(id);
    const card = this.querySelector<HTMLElement>('.tl-panel-card')!;
    const title = card.querySelector<HTMLElement>('.tl-panel-title')!;
    const body = card.querySelector<HTMLElement>('.tl-panel-body')!;
    title.textContent = entry.querySelector('h3')!.textContent;
    // The list entry is the canonical text: the panel shows a copy, facts in a side column.
    const main = document.createElement('div');
    const side = document.createElement('div');
    for (const child of entry.children) {
      if (child.tagName === 'H3') continue;
      (child.tagName === 'DL' ? side : main).append(child.cloneNode(true));
    }
    body.replaceChildren(main, side);
    body.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
    card.querySelector('[data-cite]')!.setAttribute('data-cite', `event-${id}`);
    card.hidden = false;
    this.querySelector('.tl-panel')!.scrollTop = 0;
    if (!fromHash) history.replaceState(history.state, '', `#event-${id}`);
    if (focusMark && !fromHash) el.a.focus();
    const date = entry.querySelector('time')?.textContent ?? '';
    this.say(fill(this.strings.selected, { title: title.textContent ?? '', date }));
  }

  private close(restoreFocus: boolean): void {
    if (!this.selected) return;
    const el = this.els.get(this.selected);
    el?.a.classList.remove('is-selected');
    el?.label.classList.remove('is-selected');
    el?.a.removeAttribute('aria-current');
    const hadFocus = this.querySelector('.tl-panel')!.contains(document.activeElement);
    this.selected = null;
    this.querySelector<HTMLElement>('.tl-panel-card')!.hidden = true;
    history.replaceState(history.state, '', location.pathname + location.search);
    if (restoreFocus || hadFocus) this.els.get(this.current)?.a.focus();
  }

  private openFromHash(initial: boolean): void {
    const id = decodeURIComponent(location.hash).replace(/^#event-/, '');
    if (!location.hash.startsWith('#event-') || !this.els.has(id) || !wide.matches) return;
    this.select(id, true);
    const scroll = () => this.querySelector('.tl-frame')!.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (initial && document.readyState !== 'complete') addEventListener('load', () => requestAnimationFrame(scroll), { once: true });
    else scroll();
  }

  private async copyLink(): Promise<void> {
    if (!this.selected) return;
    // The event's share page: a link to it shows the event's own card where it is shared (FullTimeline's data-share).
    const url = `${location.origin}${this.dataset.share}${this.selected}/`;
    try {
      await navigator.clipboard.writeText(url);
      this.say(this.strings.copied);
    } catch {
      history.replaceState(history.state, '', `#event-${this.selected}`);
    }
  }

  private showTip(id: string): void {
    const entry = document.getElementById(`event-${id}`)?.closest('li');
    const m = this.layout.marks.find((mk) => mk.id === id);
    if (!entry || !m) return;
    const strong = document.createElement('strong');
    strong.textContent = entry.querySelector('time')?.textContent ?? '';
    this.tip.replaceChildren(strong, entry.querySelector('h3')?.textContent ?? '');
    const frame = this.querySelector<HTMLElement>('.tl-frame')!;
    const x = Math.min(Math.max(m.x, 150), this.width - 150);
    this.tip.style.left = `${frame.offsetLeft + x}px`;
    this.tip.style.top = `${frame.offsetTop + m.y - m.r}px`;
    this.tip.hidden = false;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}

customElements.define('h20-timeline', H20Timeline);
