/**
 * The one HTML reader of the project's tools (crawl, postbuild, security tests, bench): built pages
 * are parsed once with parse5, a WHATWG-compliant parser, and each fact is read from the tree by
 * one function. parse5 decodes character references as browsers do (`&amp;lt;` is `&lt;`, not `<`),
 * keeps `<script>` and `<style>` text exactly as served (what CSP hashes), and records source
 * offsets, so postbuild can rewrite an attribute in place without a regular expression.
 */
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';

type Element = T.Element;
type Node = T.Node;

/** A parsed page: the text it came from, the tree (with source locations) and its elements in tree order. */
export interface Page {
  html: string;
  document: T.Document;
  elements: Element[];
}

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element under `node` in tree order, template contents included. */
function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
  if ('content' in node) yield* walk(node.content);
}

/**
 * Parses a page once; every reader below takes the result. `scripting: false` parses as a browser
 * with JavaScript off does (the content of `<noscript>` is then markup, not text).
 */
export function parsePage(html: string, { scripting = true } = {}): Page {
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: scripting });
  return { html, document, elements: [...walk(document)] };
}

/**
 * Every character string the page holds, decoded: text (inline scripts and styles included, whose
 * strings and CSS `content` can reach the screen) and attribute values (placeholders, labels).
 * What fonts must cover errs on the side of more.
 */
export function pageStrings(page: Page): string[] {
  const out: string[] = [];
  for (const element of page.elements) {
    for (const a of element.attrs) out.push(a.value);
    for (const child of element.childNodes) if (child.nodeName === '#text') out.push((child as T.TextNode).value);
  }
  return out;
}

/** Elements whose content is text, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Offsets of every start and end tag written in the source, in order (tags the parser implies
 * have none). End tags of raw-text elements (`</script>`, `</style>`, `</title>`, `</textarea>`)
 * are left out: what precedes them is their text.
 */
export function tagOffsets(page: Page): number[] {
  const offsets = new Set<number>();
  for (const element of page.elements) {
    const at = element.sourceCodeLocation;
    if (at?.startTag) offsets.add(at.startTag.startOffset);
    if (at?.endTag && !RAW_TEXT.has(element.tagName)) offsets.add(at.endTag.startOffset);
  }
  return [...offsets].sort((a, b) => a - b);
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** HTML elements (not SVG or MathML ones, whose `<title>` or `<style>` mean something else). */
function htmlElements(page: Page, tagName: string): Element[] {
  return page.elements.filter((e) => e.namespaceURI === HTML_NS && e.tagName === tagName);
}

/** The value of an attribute (decoded), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

/** Space-separated tokens of an attribute such as `rel`, lower-cased (ASCII case-insensitive, as HTML compares them). */
const tokens = (value: string | undefined) =>
  (value ?? '')
    .toLowerCase()
    .split(/[\t\n\f\r ]+/)
    .filter(Boolean);

/** Text content of an element (its descendants' text, in order). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The source text of an element's start tag, as served. */
function startTagSource(page: Page, element: Element): string {
  const at = element.sourceCodeLocation?.startTag;
  return at ? page.html.slice(at.startOffset, at.endOffset) : `<${element.tagName}>`;
}

/** Every id a `#fragment` can target: `id` of any element, `name` of `<a>` elements. */
export function ids(page: Page): Set<string> {
  const out = new Set<string>();
  for (const element of page.elements) {
    const id = attribute(element, 'id');
    if (id) out.add(id);
    if (element.tagName === 'a') {
      const name = attribute(element, 'name');
      if (name) out.add(name);
    }
  }
  return out;
}

/** `<a>` elements, HTML or SVG (a chart's marks can be links). */
const anchors = (page: Page) => page.elements.filter((e) => e.tagName === 'a');

/** The `href` of every `<a>` (HTML or SVG) that has one, as written (decoded), in document order. */
export function links(page: Page): string[] {
  return anchors(page)
    .map((a) => attribute(a, 'href'))
    .filter((href): href is string => href !== undefined);
}

/** The `content` of the first `<meta name="…">` with that name (compared ASCII case-insensitively). */
export function meta(page: Page, name: string): string | undefined {
  const meta = htmlElements(page, 'meta').find((m) => attribute(m, 'name')?.toLowerCase() === name.toLowerCase());
  return meta && (attribute(meta, 'content') ?? '');
}

/** `<meta name="description">`. */
export const description = (page: Page) => meta(page, 'description');

/** True when `<meta name="robots">` says `noindex`. */
export const noindex = (page: Page) => tokens(meta(page, 'robots')?.replace(/,/g, ' ')).includes('noindex');

/** `<link>` elements whose `rel` has the token. */
const linksWithRel = (page: Page, rel: string) => htmlElements(page, 'link').filter((l) => tokens(attribute(l, 'rel')).includes(rel));

/** The `href` of `<link rel="canonical">`. */
export function canonical(page: Page): string | undefined {
  return linksWithRel(page, 'canonical')
    .map((l) => attribute(l, 'href'))
    .find(Boolean);
}

/** A language alternate: `<link rel="alternate" hreflang="fr" href="…">`. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** Every `<link rel="alternate">` with an `hreflang`. */
export function hreflangAlternates(page: Page): Alternate[] {
  return linksWithRel(page, 'alternate').flatMap((l) => {
    const hreflang = attribute(l, 'hreflang');
    return hreflang ? [{ hreflang, href: attribute(l, 'href') ?? '' }] : [];
  });
}

/** `<html lang>`. */
export function lang(page: Page): string | undefined {
  const html = htmlElements(page, 'html')[0];
  return html && attribute(html, 'lang');
}

/** The document's title as `document.title` gives it (first HTML `<title>`, whitespace collapsed), or undefined. */
export function title(page: Page): string | undefined {
  const element = htmlElements(page, 'title')[0];
  return (
    element &&
    textOf(element)
      .replace(/[\t\n\f\r ]+/g, ' ')
      .trim()
  );
}

/** Script types a browser executes (and CSP governs); others (`application/ld+json`) are data. */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return (
    t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t)
  );
}

