import { describe, expect, test } from 'vitest';

import {
  canonical,
  cspMeta,
  description,
  externalLinks,
  governedBeforeCspMeta,
  hreflangAlternates,
  ids,
  inlineHandlers,
  inlineScripts,
  inlineStyles,
  isExecutableScriptType,
  lang,
  links,
  markupAfterHtml,
  meta,
  noindex,
  parsePage,
  styleAttributes,
  tagOffsets,
  title,
} from '../../scripts/lib/html.ts';

const page = parsePage(`<!doctype html><html lang="fr"><head>
<meta charset="utf-8">
<script>document.documentElement.dataset.theme = 'dark'</script>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'">
<title>  Le   H20 &amp; la Chine </title>
<meta name="Description" content="Puces &lt;H20&gt; &amp;lt;">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://site.example/fr/">
<link rel="alternate" hreflang="en" href="https://site.example/en/"><link rel="Alternate" hreflang="fr" href="https://site.example/fr/">
<link rel="alternate" type="application/atom+xml" href="/feed.xml">
<script>try{x()}catch(e){}</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script type="module" src="/_astro/a.js"></script>
<style>p::before{content:"</p>&amp;"}</style>
</head><body>
<!-- <a onclick="x()" href="/commented/"> in a comment is not markup -->
<h2 id="why-h20">Why</h2><a name="old-anchor"></a><textarea id="t"><a href="/not-a-link/">text</a></textarea>
<button onclick="go()">Go</button><img src=x onerror=alert(1) alt="">
<p data-online="1" class="onion" title="only one" aria-label='on it'>fine</p><abbr title="x" onmouseover = "y()">a</abbr>
<div style="color:red">x</div>
<a href="https://www.reuters.com/x?a=1&amp;b=2" rel="noopener NoReferrer" target="_blank">R</a>
<a href='//other.example/y'>O</a>
<a href="https://site.example/en/">self</a><a href="/en/#why-h20">rel</a><a href="mailto:a@b.c">m</a>
<svg><title>not the page title</title><style>.mark{fill:red}</style><a href="/svg-link/"><text id="svg-text">t</text></a></svg>
</body></html>
`);

