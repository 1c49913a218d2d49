import { describe, expect, test } from 'vitest';

import { readingMinutes } from '../../../src/lib/content/reading-time.ts';

describe('readingMinutes', () => {
  test('counts words at 220 a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(660))).toBe(3);
    expect(readingMinutes('Short.')).toBe(1);
  });
  test('ignores frontmatter, components and heading ids', () => {
    const body = `---\ntitle: ${'x '.repeat(900)}\n---\n## Title [#id]\n<KeyFigure value="1" label="${'y '.repeat(900)}" cite="a" />\n${'word '.repeat(440)}`;
    expect(readingMinutes(body)).toBe(2);
  });
});
