import { describe, expect, test } from 'vitest';

import { citedSources, referencesIn } from '../../../src/lib/content/mdx-facts.ts';

const sourcesOf = (mdx: string) => citedSources(referencesIn(mdx).citations, () => []);

describe('referencesIn', () => {
  test('collects citations in order, including cite="a b" props', () => {
    const mdx = `Text<Cite id="a" /> more<Cite id="b" />\n<KeyFigure value="1" label="x" cite="c a" />\n<PullQuote by="X" cite="d">y</PullQuote>`;
    expect(sourcesOf(mdx)).toEqual(['a', 'b', 'c', 'a', 'd']);
  });
  test('counts a <ChipFigure> as a citation of its figure, unless cite={false}', () => {
    const mdx = `<Cite id="a" /> <ChipFigure chip="h20" field="memoryGb" /> <ChipFigure chip="h20" field="tdpW" cite={false} />`;
    expect(referencesIn(mdx).citations).toEqual([{ source: 'a' }, { chip: 'h20', field: 'memoryGb' }]);
  });
  test('counts a <RuleFigure> as a citation of its rule line or reading, unless cite={false}', () => {
    const mdx = `<RuleFigure rule="r1" field="tppMin" /> <RuleFigure rule="r2" reading="x" as="tbs" /> <RuleFigure rule="r3" field="a.pdMin" cite={false} />`;
    expect(referencesIn(mdx).citations).toEqual([{ rule: 'r1', field: 'tppMin' }, { rule: 'r2', reading: 'x' }]);
  });
  test('collects glossary terms, chip ids and event dates', () => {
    const mdx = `<Term id="hbm">HBM</Term> <ChipCards ids="h20 h100" /> on <EventDate id="2025-04-09-x" />`;
    expect(referencesIn(mdx)).toMatchObject({ terms: ['hbm'], chips: ['h20', 'h100'], events: ['2025-04-09-x'] });
  });
  test('collects explicit section ids of headings', () => {
    expect(referencesIn('## One [#one]\ntext [#not-a-heading]\n### Two [#two]\n## Three').sections).toEqual(['one', 'two']);
  });
  test('ignores the frontmatter', () => {
    expect(referencesIn('---\ntitle: <Cite id="x" />\n---\nBody').citations).toEqual([]);
  });
  test('finds hand-typed dates per sentence, with the file line and what the sentence cites', () => {
    const mdx = '---\ntitle: T\n---\nIntro.\nOn 9 April it began<Cite id="a" />. Then on 15 July<Cite id="b" /><Cite id="c" />. No date here<Cite id="d" />.';
    expect(referencesIn(mdx).datedClaims).toEqual([
      { line: 5, dates: [{ text: '9 April', day: 9, month: 4 }], citations: [{ source: 'a' }] },
      { line: 5, dates: [{ text: '15 July', day: 15, month: 7 }], citations: [{ source: 'b' }, { source: 'c' }] },
    ]);
  });
});

describe('citedSources', () => {
  test('expands chip figures into their sources, in place', () => {
    const refs = referencesIn('<Cite id="a" /><ChipFigure chip="h20" field="memoryGb" /><Cite id="b" />').citations;
    expect(citedSources(refs, (chip, field) => (chip === 'h20' && field === 'memoryGb' ? ['x', 'y'] : []))).toEqual(['a', 'x', 'y', 'b']);
  });
  test('expands rule figures into their sources, in place', () => {
    const refs = referencesIn('<Cite id="a" /><RuleFigure rule="r" field="tppMin" /><RuleFigure rule="r" reading="x" />').citations;
    const ruleSources = (rule: string, reading?: string) => (rule !== 'r' ? [] : reading ? ['x1', 'x2'] : ['r1']);
    expect(citedSources(refs, () => [], ruleSources)).toEqual(['a', 'r1', 'x1', 'x2']);
  });
});