/** An inline `<script>` (one without `src`): its `type` and exact text. */
export interface InlineScript {
  type: string | undefined;
  body: string;
}

/** Every `<script>` (HTML or SVG) without a `src` attribute, with its text exactly as served (what CSP hashes). */
export function inlineScripts(page: Page): InlineScript[] {
  return page.elements
    .filter((e) => e.tagName === 'script')
    .filter((s) => attribute(s, 'src') === undefined)
    .map((s) => ({ type: attribute(s, 'type'), body: textOf(s) }));
}

/** The text of every `<style>` element (HTML or SVG), exactly as served (what CSP hashes). */
export function inlineStyles(page: Page): string[] {
  return page.elements.filter((e) => e.tagName === 'style').map(textOf);
}

/** Inline event handler attributes (`onclick="…"`, `onload=…`) as `<tag> attribute` strings. */
export function inlineHandlers(page: Page): string[] {
  return page.elements.flatMap((e) => e.attrs.filter((a) => /^on[a-z]+$/.test(a.name)).map((a) => `<${e.tagName}> ${a.name}`));
}

/** Start tags with a `style="…"` attribute (blocked by a strict `style-src`), as served, shortened to 120 characters. */
export function styleAttributes(page: Page): string[] {
  return page.elements
    .filter((e) => attribute(e, 'style') !== undefined)
    .map((e) => {
      const tag = startTagSource(page, e);
      return tag.length > 120 ? `${tag.slice(0, 117)}…` : tag;
    });
}

/** A link to another site: its href and `rel` tokens. */
export interface ExternalLink {
  href: string;
  rel: string[];
}

/**
 * `<a href>` elements that leave the site: absolute http(s) URLs whose origin is not `siteOrigin`
 * (protocol-relative `//host/…` counts as absolute).
 */
export function externalLinks(page: Page, siteOrigin: string): ExternalLink[] {
  const site = new URL(siteOrigin).origin;
  return anchors(page).flatMap((a) => {
    const href = attribute(a, 'href');
    if (href === undefined || !/^(https?:)?\/\//i.test(href.trim())) return [];
    let origin: string;
    try {
      origin = new URL(href, site).origin;
    } catch {
      return [];
    }
    return origin === site ? [] : [{ href, rel: tokens(attribute(a, 'rel')) }];
  });
}

/**
 * True when an element or text other than whitespace comes after `</html>` (a script a layout
 * placed outside its body). Parsers move it into the body and validators may not say so.
 */
export function markupAfterHtml(page: Page): boolean {
  const end = htmlElements(page, 'html')[0]?.sourceCodeLocation?.endTag?.endOffset;
  if (end === undefined) return false;
  const after = (node: Node) => (node.sourceCodeLocation?.startOffset ?? -1) >= end;
  const visit = (node: Node): boolean =>
    (after(node) && (isElement(node) || (node.nodeName === '#text' && /\S/.test((node as T.TextNode).value)))) ||
    ('childNodes' in node && node.childNodes.some(visit));
  return visit(page.document);
}

/** The page's `<meta http-equiv="content-security-policy">`: its policy and where it is in the source. */
export interface CspMeta {
  policy: string;
  /** Offset of the `<meta` tag. */
  start: number;
  /** Offsets of the whole `content="…"` attribute, to replace it in place. */
  content: { start: number; end: number };
}

/** The first CSP `<meta>` (the one browsers apply first), or undefined. */
export function cspMeta(page: Page): CspMeta | undefined {
  const element = htmlElements(page, 'meta').find(
    (m) => attribute(m, 'http-equiv')?.toLowerCase() === 'content-security-policy' && attribute(m, 'content') !== undefined,
  );
  const location = element?.sourceCodeLocation;
  const content = location?.attrs?.content;
  if (!element || !location || !content) return undefined;
  return {
    policy: attribute(element, 'content')!,
    start: location.startOffset,
    content: { start: content.startOffset, end: content.endOffset },
  };
}

/**
 * What comes before the CSP `<meta>` yet is governed by it (an executable script, a stylesheet
 * link, a `<style>`), as start tags: a policy in a `<meta>` applies only to what follows it.
 */
export function governedBeforeCspMeta(page: Page): string[] {
  const meta = cspMeta(page);
  if (!meta) return [];
  return page.elements
    .filter((e) => (e.sourceCodeLocation?.startOffset ?? Infinity) < meta.start)
    .filter(
      (e) =>
        (e.tagName === 'script' && isExecutableScriptType(attribute(e, 'type'))) ||
        e.tagName === 'style' ||
        (e.tagName === 'link' && tokens(attribute(e, 'rel')).includes('stylesheet')),
    )
    .map((e) => startTagSource(page, e));
}
