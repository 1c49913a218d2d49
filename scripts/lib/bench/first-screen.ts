/**
 * How many bytes of a page's HTML the browser needs before the first screen is complete.
 *
 * The bench serves a copy of the page with a comment `<!--@N-->` before every tag (N: the tag's
 * offset in the original file), lets Chromium lay it out without JavaScript at the mobile viewport,
 * finds the last text or box on the first screen, and reads the first marker after it: the page up
 * to N is what has to arrive before that screen can be painted in full. Comments do not render and
 * do not change selectors such as `:empty` or `+`, so the layout is the page's own.
 */

/** Elements whose text is raw: no tag (and so no marker) can occur inside them. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** The marker put before the tag that starts at `offset`. */
export const marker = (offset: number) => `<!--@${offset}-->`;

/** End of the tag that starts at `start` (index after its `>`), skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/**
 * `html` with `<!--@N-->` before every start and end tag (N: the tag's offset in `html`). Nothing is
 * put inside comments, the doctype, or raw-text elements (script, style, title, textarea…), and
 * nothing before the doctype, which would switch the page to quirks mode.
 */
export function markTagStarts(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    out += html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      out += html.slice(lt, i);
    } else if (next === '!' || next === '?') {
      i = tagEnd(html, lt);
      out += html.slice(lt, i);
    } else if (/[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''))) {
      const end = tagEnd(html, lt);
      out += marker(lt) + html.slice(lt, end);
      i = end;
      const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, end))?.[1]?.toLowerCase();
      if (name && RAW_TEXT.has(name) && !html.slice(lt, end).endsWith('/>')) {
        // The text and the end tag go out as they are: a marker before `</style>` would be CSS text.
        const close = html.toLowerCase().indexOf(`</${name}`, end);
        const stop = close < 0 ? html.length : tagEnd(html, close);
        out += html.slice(end, stop);
        i = stop;
      }
    } else {
      out += '<';
      i = lt + 1;
    }
  }
  return out + html.slice(i);
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
