import { createHash } from 'node:crypto';

import { describe, expect, test } from 'vitest';

import { inlineStyles } from '../../../src/lib/security/html-security.ts';
import { fitPageCsp, fitPolicyToPage, hashSource } from '../../../src/lib/security/page-policy.ts';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const ASTRO_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";

describe('fitting a page CSP to its inline code', () => {
  test('hashSource is the CSP hash of the exact text', () => {
    expect(hashSource('a{color:red}')).toBe(sha('a{color:red}'));
    expect(hashSource(' a{color:red}')).not.toBe(sha('a{color:red}'));
  });

  test('inline styles are read exactly, attributes or not', () => {
    expect(inlineStyles('<style>a{}</style><p>x</p><style media="print">b{}</style>')).toEqual(['a{}', 'b{}']);
  });

  test("hashes become exactly the page's own; other sources keep their order", () => {
    const html =
      '<script>one()</script><script type="module">two()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><style>p{}</style>';
    const fitted = fitPolicyToPage(ASTRO_POLICY, html);
    expect(fitted).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('one()')} ${sha('two()')}; style-src 'self' ${sha('p{}')}`,
    );
    // JSON-LD is data, not code: no hash for it.
    expect(fitted).not.toContain(sha('{"a":1}'));
  });

  test('a style the policy missed is added; a hash for code the page lacks is removed', () => {
    const fitted = fitPolicyToPage("style-src 'self' 'sha256-CCC='", '<style>q{}</style>');
    expect(fitted).toBe(`style-src 'self' ${sha('q{}')}`);
  });

  test('the same inline code twice is hashed once', () => {
    expect(fitPolicyToPage("script-src 'self'", '<script>x()</script><script>x()</script>')).toBe(`script-src 'self' ${sha('x()')}`);
  });

  test('a missing directive is added only when the page has inline code for it', () => {
    expect(fitPolicyToPage("default-src 'self'", '<p>no code</p>')).toBe("default-src 'self'");
    expect(fitPolicyToPage("default-src 'self'", '<style>a{}</style>')).toBe(`default-src 'self'; style-src 'self' ${sha('a{}')}`);
  });

  test('the <meta> of a page is rewritten in place; a page without one is unchanged', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="${ASTRO_POLICY}"><style>h1{}</style></head>`;
    expect(fitPageCsp(page)).toBe(
      `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha('h1{}')}"><style>h1{}</style></head>`,
    );
    expect(fitPageCsp('<p>plain</p>')).toBe('<p>plain</p>');
  });
});
