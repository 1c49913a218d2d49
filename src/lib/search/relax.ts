/**
 * No dead ends: what the search does when no page has every word of a query. Typos are
 * corrected against the site's own words, words no page has are dropped, then the rarest
 * words are kept as long as some page still has them all. Pure: the caller supplies the
 * searches (`hits`), so the steps are tested without an index.
 */
import { fold } from './words.ts';

/**
 * Edit distance with adjacent transpositions ("huwaei" → "huawei" is 1), giving up above `max`
 * (returns `max + 1`), so a long vocabulary is scanned quickly.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typing mistakes a word of this length may hold and still be recognised. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The site word a mistyped word most likely means: the closest word of `vocabulary` (the site's
 * words, most frequent first), within `allowedTypos` (and, in words of five letters or fewer,
 * with the first two letters right); ties go to the more frequent word.
 * Undefined when nothing is close enough, or when the word is in the vocabulary already.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = fold(word);
  const max = allowedTypos(typed.length);
  if (max === 0 || vocabulary.includes(typed)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    // In a short word one changed letter makes another word ("crash", "cash"): its first two
    // letters must be right.
    if (typed.length <= 5 && candidate.slice(0, 2) !== typed.slice(0, 2)) continue;
    const distance = editDistance(typed, candidate, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/** How much a word tells about which page answers: rarer words weigh more (inverse document frequency). */
export function wordWeight(pagesWithWord: number, totalPages: number): number {
  return Math.log(1 + totalPages / Math.max(1, pagesWithWord));
}

/** Queries longer than this (in meaningful words) are relaxed greedily rather than exhaustively. */
const EXHAUSTIVE_UP_TO = 6;

/**
 * Keeps the rarest words that some page still has together: of all the ways to leave words
 * out, the one whose remaining words weigh most (`wordWeight`) and still match a page. Words
 * no page has are left out first. Up to six words every combination is considered, heaviest
 * first; beyond that, words are added from the rarest while some page still has them all.
 * Returns the kept words in the query's order (empty when no word matches anything).
 *
 * @param counts pages matching each word alone, in the order of `words`
 * @param totalPages pages in the index
 * @param hits how many pages match all of the given words
 */
export async function keepRarest(
  words: readonly string[],
  counts: readonly number[],
  totalPages: number,
  hits: (words: string[]) => Promise<number>,
): Promise<string[]> {
  const candidates = words
    .map((word, index) => ({ word, index, weight: wordWeight(counts[index] ?? 0, totalPages), count: counts[index] ?? 0 }))
    .filter((w) => w.count > 0);
  const inOrder = (list: typeof candidates) => [...list].sort((a, b) => a.index - b.index).map((w) => w.word);
  if (candidates.length <= 1) return inOrder(candidates);
  if (candidates.length <= EXHAUSTIVE_UP_TO) {
    const subsets: { members: typeof candidates; weight: number }[] = [];
    for (let mask = 1; mask < 1 << candidates.length; mask++) {
      const members = candidates.filter((_, i) => mask & (1 << i));
      subsets.push({ members, weight: members.reduce((sum, w) => sum + w.weight, 0) });
    }
    subsets.sort((a, b) => b.weight - a.weight || b.members.length - a.members.length);
    for (const { members } of subsets) {
      if (members.length === 1 || (await hits(inOrder(members))) > 0) return inOrder(members);
    }
  }
  const kept: typeof candidates = [];
  for (const candidate of [...candidates].sort((a, b) => b.weight - a.weight || a.index - b.index)) {
    if (kept.length === 0 || (await hits(inOrder([...kept, candidate]))) > 0) kept.push(candidate);
  }
  return inOrder(kept);
}
