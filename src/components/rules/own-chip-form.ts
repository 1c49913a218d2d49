import { dayText } from '../../lib/explorer/describe.ts';
import {
  emptyFields,
  type FieldProblem,
  numberFields,
  type OwnChipFields,
  type OwnChipReading,
  presetFields,
  readOwnChip,
} from '../../lib/explorer/own-chip.ts';
import { type FormOrigin, formParams, parseState } from '../../lib/explorer/url-state.ts';
import { ownChipOnDay, type OwnChipResult, ownChipResult } from '../../lib/explorer/views.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { RulesStrings } from '../../lib/i18n/strings/rules.ts';
import { announce, DAY_EVENT, type ExplorerPage, explorerPage, writeAddress } from './explorer-page.ts';

/** Form field → the label its error message names. */
const fieldLabel: Record<FieldProblem['field'], keyof RulesStrings> = {
  tops: 'formTops',
  tpp: 'formTpp',
  area: 'formArea',
  mem: 'formMem',
  link: 'formLink',
  host: 'formHost',
  bits: 'formBits',
  compute: 'formCompute',
  chip: 'formPreset',
};

/**
 * Enhances the "test your own chip" form: every change re-reads the fields (`readOwnChip`),
 * writes the verdicts with the functions the build used for the example, keeps the figures in
 * the address, and says a one-line summary in the page's live region. A value that is not a
 * number is named next to its field; the page never breaks.
 */
class H20OwnChip extends HTMLElement {
  #page!: ExplorerPage;
  #form!: HTMLFormElement;
  #origin: FormOrigin = 'example';
  #day = '';
  /** The fields last read (the day's status line is recomputed from it). */
  #reading: OwnChipReading | null = null;

