import { describe, expect, test } from 'vitest';

import { joinedName, planStyles, rewriteStyles, stylesheetLinks } from '../../scripts/lib/stylesheets.ts';

describe('planStyles', () => {
  const links = new Map([
    ['a.html', ['/t.css', '/base.css', '/global.css']],
    ['b.html', ['/t.css', '/base.css', '/global.css', '/chips.css']],
    ['c.html', ['/base.css', '/global.css', '/search.css']],
    ['d.html', ['/t.css', '/base.css', '/global.css']],
  ]);
  test('chunks most pages link are joined in order; the others go inline where they were', () => {
    const plans = planStyles(links);
    expect(plans.get('a.html')).toEqual([{ kind: 'link', chunks: ['/t.css', '/base.css', '/global.css'] }]);
    expect(plans.get('b.html')).toEqual([
      { kind: 'link', chunks: ['/t.css', '/base.css', '/global.css'] },
      { kind: 'inline', chunk: '/chips.css' },
    ]);
    expect(plans.get('c.html')).toEqual([
      { kind: 'link', chunks: ['/base.css', '/global.css'] },
      { kind: 'inline', chunk: '/search.css' },
    ]);
  });
  test('an inline chunk between shared ones keeps the cascade order', () => {
    const plans = planStyles(
      new Map([
        ['a', ['/x.css', '/rare.css', '/y.css']],
        ['b', ['/x.css', '/y.css']],
      ]),
      0.75,
    );
    expect(plans.get('a')).toEqual([
      { kind: 'link', chunks: ['/x.css'] },
      { kind: 'inline', chunk: '/rare.css' },
      { kind: 'link', chunks: ['/y.css'] },
    ]);
  });
});

describe('rewriting a page', () => {
  const html =
    '<head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css"><title>x</title></head>';
  test('reads the links in order', () => {
    expect(stylesheetLinks(html)).toEqual(['/_astro/a.1.css', '/_astro/b.2.css']);
  });
  test('writes the parts where the first link was and drops the others', () => {
    const out = rewriteStyles(
      html,
      [
        { kind: 'link', chunks: ['/_astro/a.1.css'] },
        { kind: 'inline', chunk: '/_astro/b.2.css' },
      ],
      (c) => `/*${c}*/`,
      (chunks) => `/_astro/styles.${chunks.length}.css`,
    );
    expect(out).toBe(
      '<head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/styles.1.css"><style>/*/_astro/b.2.css*/</style><title>x</title></head>',
    );
  });
  test('a page without stylesheet links is left as it is', () => {
    expect(rewriteStyles('<p>x</p>', [], String, String)).toBe('<p>x</p>');
  });
  test('a joined file is named by its CSS', () => {
    expect(joinedName('a{}')).toMatch(/^\/_astro\/styles\.[\w-]{8}\.css$/);
    expect(joinedName('a{}')).not.toBe(joinedName('b{}'));
  });
});
