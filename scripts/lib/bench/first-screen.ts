/**
 * How many bytes of a page's HTML the browser needs before the first screen is complete.
 *
 * The bench serves a copy of the page with a comment `<!--@N-->` before every tag (N: the tag's
 * offset in the original file), lets Chromium lay it out without JavaScript at the mobile viewport,
 * finds the last text or box on the first screen, and reads the first marker after it: the page up
 * to N is what has to arrive before that screen can be painted in full. Comments do not render and
 * do not change selectors such as `:empty` or `+`, so the layout is the page's own.
 */

import { parsePage, tagOffsets } from '../html.ts';

/** The marker put before the tag that starts at `offset`. */
export const marker = (offset: number) => `<!--@${offset}-->`;

/**
 * `html` with `<!--@N-->` before every start and end tag (N: the tag's offset in `html`), where the
 * HTML reader (parse5, as a browser without JavaScript parses) finds them: nothing goes inside
 * comments, the doctype, attribute values or raw-text elements (script, style, title, textarea…),
 * and nothing before the doctype, which would switch the page to quirks mode.
 */
export function markTagStarts(html: string): string {
  let out = '';
  let last = 0;
  for (const offset of tagOffsets(parsePage(html, { scripting: false }))) {
    out += html.slice(last, offset) + marker(offset);
    last = offset;
  }
  return out + html.slice(last);
}

/**
 * Runs in the page (serialised by Playwright, so it stays self-contained): the offset of the first
 * marker after the last non-empty text or box that shows on the first screen, or null if no marker
 * follows it (the whole page is needed).
 */
export function firstScreenEnd(): number | null {
  const height = window.innerHeight;
  const width = window.innerWidth;
  const onScreen = (rects: DOMRectList | DOMRect[]) =>
    Array.from(rects).some((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < height && r.right > 0 && r.left < width);
  // Hidden boxes (closed popovers, tooltips at opacity 0) do not count, nor does the text inside them.
  const shown = (el: Element | null) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const range = document.createRange();
  let last: Node | null = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node as Text).data.trim() || !shown(node.parentElement)) continue;
      range.selectNodeContents(node);
      if (onScreen(range.getClientRects())) last = node;
    } else if (onScreen((node as Element).getClientRects()) && shown(node as Element)) {
      last = node;
    }
  }
  if (!last) return null;
  const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
  for (let c = comments.nextNode(); c; c = comments.nextNode()) {
    const position = last.compareDocumentPosition(c);
    if (!(position & Node.DOCUMENT_POSITION_FOLLOWING) || position & Node.DOCUMENT_POSITION_CONTAINED_BY) continue;
    // Our markers only (`@123`), read here rather than through a helper: the function runs in the page.
    const m = /^@(\d+)$/.exec((c as Comment).data);
    if (m) return Number(m[1]);
  }
  return null;
}
