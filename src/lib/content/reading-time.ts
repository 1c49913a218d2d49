/** Words per minute of a careful reader of explanatory prose. */
const WORDS_PER_MINUTE = 220;

/**
 * Estimated reading time in whole minutes (at least 1) of an MDX body:
 * frontmatter, component tags, import lines and markup are not words.
 */
export function readingMinutes(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[#[a-z0-9-]+\]/g, ' ')
    .replace(/[#*_>`[\]()|-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
