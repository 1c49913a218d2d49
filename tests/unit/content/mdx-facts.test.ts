import { describe, expect, test } from 'vitest';

import { referencesIn } from '../../../src/lib/content/mdx-facts.ts';

describe('referencesIn', () => {
  test('collects citations in order, including cite="a b" props', () => {
    const mdx = `Text<Cite id="a" /> more<Cite id="b" />\n<KeyFigure value="1" label="x" cite="c a" />\n<PullQuote by="X" cite="d">y</PullQuote>`;
    expect(referencesIn(mdx).cited).toEqual(['a', 'b', 'c', 'a', 'd']);
  });
  test('collects glossary terms and chip ids', () => {
    const mdx = `<Term id="hbm">HBM</Term> <ChipCards ids="h20 h100" />`;
    expect(referencesIn(mdx)).toMatchObject({ terms: ['hbm'], chips: ['h20', 'h100'] });
  });
  test('collects explicit section ids of headings', () => {
    expect(referencesIn('## One [#one]\ntext [#not-a-heading]\n### Two [#two]\n## Three').sections).toEqual(['one', 'two']);
  });
  test('ignores the frontmatter', () => {
    expect(referencesIn('---\ntitle: <Cite id="x" />\n---\nBody').cited).toEqual([]);
  });
});
