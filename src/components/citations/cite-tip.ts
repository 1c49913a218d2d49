/**
 * Citation tooltips, built on demand. A mark (`Cite.astro`) links to its entry in the page's
 * source list (`SourceList.astro`), which already shows the evidence kind, publisher, date and
 * title; repeating them in a hidden tooltip next to every mark cost a chapter some 15 KB of HTML.
 * The first time the pointer or the keyboard reaches a mark, its tooltip is copied from that entry
 * into the mark; CSS (`.cite:hover`, `.cite:focus-within` in article.css) shows and hides it. The
 * mark's accessible name (its aria-label) says the same, so the tooltip stays aria-hidden.
 */
const reach = (event: Event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link');
  const cite = link?.parentElement;
  const entry = link && document.getElementById(link.hash.slice(1));
  if (!cite || !entry || cite.lastElementChild !== link) return;
  const tip = document.createElement('span');
  tip.className = 'cite-tip';
  tip.ariaHidden = 'true';
  // Kind, publisher and date, title: article.css styles them by position.
  for (const part of ['.badge', '.source-meta', '.source-title']) {
    const span = document.createElement('span');
    span.textContent = entry.querySelector(part)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    tip.append(span);
  }
  cite.append(tip);
};
document.addEventListener('pointerover', reach);
document.addEventListener('focusin', reach);
