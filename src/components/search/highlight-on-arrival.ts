// Loaded only when a search result opened the page (`?hl=` in its address, search-box.ts):
// marks the reader's words in the indexed text, brings the first one of the target section into
// view below the sticky header, and takes the parameter out of the address at once (the canonical
// address stays clean; a reload or a copied link shows the page unmarked). The marks go on the
// next navigation: a link to another section, or leaving the page.
import { HIGHLIGHT_PARAM, highlightTerms } from '../../lib/search/highlight.ts';
import { matchRanges } from '../../lib/search/highlight-match.ts';

const url = new URL(location.href);
const terms = highlightTerms(url.searchParams.get(HIGHLIGHT_PARAM) ?? '');
url.searchParams.delete(HIGHLIGHT_PARAM);
history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);

/** What is never marked: text the index leaves out, hidden aliases, controls, existing marks. */
const SKIP = '[data-pagefind-ignore], .visually-hidden, script, style, noscript, template, svg, button, select, textarea, mark';

/** Wraps every match of the terms in the indexed parts of the page; returns the marks, in page order. */
function markTerms(): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('[data-pagefind-body]')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (const text of texts) {
      const ranges = matchRanges(text.data, terms);
      // From the end, so earlier offsets stay valid while the node is split.
      for (let i = ranges.length - 1; i >= 0; i--) {
        const [start, end] = ranges[i]!;
        const word = text.splitText(start);
        word.splitText(end - start);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        word.replaceWith(mark);
        mark.append(word);
        marks.unshift(mark);
      }
    }
  }
  return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Removes the marks, leaving the text as it was. */
function unmark(marks: HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    if (!mark.parentNode) continue;
    parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  parents.forEach((parent) => parent.normalize());
}

/** Is the element on screen, below the sticky header? */
function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  return box.width > 0 && box.top >= header && box.bottom <= innerHeight;
}

const marks = terms.length ? markTerms() : [];
if (marks.length) {
  // The first mark in the section the result pointed to (the address's #fragment), else the first.
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  const first =
    (target && marks.find((m) => target.contains(m) || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0]!;
  const bringIntoView = () => {
    // After the browser (and any page script) has scrolled to the #fragment: move only if no
    // mark is on screen, and then so the mark sits in the middle, below the sticky header.
    if (!marks.some(inView)) first.scrollIntoView({ block: 'center' });
  };
  const settle = () => requestAnimationFrame(() => requestAnimationFrame(bringIntoView));
  if (document.readyState === 'complete') settle();
  else addEventListener('load', settle, { once: true });
  const clear = () => {
    unmark(marks);
    removeEventListener('hashchange', clear);
    removeEventListener('pagehide', clear);
  };
  addEventListener('hashchange', clear);
  addEventListener('pagehide', clear);
}
