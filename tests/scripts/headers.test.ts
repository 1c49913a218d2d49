import { describe, expect, test } from 'vitest';

import { headersFor, pagePatterns, parseHeaders, patternMatches } from '../../scripts/lib/headers.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff

/en/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY

/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`;

describe('_headers', () => {
  const rules = parseHeaders(file);
  test('parses rules and their headers, skipping comments', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/en/*', '/embed/*']);
    expect(rules[1]!.headers).toEqual([
      ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
      ['X-Frame-Options', 'DENY'],
    ]);
    expect(() => parseHeaders('  X: y')).toThrow(/cannot read/);
  });
  test('splats match any run of characters; the rest is literal', () => {
    expect(patternMatches('/en/*', '/en/saga/')).toBe(true);
    expect(patternMatches('/en/*', '/embed/en/')).toBe(false);
    expect(patternMatches('/404.html', '/404xhtml')).toBe(false);
    expect(patternMatches('/', '/')).toBe(true);
  });
  test('every matching rule applies; a page and an embed get different framing', () => {
    const page = headersFor(rules, '/en/saga/');
    expect(page.get('x-frame-options')).toBe('DENY');
    expect(page.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const embed = headersFor(rules, '/embed/en/timeline/');
    expect(embed.has('x-frame-options')).toBe(false);
    expect(embed.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(embed.get('x-content-type-options')).toBe('nosniff');
    expect(
      headersFor([...rules, { pattern: '/*', headers: [['X-Content-Type-Options', 'again']] }], '/').get('x-content-type-options'),
    ).toBe('nosniff, again');
  });
  test('page patterns cover folders and root pages, except the named folders', () => {
    expect(
      pagePatterns(
        ['index.html', '404.html', 'en/index.html', 'en/saga/index.html', 'fr/404.html', 'embed/en/timeline/index.html'],
        ['embed'],
      ),
    ).toEqual(['/', '/404.html', '/en/*', '/fr/*', '/index.html']);
  });
});