describe('the HTML reader', () => {
  test('reads head metadata, decoding character references once', () => {
    expect(lang(page)).toBe('fr');
    expect(title(page)).toBe('Le H20 & la Chine');
    // `&amp;lt;` is the text "&lt;", never "<".
    expect(description(page)).toBe('Puces <H20> &lt;');
    expect(meta(page, 'robots')).toBe('noindex, follow');
    expect(noindex(page)).toBe(true);
    expect(noindex(parsePage('<meta name="robots" content="index">'))).toBe(false);
    expect(canonical(page)).toBe('https://site.example/fr/');
    expect(hreflangAlternates(page)).toEqual([
      { hreflang: 'en', href: 'https://site.example/en/' },
      { hreflang: 'fr', href: 'https://site.example/fr/' },
    ]);
  });

  test('a page without metadata has none', () => {
    const bare = parsePage('<p>x</p>');
    expect([title(bare), description(bare), canonical(bare), lang(bare)]).toEqual([undefined, undefined, undefined, undefined]);
    expect(hreflangAlternates(bare)).toEqual([]);
    expect(cspMeta(bare)).toBeUndefined();
  });

  test('ids are element ids and <a name>; links are <a href> (HTML or SVG) outside comments and text', () => {
    expect([...ids(page)].sort()).toEqual(['old-anchor', 'svg-text', 't', 'why-h20']);
    expect(links(page)).toEqual([
      'https://www.reuters.com/x?a=1&b=2',
      '//other.example/y',
      'https://site.example/en/',
      '/en/#why-h20',
      'mailto:a@b.c',
      '/svg-link/',
    ]);
  });

  test('reads the CSP <meta> and where its content attribute is', () => {
    const csp = cspMeta(page)!;
    expect(csp.policy).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'");
    expect(page.html.slice(csp.content.start, csp.content.end)).toBe(`content="${csp.policy}"`);
    expect(page.html.slice(csp.start, csp.start + 5)).toBe('<meta');
  });

  test('lists inline scripts with their type and exact text; data blocks are not executable', () => {
    const scripts = inlineScripts(page);
    expect(scripts).toEqual([
      { type: undefined, body: "document.documentElement.dataset.theme = 'dark'" },
      { type: undefined, body: 'try{x()}catch(e){}' },
      { type: 'application/ld+json', body: '{"@context":"https://schema.org"}' },
    ]);
    expect(scripts.map((s) => isExecutableScriptType(s.type))).toEqual([true, true, false]);
    expect(isExecutableScriptType('module')).toBe(true);
    expect(isExecutableScriptType(' Text/JavaScript ')).toBe(true);
    expect(isExecutableScriptType('text/plain')).toBe(false);
  });

  test('style text is kept exactly as served, entities and all (it is what CSP hashes)', () => {
    expect(inlineStyles(page)).toEqual(['p::before{content:"</p>&amp;"}', '.mark{fill:red}']);
    expect(inlineScripts(parsePage(`<script>if (a < b && c) x('</script'+'>')</script>`))).toEqual([
      { type: undefined, body: "if (a < b && c) x('</script'+'>')" },
    ]);
  });

  test('finds inline handlers and style attributes, not data-on* or class names', () => {
    expect(inlineHandlers(page)).toEqual(['<button> onclick', '<img> onerror', '<abbr> onmouseover']);
    expect(styleAttributes(page)).toEqual(['<div style="color:red">']);
  });

  test('lists links that leave the site with their rel', () => {
    expect(externalLinks(page, 'https://site.example')).toEqual([
      { href: 'https://www.reuters.com/x?a=1&b=2', rel: ['noopener', 'noreferrer'] },
      { href: '//other.example/y', rel: [] },
    ]);
  });

  test('finds code the CSP <meta> cannot govern because it comes first', () => {
    expect(governedBeforeCspMeta(page)).toEqual(['<script>']);
    const early = parsePage(
      '<head><link rel="stylesheet" href="/a.css"><script type="application/ld+json">{}</script><style>a{}</style><meta http-equiv="content-security-policy" content="default-src \'self\'"></head>',
    );
    expect(governedBeforeCspMeta(early)).toEqual(['<link rel="stylesheet" href="/a.css">', '<style>']);
  });

  test('markup after </html> is found; whitespace and comments are not markup', () => {
    const html = '<html><head><title>T</title></head><body><p>x</p></body></html>';
    expect(markupAfterHtml(parsePage(`${html}\n`))).toBe(false);
    expect(markupAfterHtml(parsePage(`${html}\n<!-- built -->\n`))).toBe(false);
    expect(markupAfterHtml(parsePage(`${html}<script type="module" src="/x.js"></script>`))).toBe(true);
    expect(markupAfterHtml(parsePage(`${html} stray text`))).toBe(true);
    expect(markupAfterHtml(parsePage('<p>no end tag'))).toBe(false);
  });

  test('tag offsets: every tag written in the source, none inside raw text or for implied tags', () => {
    const html = '<!doctype html><title>a <b></title><p>x<br>y</p><noscript><a href="/">js off</a></noscript>';
    const at = (tags: number[]) => tags.map((o) => html.slice(o, o + 4));
    // <html>, <head> and <body> are implied: no offsets. The title's text and end tag are skipped.
    expect(at(tagOffsets(parsePage(html)))).toEqual(['<tit', '<p>x', '<br>', '</p>', '<nos', '</no']);
    // Parsed as with JavaScript off, <noscript> holds markup.
    expect(at(tagOffsets(parsePage(html, { scripting: false })))).toEqual(['<tit', '<p>x', '<br>', '</p>', '<nos', '<a h', '</a>', '</no']);
  });
});
