import { createHash } from 'node:crypto';

import { describe, expect, test } from 'vitest';

import {
  fitPageCsp,
  fitPolicy,
  hashSource,
  mergePolicies,
  pageHashes,
  parseCsp,
  scriptSources,
  serialiseCsp,
  styleSources,
} from '../../scripts/lib/csp.ts';
import { parsePage } from '../../scripts/lib/html.ts';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const ASTRO_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='";
const fit = (policy: string, html: string) => serialiseCsp(fitPolicy(parseCsp(policy), parsePage(html)));

describe('parsing and writing a policy', () => {
  test('directives by lower-case name, sources as written; later duplicates ignored, as browsers do', () => {
    const policy = parseCsp("  Default-Src 'self' ;script-src  'self'\t'wasm-unsafe-eval';; script-src *; upgrade-insecure-requests");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
      ['upgrade-insecure-requests', []],
    ]);
    expect(serialiseCsp(policy)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; upgrade-insecure-requests");
    expect(serialiseCsp(parseCsp(ASTRO_POLICY))).toBe(ASTRO_POLICY);
  });

  test('script and style sources fall back to default-src', () => {
    expect(scriptSources(parseCsp(ASTRO_POLICY))).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(scriptSources(parseCsp("default-src 'none'"))).toEqual(["'none'"]);
    expect(styleSources(parseCsp("default-src 'none'"))).toEqual(["'none'"]);
    expect(styleSources(parseCsp(''))).toEqual([]);
  });

  test('merging unites directives and sources, in first-seen order', () => {
    const merged = mergePolicies([
      parseCsp("default-src 'self'; style-src 'self' 'sha256-A='"),
      parseCsp("style-src 'self' 'sha256-B='; img-src data:"),
    ]);
    expect(serialiseCsp(merged)).toBe("default-src 'self'; style-src 'self' 'sha256-A=' 'sha256-B='; img-src data:");
  });
});

describe('fitting a page CSP to its inline code', () => {
  test('hashSource is the CSP hash of the exact text', () => {
    expect(hashSource('a{color:red}')).toBe(sha('a{color:red}'));
    expect(hashSource(' a{color:red}')).not.toBe(sha('a{color:red}'));
  });

  test("hashes become exactly the page's own; other sources keep their order", () => {
    const html =
      '<script>one()</script><script type="module">two()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><style>p{}</style>';
    const fitted = fit(ASTRO_POLICY, html);
    expect(fitted).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('one()')} ${sha('two()')}; style-src 'self' ${sha('p{}')}`,
    );
    // JSON-LD is data, not code: no hash for it.
    expect(fitted).not.toContain(sha('{"a":1}'));
  });

  test('a style the policy missed is added; a hash for code the page lacks is removed', () => {
    expect(fit("style-src 'self' 'sha256-CCC='", '<style>q{}</style>')).toBe(`style-src 'self' ${sha('q{}')}`);
  });

  test('the same inline code twice is hashed once', () => {
    expect(pageHashes(parsePage('<script>x()</script><script>x()</script>'))['script-src']).toEqual([sha('x()')]);
    expect(fit("script-src 'self'", '<script>x()</script><script>x()</script>')).toBe(`script-src 'self' ${sha('x()')}`);
  });

  test('a missing directive is added only when the page has inline code for it', () => {
    expect(fit("default-src 'self'", '<p>no code</p>')).toBe("default-src 'self'");
    expect(fit("default-src 'self'", '<style>a{}</style>')).toBe(`default-src 'self'; style-src 'self' ${sha('a{}')}`);
  });

  test('the <meta> of a page is rewritten in place; a page without one is unchanged', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="${ASTRO_POLICY}"><style>h1{}</style></head>`;
    const { html, policy } = fitPageCsp(page);
    const expected = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha('h1{}')}`;
    expect(html).toBe(`<head><meta http-equiv="content-security-policy" content="${expected}"><style>h1{}</style></head>`);
    expect(serialiseCsp(policy!)).toBe(expected);
    expect(fitPageCsp('<p>plain</p>')).toEqual({ html: '<p>plain</p>', policy: undefined });
  });

  test('a policy that already fits leaves the page byte for byte as it was', () => {
    const page = `<meta content="style-src 'self' ${sha('a{}')}" http-equiv=content-security-policy><style>a{}</style>`;
    expect(fitPageCsp(page).html).toBe(page);
  });

  test('attribute quoting and entities are handled by the parser, and written back escaped', () => {
    const page = `<meta http-equiv='content-security-policy' content='style-src &apos;self&apos;'><style>a{}</style><p title="x">`;
    expect(fitPageCsp(page).html).toBe(
      `<meta http-equiv='content-security-policy' content="style-src 'self' ${sha('a{}')}"><style>a{}</style><p title="x">`,
    );
  });
});
