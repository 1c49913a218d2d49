import { describe, expect, test } from 'vitest';

import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardInput,
  cardKey,
  type CardNode,
  cardPath,
  cardText,
  cardTree,
  showsSummary,
  titleSize,
} from '../../../src/lib/cards/card.ts';
import { chipSharePath, eventSharePath } from '../../../src/lib/cards/share-paths.ts';
import { parseUnicodeRange, uncovered } from '../../../src/lib/cards/unicode-range.ts';

const input: CardInput = {
  kicker: 'Timeline · US policy',
  title: 'The H20 now needs a US export licence',
  summary: 'On 9 April Washington told Nvidia that the H20 needed a licence.',
  date: '9 April 2025',
  accent: '#1f5fa8',
  siteName: 'H20 Explained',
  host: 'h20-explained.example',
};

/** Every string in a card tree, depth first. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(texts);
}

describe('card paths', () => {
  test('a page path maps to one PNG under /og/, home pages included', () => {
    expect(cardPath('/en/saga/the-boom/')).toBe('/og/en/saga/the-boom.png');
    expect(cardPath('/fr/')).toBe('/og/fr.png');
    expect(cardKey('/en/timeline/e/2025-04-09-x/')).toBe('en/timeline/e/2025-04-09-x');
    expect(() => cardPath('/')).toThrow(/names no page/);
  });
  test('share pages sit beside the page their item lives on', () => {
    expect(eventSharePath('fr', '2025-04-09-x')).toBe('/fr/timeline/e/2025-04-09-x/');
    expect(chipSharePath('en', { id: 'h20', market: 'china-variant' })).toBe('/en/chips/c/h20/');
    expect(chipSharePath('en', { id: 'ascend-910c', market: 'china-domestic' })).toBe('/en/alternatives/c/ascend-910c/');
  });
});

describe('card layout', () => {
  test('the tree is 1200×630 and shows the kicker, title, date, site name and host', () => {
    const tree = cardTree(input);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const all = texts(tree);
    expect(all).toContain('TIMELINE · US POLICY');
    expect(all).toContain(input.title);
    expect(all).toContain(input.date);
    expect(all).toContain('H20 Explained');
    expect(all).toContain('h20-explained.example');
    expect(all).toContain(input.summary);
  });
  test('long titles get smaller type and push the summary out', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('A'.repeat(100)));
    expect(showsSummary({ title: 'A'.repeat(61), summary: 'x' })).toBe(false);
    expect(showsSummary({ title: 'Short', summary: undefined })).toBe(false);
    expect(texts(cardTree({ ...input, title: 'A'.repeat(80) }))).not.toContain(input.summary);
  });
  test('the text the renderer checks for glyphs is what the card draws', () => {
    expect(cardText(input)).toContain('TIMELINE · US POLICY');
    expect(cardText({ ...input, title: 'A'.repeat(80) })).not.toContain('Washington');
  });
});

describe('unicode ranges', () => {
  const latin = parseUnicodeRange('U+0000-00FF,U+0131,U+0152-0153,U+2000-206F,U+4??');
  test('parses single code points, spans and wildcards', () => {
    expect(latin).toContainEqual([0x131, 0x131]);
    expect(latin).toContainEqual([0x2000, 0x206f]);
    expect(latin).toContainEqual([0x400, 0x4ff]);
  });
  test('lists the characters no range covers, once each', () => {
    expect(uncovered('Œuvre « ça » – 昇腾 昇', latin)).toEqual(['昇', '腾']);
    expect(uncovered('line\nbreak', [])).toEqual(['l', 'i', 'n', 'e', 'b', 'r', 'a', 'k']);
  });
});
