/**
 * Citation tooltips, built on demand. A mark (`Cite.astro`) links to its entry in the page's
 * source list (`SourceList.astro`), which already shows the evidence kind, publisher, date and
 * title; repeating them in a hidden tooltip next to every mark cost a chapter some 15 KB of HTML.
 * The first time the pointer or the keyboard reaches a mark, its tooltip is copied from that entry
 * into the mark; CSS (`.cite:hover`, `.cite:focus-within` in article.css) shows and hides it. The
 * mark's accessible name (its aria-label) says the same, so the tooltip stays aria-hidden.
 */
function addTip(link: HTMLAnchorElement): void {
  const cite = link.parentElement;
  if (!cite || cite.querySelector('.cite-tip')) return;
  const entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!entry) return;
  const tip = document.createElement('span');
  tip.className = 'cite-tip';
  tip.setAttribute('aria-hidden', 'true');
  const badge = entry.querySelector<HTMLElement>('.badge');
  for (const [className, from] of [
    ['cite-kind', badge],
    ['cite-pub', entry.querySelector('.source-meta')],
    ['cite-title', entry.querySelector('.source-title')],
  ] as const) {
    const text = from?.textContent?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const part = document.createElement('span');
    part.className = className;
    part.textContent = text;
    if (from === badge && badge?.dataset.kind) part.dataset.kind = badge.dataset.kind;
    tip.append(part);
  }
  cite.append(tip);
}

const reach = (event: Event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link');
  if (link) addTip(link);
};
document.addEventListener('pointerover', reach);
document.addEventListener('focusin', reach);
