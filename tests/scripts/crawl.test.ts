import { describe, expect, test } from 'vitest';

import { checkSite, pathOfFile, scanPage } from '../../scripts/lib/crawl.ts';

const head = (path: string) =>
  `<html lang="en"><head><title>T</title><meta name="description" content="D"><link rel="canonical" href="https://s.example${path}"><link rel="alternate" hreflang="en" href="x"><link rel="alternate" hreflang="fr" href="y"></head>`;

describe('checkSite', () => {
  test('accepts resolving links and anchors', () => {
    const pages = [
      scanPage('/en/', `${head('/en/')}<a href="/en/a/#s">a</a>`),
      scanPage('/en/a/', `${head('/en/a/')}<h2 id="s">S</h2><a href="/en/">home</a>`),
    ];
    expect(checkSite(pages, new Set(['/en/', '/en/a/']), 'https://s.example/')).toEqual([]);
  });
  test('reports a missing page, a missing anchor, missing metadata and an orphan', () => {
    const pages = [
      scanPage('/en/', `${head('/en/')}<a href="/en/a/#nope">a</a><a href="/en/gone/">g</a>`),
      scanPage('/en/a/', '<html><h2 id="s">S</h2>'),
      scanPage('/en/lost/', head('/en/lost/')),
    ];
    const problems = checkSite(pages, new Set(['/en/', '/en/a/', '/en/lost/']), 'https://s.example/').map((p) => `${p.page} ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/en/ missing anchor /en/a/#nope',
        '/en/ broken link /en/gone/',
        '/en/a/ no <title>',
        '/en/lost/ orphan: no link reaches it from the home pages',
      ]),
    );
  });
  test('reports markup after </html>, not trailing whitespace', () => {
    const page = (tail: string) => scanPage('/en/', `${head('/en/')}<body></body></html>${tail}`);
    expect(checkSite([page('\n')], new Set(['/en/']), 'https://s.example/')).toEqual([]);
    expect(checkSite([page('<script type="module" src="/x.js"></script>')], new Set(['/en/']), 'https://s.example/')).toEqual([
      { page: '/en/', message: 'markup after </html>' },
    ]);
  });
  test('ignores external links', () => {
    const pages = [scanPage('/en/', `${head('/en/')}<a href="https://other.example/x#y">x</a>`)];
    expect(checkSite(pages, new Set(['/en/']), 'https://s.example/')).toEqual([]);
  });
});

describe('pathOfFile', () => {
  test('maps index files to folder URLs', () => {
    expect(pathOfFile('en/saga/index.html')).toBe('/en/saga/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
});