  connectedCallback(): void {
    const page = explorerPage();
    if (!page) return;
    this.#page = page;
    const { model } = page.data;
    this.#form = this.querySelector('form')!;
    this.#day = model.defaultDate;
    const { state, problems } = parseState(location.search, page.chips, { date: model.defaultDate, chip: model.defaultChip }, model.range);
    this.#day = state.date;
    if (state.origin !== 'example' || problems.from !== undefined) {
      this.#origin = state.origin;
      this.#fill(state.form);
      this.#update({ address: false, say: false, badPreset: problems.from ?? null });
    } else if (state.date !== model.defaultDate) {
      this.#update({ address: false, say: false });
    }

    this.#form.addEventListener('input', (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLSelectElement && target.name === 'from') return;
      if (this.#origin === 'example') this.#origin = 'preset';
      if (target instanceof HTMLInputElement && target.name === 'mode') this.#showMode();
      this.#update({});
    });
    this.querySelector('select[name="from"]')!.addEventListener('change', () => {
      const id = this.#value('from');
      const chip = page.chips.get(id);
      this.#origin = chip ? 'preset' : 'scratch';
      this.#fill(chip ? presetFields(chip) : { ...emptyFields });
      this.#update({});
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ focusErrors: true });
    });
    this.querySelector('.oc-reset')!.addEventListener('click', () => {
      this.#origin = 'example';
      this.#fill(presetFields(page.chips.get(model.defaultChip)!));
      this.#update({});
    });
    // Only the status line depends on the map's day: a date change rewrites it alone.
    document.addEventListener(DAY_EVENT, (event) => {
      this.#day = (event as CustomEvent<string>).detail;
      if (!this.#reading) return;
      const onDay = ownChipOnDay(this.#reading, model.rules, page.ctx, this.#day, page.words);
      const line = this.querySelector('.oc-on-day')!;
      if (onDay && line.textContent !== onDay.sentence) line.textContent = onDay.sentence;
    });
  }

  #value(name: string): string {
    const el = this.#form.elements.namedItem(name);
    if (el instanceof RadioNodeList) return el.value;
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
  }

  /** The fields as text, as the reader left them. */
  #fields(): OwnChipFields {
    const sparse = this.#form.elements.namedItem('sparse') as HTMLInputElement;
    return {
      chip: this.#value('from'),
      mode: this.#value('mode') === 'tpp' ? 'tpp' : 'throughput',
      tops: this.#value('tops'),
      bits: this.#value('bits'),
      sparse: sparse.checked,
      tpp: this.#value('tpp'),
      area: this.#value('area'),
      mem: this.#value('mem'),
      link: this.#value('link'),
      host: this.#value('host'),
      dc: this.#value('dc') === 'no' ? 'no' : 'yes',
    };
  }

  #fill(f: OwnChipFields): void {
    const set = (name: string, value: string) => {
      const el = this.#form.elements.namedItem(name);
      if (el instanceof RadioNodeList) el.value = value;
      else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = value;
    };
    set('from', f.chip);
    set('mode', f.mode);
    for (const key of numberFields) set(key, f[key]);
    // A bit length from the address that is not offered stays visible as an error, not silently replaced.
    const bits = this.#form.elements.namedItem('bits') as HTMLSelectElement;
    if (![...bits.options].some((o) => o.value === f.bits)) bits.add(new Option(f.bits, f.bits));
    set('bits', f.bits);
    (this.#form.elements.namedItem('sparse') as HTMLInputElement).checked = f.sparse;
    set('dc', f.dc);
    this.#showMode();
  }

  #showMode(): void {
    const mode = this.#value('mode');
    for (const row of this.querySelectorAll<HTMLElement>('[data-mode]')) row.hidden = row.dataset.mode !== mode;
  }

  #update(options: { address?: boolean; say?: boolean; focusErrors?: boolean; badPreset?: string | null }): void {
    const page = this.#page;
    const { model } = page.data;
    const w = page.words;
    const fields = this.#fields();
    const reading = readOwnChip(fields, page.chips, model.lang);
    this.#reading = reading;
    const problems = [...reading.problems];
    if (options.badPreset) problems.push({ field: 'chip', kind: 'preset', value: options.badPreset });
    this.#showProblems(problems, options.focusErrors ?? false);
    const result = ownChipResult(reading, model.rules, page.ctx, this.#day, w);
    this.#render(result);
    if (options.address !== false) writeAddress(formParams({ form: fields, origin: this.#origin }, page.chips));
    if (options.say !== false) {
      announce(
        result
          ? fill(w.s.liveOwn, {
              tpp: result.short.tpp,
              density: result.short.density ? fill(w.s.liveOwnDensity, { density: result.short.density }) : '',
              caught: result.caught,
              total: result.total,
              date: dayText(this.#day, w),
              status: result.status,
            })
          : w.s.liveOwnInvalid,
        900,
      );
    }
  }

  /** Each problem under its field (and in a summary at the top), with the fields marked invalid. */
  #showProblems(problems: FieldProblem[], focus: boolean): void {
    const s = this.#page.words.s;
    const summary = this.querySelector<HTMLElement>('#oc-errors')!;
    const messages = problems.map((p) => ({ field: p.field, text: problemText(p, s) }));
    for (const error of this.querySelectorAll<HTMLElement>('.oc-error')) {
      const field = error.id.slice('oc-err-'.length);
      const mine = messages.filter((m) => m.field === field);
      error.textContent = mine.map((m) => m.text).join(' ');
      error.hidden = mine.length === 0;
      const input = this.#form.elements.namedItem(field === 'chip' ? 'from' : field);
      if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) {
        if (mine.length) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
    summary.querySelector('ul')!.replaceChildren(...messages.map((m) => el('li', m.text)));
    summary.hidden = messages.length === 0;
    if (focus && messages.length) {
      const first = this.#form.elements.namedItem(messages[0]!.field === 'chip' ? 'from' : messages[0]!.field);
      if (first instanceof HTMLElement) first.focus();
    }
  }

  /** Writes the results in the structure of OwnChipResults.astro. */
  #render(result: OwnChipResult | null): void {
    const s = this.#page.words.s;
    this.querySelector<HTMLElement>('.oc-example')!.hidden = this.#origin !== 'example';
    this.querySelector<HTMLElement>('.oc-invalid')!.hidden = result !== null;
    const body = this.querySelector<HTMLElement>('.oc-body')!;
    body.hidden = result === null;
    if (!result) return;
    this.querySelector('#oc-title')!.textContent = result.title;
    this.querySelector('.oc-notes')!.replaceChildren(...result.notes.map((n) => el('li', n)));
    this.querySelector('.oc-tpp')!.textContent = result.tpp;
    this.querySelector('.oc-density')!.textContent = result.density;
    this.querySelector('.oc-on-day')!.textContent = result.onDay;
    this.querySelector('.oc-verdicts')!.replaceChildren(
      ...result.verdicts.map((v) => {
        const rule = el('a', v.ruleName);
        rule.className = 'oc-rule';
        rule.setAttribute('href', v.href);
        const outcome = el('strong', v.outcome);
        outcome.className = 'oc-outcome';
        const line = el('p', rule, s.labelSep, outcome);
        line.className = 'oc-verdict';
        if (v.clause) {
          const clause = el('span', fill(s.clauseLabel, { clause: v.clause }));
          clause.className = 'oc-clause';
          line.append(' ', clause);
        }
        const li = el('li', line);
        li.dataset.outcome = v.key;
        if (v.because) li.append(withClass(el('p', `${v.because}.`), 'oc-because'));
        if (v.readings.length) li.append(withClass(el('ul', ...v.readings.map((r) => el('li', r))), 'oc-readings'));
        if (v.notes.length) li.append(withClass(el('ul', ...v.notes.map((n) => el('li', n))), 'oc-vnotes'));
        return li;
      }),
    );
  }
}

function problemText(p: FieldProblem, s: RulesStrings): string {
  const field = s[fieldLabel[p.field]];
  switch (p.kind) {
    case 'number':
      return fill(s.errNumber, { field, value: p.value });
    case 'positive':
      return fill(s.errPositive, { field });
    case 'negative':
      return fill(s.errNegative, { field });
    case 'bits':
      return fill(s.errBits, { field, value: p.value });
    case 'compute':
      return s.errCompute;
    case 'preset':
      return fill(s.errPreset, { value: p.value });
  }
}

function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function withClass<T extends HTMLElement>(node: T, name: string): T {
  node.className = name;
  return node;
}

customElements.define('h20-own-chip', H20OwnChip);
