import { changeAfter, changeBefore, dayNumber, dayOfNumber, isDay } from '../../lib/explorer/days.ts';
import { dayText, frameText, statusInSentence } from '../../lib/explorer/describe.ts';
import { applyAttributes, frameAttributes, type FrameText, mapFrame, statusMarkPath } from '../../lib/explorer/map-layout.ts';
import { changesPanel, followedPanel } from '../../lib/explorer/panels.ts';
import { mapParams, parseState } from '../../lib/explorer/url-state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { announce, DAY_EVENT, type ExplorerPage, explorerPage, writeAddress } from './explorer-page.ts';

/**
 * Enhances the build-time date view: the slider, the date field and the change buttons move the
 * day; the select picks the chip to follow. Each change reruns the pure functions the build ran
 * (`mapFrame` → `frameAttributes`, `followedPanel`, `changesPanel`) and sets what they return,
 * keeps `?date=` and `?chip=` in the address, and says a one-line summary in the live region.
 */
class H20RuleMap extends HTMLElement {
  #page!: ExplorerPage;
  #text!: FrameText;
  /** Elements by `data-k` (each key is in the wide and the narrow drawing). */
  #keyed = new Map<string, Element[]>();
  #day = '';
  #chip = '';
  #start = 0;
  #slider!: HTMLInputElement;
  #field!: HTMLInputElement;
  #select!: HTMLSelectElement;
  #problem!: HTMLElement;

