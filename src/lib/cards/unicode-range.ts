/** CSS `unicode-range` lists, as Fontsource publishes them per subset, and which characters they leave out. */

/** `[first, last]` code points, inclusive. */
export type CodeRange = readonly [number, number];

/** Parses `U+0000-00FF,U+0131,U+02BB-02BC` (wildcards such as `U+4??` included). */
export function parseUnicodeRange(text: string): CodeRange[] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)] as const;
      const [a = '', b = a] = part.split('-');
      return [parseInt(a, 16), parseInt(b, 16)] as const;
    });
}

/** The distinct characters of `text` that no range covers (line breaks and tabs are never drawn). */
export function uncovered(text: string, ranges: readonly CodeRange[]): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (char === '\n' || char === '\t') continue;
    const code = char.codePointAt(0)!;
    if (!ranges.some(([a, b]) => code >= a && code <= b)) missing.add(char);
  }
  return [...missing];
}
