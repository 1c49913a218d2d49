/**
 * The "Cite this" dialog, loaded on first use (copy-link.ts imports it when a `[data-cite]`
 * control is pressed). It builds the citation from the page, never from the network: the page's
 * title, address and update date from the plain citation at the end of the page (CitePlain.astro),
 * the part's title from the element the control names (`data-cite="<id>"`; empty for the whole
 * page), and today's date as the access date.
 *
 * A modal <dialog>: focus moves into it, Tab stays inside, Escape closes it and focus returns to
 * the control that opened it; "Copied" is said in a live region inside the dialog (outside, a
 * modal dialog makes it inert).
 */
import { type CiteInput, formatBibtex, formatCitation, formatCslJson, today } from '../../lib/cite/citation.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { citeStrings } from '../../lib/i18n/strings/cite.ts';
import cssHref from './cite-dialog.css?url';

type Strings = (typeof citeStrings)['en'];

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;
let styled: Promise<unknown> | undefined;

/** The dialog's stylesheet, as a file: a <style> element would need a CSP hash. */
function loadStyle(): Promise<unknown> {
  return (styled ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssHref;
    link.onload = link.onerror = done;
    document.head.append(link);
  }));
}

function create(t: Strings): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'cite-dialog';
  d.setAttribute('aria-labelledby', 'cite-dialog-title');
  d.innerHTML =
    '<div class="cite-dialog-head"><h2 id="cite-dialog-title"></h2><button type="button" class="cite-dialog-close"></button></div>' +
    '<p class="cite-dialog-what"></p><div class="cite-dialog-formats"></div><p class="cite-dialog-note"></p>' +
    '<p class="visually-hidden" role="status"></p>';
  const close = d.querySelector<HTMLButtonElement>('.cite-dialog-close')!;
  close.textContent = '×';
  close.setAttribute('aria-label', t.close);
  close.title = t.close;
  close.addEventListener('click', () => d.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  d.addEventListener('click', (event) => {
    if (event.target === d) {
      const r = d.getBoundingClientRect();
      if (event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom) d.close();
    }
  });
  d.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  });
  document.body.append(d);
  return d;
}

/** What the control cites: the page, or a part of it named by its element id. */
function citeInput(trigger: HTMLElement): CiteInput & { kind: 'page' | 'section' | 'event' } {
  const page = document.querySelector<HTMLElement>('.cite-plain')!.dataset;
  const lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  const id = trigger.dataset.cite ?? '';
  const part = id ? document.getElementById(id)?.textContent?.trim() : undefined;
  return {
    kind: !part ? 'page' : id.startsWith('event-') ? 'event' : 'section',
    lang,
    siteName: page.citeSite!,
    page: page.citePage!,
    part,
    url: part ? `${page.citeUrl}#${id}` : page.citeUrl!,
    updated: page.citeUpdated!,
    accessed: today(),
  };
}

/** Opens the dialog for a `[data-cite]` control. */
export async function openCite(trigger: HTMLElement): Promise<void> {
  const input = citeInput(trigger);
  const t = citeStrings[input.lang];
  await loadStyle();
  dialog ??= create(t);
  const d = dialog;
  const status = d.querySelector<HTMLElement>('[role="status"]')!;
  status.textContent = '';
  d.querySelector('h2')!.textContent = input.kind === 'page' ? t.citePage : input.kind === 'event' ? t.citeEvent : t.citeSection;
  d.querySelector('.cite-dialog-what')!.textContent = input.part ? `${input.part} — ${input.page}` : input.page;
  d.querySelector('.cite-dialog-note')!.textContent = t.style;
  const formats = [
    { name: t.chicago, text: formatCitation(input), cls: 'cite-text' },
    { name: t.bibtex, text: formatBibtex(input), cls: 'cite-code' },
    { name: t.csl, text: formatCslJson(input), cls: 'cite-code' },
  ];
  d.querySelector('.cite-dialog-formats')!.replaceChildren(
    ...formats.map((f, i) => {
      const block = document.createElement('div');
      block.className = 'cite-dialog-format';
      const label = document.createElement('h3');
      label.id = `cite-format-${i}`;
      label.textContent = f.name;
      const text = document.createElement('pre');
      text.className = f.cls;
      text.tabIndex = 0;
      text.setAttribute('aria-labelledby', label.id);
      text.textContent = f.text;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'cite-dialog-copy';
      copy.textContent = t.copy;
      copy.setAttribute('aria-describedby', label.id);
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(f.text);
          status.textContent = fill(t.copied, { format: f.name });
        } catch {
          getSelection()?.selectAllChildren(text);
          status.textContent = t.copyFailed;
        }
      });
      block.append(label, copy, text);
      return block;
    }),
  );
  opener = trigger;
  d.showModal();
  d.querySelector<HTMLButtonElement>('.cite-dialog-copy')!.focus();
}
