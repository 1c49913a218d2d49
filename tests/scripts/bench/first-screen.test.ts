import { describe, expect, test } from 'vitest';

import { marker, markTagStarts } from '../../../scripts/lib/bench/first-screen.ts';

/** Removing the markers gives back the page, and each marker names the offset of the tag after it. */
function expectFaithful(html: string) {
  const marked = markTagStarts(html);
  expect(marked.replace(/<!--@\d+-->/g, '')).toBe(html);
  for (const m of marked.matchAll(/<!--@(\d+)-->/g)) {
    const offset = Number(m[1]);
    const after = marked.slice(m.index + m[0].length).replace(/<!--@\d+-->/g, '');
    expect(html.slice(offset, offset + 10)).toBe(after.slice(0, 10));
  }
  return marked;
}

describe('marking tag starts', () => {
  test('a marker before every start and end tag, none before the doctype', () => {
    const html = '<!DOCTYPE html><html><body><p>Hi</p></body></html>';
    const marked = expectFaithful(html);
    expect(marked.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(marked).toBe(
      `<!DOCTYPE html>${marker(15)}<html>${marker(21)}<body>${marker(27)}<p>Hi${marker(32)}</p>${marker(36)}</body>${marker(43)}</html>`,
    );
  });

  test('nothing inside comments, scripts, styles, titles or attribute values', () => {
    const html =
      '<head><title>a <b> c</title><style>p>a{}</style><script>if (a<b) x("</p>")</script></head><!-- <p> --><a title="x > <y>" href=\'>\'>t</a>';
    const marked = expectFaithful(html);
    expect(marked).toContain('<title>a <b> c');
    expect(marked).toContain('<style>p>a{}');
    expect(marked).toContain('<script>if (a<b) x("</p>")');
    expect(marked).toContain('<!-- <p> -->');
    expect(marked).toContain(`${marker(html.indexOf('<a '))}<a title="x > <y>" href='>'>t`);
    // Not even before their end tags, which would put the marker inside their text.
    expect(marked).toContain('c</title><!--@');
    expect(marked).toContain('{}</style><!--@');
    expect(marked).toContain(')</script><!--@');
  });

  test('a lone "<" in text is text', () => {
    expect(markTagStarts('<p>1 < 2</p>')).toBe(`${marker(0)}<p>1 < 2${marker(8)}</p>`);
  });

  test('svg and custom elements are tags too', () => {
    const marked = expectFaithful('<h20-search><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></h20-search>');
    expect(marked.match(/<!--@/g)).toHaveLength(5);
  });
});
