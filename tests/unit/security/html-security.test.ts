import { describe, expect, test } from 'vitest';

import {
  attributesOf,
  externalLinks,
  inlineHandlers,
  inlineScripts,
  inlineStyleAttributes,
  isExecutableScriptType,
  metaCsp,
  parseCsp,
  scriptSources,
} from '../../../src/lib/security/html-security.ts';

const html = `<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'">
<script>try{x()}catch(e){}</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script type="module" src="/_astro/a.js"></script>
</head><body>
<!-- <a onclick="x()"> in a comment is not markup -->
<button onclick="go()">Go</button><img src=x onerror=alert(1)>
<p data-online="1" class="onion" title="only one" aria-label='on it'>fine</p><abbr title="x" onmouseover = "y()">a</abbr>
<div style="color:red">x</div>
<a href="https://www.reuters.com/x" rel="noopener noreferrer" target="_blank">R</a>
<a href='//other.example/y'>O</a>
<a href="https://site.example/en/">self</a><a href="/en/">rel</a><a href="mailto:a@b.c">m</a>
</body></html>`;

describe('html security scans', () => {
  test('reads the meta CSP and its script sources', () => {
    const policy = parseCsp(metaCsp(html)!);
    expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(scriptSources(parseCsp("default-src 'none'"))).toEqual(["'none'"]);
  });
  test('lists inline scripts with their type; data blocks are not executable', () => {
    const scripts = inlineScripts(html);
    expect(scripts).toEqual([
      { type: undefined, body: 'try{x()}catch(e){}' },
      { type: 'application/ld+json', body: '{"@context":"https://schema.org"}' },
    ]);
    expect(scripts.map((s) => isExecutableScriptType(s.type))).toEqual([true, false]);
    expect(isExecutableScriptType('module')).toBe(true);
  });
  test('finds inline handlers and style attributes, not data-on* or class names', () => {
    expect(inlineHandlers(html)).toEqual(['<button> onclick', '<img> onerror', '<abbr> onmouseover']);
    expect(inlineStyleAttributes(html)).toEqual(['<div style="color:red">']);
  });
  test('attributesOf reads quoted, unquoted and bare attributes', () => {
    expect(attributesOf('<input type=checkbox checked data-x="a &amp; b" title=\'it"s\'>')).toEqual([
      ['type', 'checkbox'],
      ['checked', ''],
      ['data-x', 'a & b'],
      ['title', 'it"s'],
    ]);
  });
  test('lists links that leave the site with their rel', () => {
    expect(externalLinks(html, 'https://site.example')).toEqual([
      { href: 'https://www.reuters.com/x', rel: ['noopener', 'noreferrer'] },
      { href: '//other.example/y', rel: [] },
    ]);
  });
});