  connectedCallback(): void {
    const page = explorerPage();
    if (!page) return;
    this.#page = page;
    const { model, descriptions } = page.data;
    this.#text = frameText(page.words, descriptions);
    for (const el of this.querySelectorAll('[data-k]')) {
      const key = el.getAttribute('data-k')!;
      this.#keyed.set(key, [...(this.#keyed.get(key) ?? []), el]);
    }
    this.#slider = this.querySelector<HTMLInputElement>('#rx-slider')!;
    this.#field = this.querySelector<HTMLInputElement>('#rx-date')!;
    this.#select = this.querySelector<HTMLSelectElement>('#rx-chip')!;
    this.#problem = this.querySelector<HTMLElement>('#rx-problem')!;
    this.#start = dayNumber(model.range.start);
    this.#day = model.defaultDate;
    this.#chip = model.defaultChip;

    const { state, problems } = parseState(location.search, page.chips, { date: model.defaultDate, chip: model.defaultChip }, model.range);
    this.#report(problems.date ?? null, problems.chip ?? null, state.date, state.chip);
    // The build drew the default day and chip: redraw only when the address asks for another.
    if (state.date !== this.#day || state.chip !== this.#chip) this.show(state.date, state.chip, { address: false, say: false });

    this.#slider.addEventListener('input', () => this.#moveTo(dayOfNumber(this.#start + Number(this.#slider.value))));
    this.#slider.addEventListener('keydown', (event) => {
      // Page Up / Page Down move a month (browsers move a tenth of the range, about half a year here).
      if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
      event.preventDefault();
      this.#moveTo(this.#clamp(addMonths(this.#day, event.key === 'PageUp' ? 1 : -1)));
    });
    this.#field.addEventListener('change', () => {
      const value = this.#field.value;
      if (isDay(value) && value >= model.range.start && value <= model.range.end) this.#moveTo(value);
      else this.#report(value, null, this.#day, this.#chip);
    });
    this.querySelector('[data-step="prev"]')!.addEventListener('click', () => {
      const d = changeBefore(page.data.days, this.#day);
      if (d) this.#moveTo(d.day);
    });
    this.querySelector('[data-step="next"]')!.addEventListener('click', () => {
      const d = changeAfter(page.data.days, this.#day);
      if (d) this.#moveTo(d.day);
    });
    this.#select.addEventListener('change', () => this.show(this.#day, this.#select.value));
  }

  /** The day shown (for the form and for tests). */
  get day(): string {
    return this.#day;
  }

  #moveTo(day: string): void {
    this.#report(null, null, day, this.#chip);
    this.show(day, this.#chip);
  }

  #clamp(day: string): string {
    const { start, end } = this.#page.data.model.range;
    return day < start ? start : day > end ? end : day;
  }

  /** Says, next to the controls, which value from the address or the field could not be used. */
  #report(badDate: string | null, badChip: string | null, shownDay: string, shownChip: string): void {
    const { s } = this.#page.words;
    const { range } = this.#page.data.model;
    const words = this.#page.words;
    const messages: string[] = [];
    if (badDate !== null)
      messages.push(
        fill(s.dateInvalid, {
          value: badDate,
          start: dayText(range.start, words),
          end: dayText(range.end, words),
          shown: dayText(shownDay, words),
        }),
      );
    if (badChip !== null)
      messages.push(fill(s.chipInvalid, { value: badChip, shown: this.#page.chips.get(shownChip)?.shortName ?? shownChip }));
    this.#problem.textContent = messages.join(' ');
    this.#problem.hidden = messages.length === 0;
    this.#field.setAttribute('aria-invalid', String(badDate !== null));
  }

  /**
   * Draws `day` with `chip` followed: the map's attributes, the title, the controls, both panels.
   * Exposed for the bench, which times it over many days.
   */
  show(day: string, chip: string, options: { address?: boolean; say?: boolean } = {}): void {
    const page = this.#page;
    const { model, days, milestones, targets } = page.data;
    const w = page.words;
    this.#day = day;
    this.#chip = chip;
    const frame = mapFrame(
      model.chips,
      model.rules,
      page.ctx,
      targets.guides.map((g) => g.rule),
      day,
      chip,
    );
    applyAttributes(this.#keyed, frameAttributes(frame, targets, this.#text));

    const dayWords = dayText(day, w);
    setText(this.querySelector('#rx-map-title')!, fill(w.s.mapTitle, { date: dayWords }));
    this.#slider.value = String(dayNumber(day) - this.#start);
    this.#slider.setAttribute('aria-valuetext', dayWords);
    if (this.#field.value !== day) this.#field.value = day;
    if (this.#select.value !== chip) this.#select.value = chip;

    const followed = page.chips.get(chip)!;
    const onDay = frame.chips.find((c) => c.id === chip)!;
    const panel = followedPanel(followed, onDay, day, model.rules, w);
    setText(this.querySelector('#rx-followed-title')!, panel.title);
    applyAttributes(
      new Map([['mark', [this.querySelector('.rx-status path')!]]]),
      new Map([['mark', { class: `pt-mark st-${panel.status}`, d: statusMarkPath(panel.status) }]]),
    );
    setText(this.querySelector('.rx-status strong')!, panel.statusText);
    // Lists are rebuilt only when their text changes (most days change no line): no layout for nothing.
    replaceIfChanged(this.querySelector('.rx-lines')!, panel.lines.join('\n'), () => panel.lines.map((line) => el('li', line)));

    const changes = changesPanel(day, days, model.rules, model.range, w, (rule, i) => milestones[rule]?.[i] ?? null);
    setText(this.querySelector('#rx-changes-title')!, changes.title);
    const empty = this.querySelector<HTMLElement>('.rx-empty')!;
    const list = this.querySelector<HTMLElement>('.rx-change-list')!;
    setText(empty, changes.empty ?? '');
    if (empty.hidden !== !changes.empty) empty.hidden = !changes.empty;
    if (list.hidden !== !!changes.empty) list.hidden = !!changes.empty;
    replaceIfChanged(list, changes.items.map((c) => `${c.date} ${c.text}`).join('\n'), () =>
      changes.items.map((c) => {
        const time = el('time', c.dateText);
        time.setAttribute('datetime', c.date);
        return el('li', time, ' ', link(c.href, c.text));
      }),
    );
    replaceIfChanged(this.querySelector('.rx-in-force-list')!, changes.inForce.map((r) => r.name).join('\n'), () =>
      changes.inForce.length ? changes.inForce.flatMap((r, i) => [...(i ? [', '] : []), link(r.href, r.name)]) : [w.s.inForceNone],
    );

    if (options.address !== false) writeAddress(mapParams({ date: day, chip }));
    if (options.say !== false)
      announce(
        `${fill(w.s.liveDay, { date: dayWords })} ${fill(w.s.liveChip, { chip: followed.shortName, status: statusInSentence(onDay.status, w) })}.`,
      );
    document.dispatchEvent(new CustomEvent(DAY_EVENT, { detail: day }));
  }
}

/** The same day one month later (or earlier), kept inside the month: 31 March + 1 → 30 April. */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** What each list was last built from (the build's lists are read from their text the first time). */
const builtFrom = new WeakMap<Element, string>();

function replaceIfChanged(list: Element, signature: string, build: () => (Node | string)[]): void {
  if (builtFrom.get(list) === signature) return;
  builtFrom.set(list, signature);
  list.replaceChildren(...build());
}

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

customElements.define('h20-rule-map', H20RuleMap);
