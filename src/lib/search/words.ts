/**
 * Words as the search compares them. Pagefind lower-cases, folds accents and drops punctuation
 * when it indexes (pagefind/src/fossick/splitting.rs); the query side has to agree with it, or
 * a variant written "Défense" would never meet the index's "defense".
 */

/** Lower case, accents folded, typographic apostrophes straightened: "Défense’s" → "defense's". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();
}

/** Punctuation that only wraps a word (quotes, brackets, sentence marks), never part of it. */
const WRAPPING = /^[\s"“”«»‹›'‚„()[\]{}¿?¡!.,;:…]+|[\s"“”«»‹›'‚„()[\]{}¿?¡!.,;:…]+$/gu;

/**
 * Splits a query into words as typed, without the punctuation around them ("H20?" → "H20"),
 * keeping what is inside a word ("4TB/s", "$4.5bn", "l'H20").
 */
export function splitWords(query: string): string[] {
  return query
    .split(/[\s\u00a0\u202f]+/u)
    .map((word) => word.replace(WRAPPING, ''))
    .filter((word) => word.length > 0);
}

/** French elisions (l', d', qu'…) before a word, and English possessives ('s) after it. */
const ELISION = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|presqu)['’](?=\p{L}|\d)/iu;
const POSSESSIVE = /['’]s$/iu;

/** "l'exportation" → "exportation", "Nvidia's" → "Nvidia": the words a reader means. */
export function stripClitics(word: string): string {
  const bare = word.replace(ELISION, '').replace(POSSESSIVE, '');
  return bare || word;
}

/**
 * The part of a word Pagefind indexes: letters and digits only, folded ("4TB/s" → "4tbs",
 * "Md$" → "md"). Empty for a word of punctuation only ("%", "—").
 */
export function indexForm(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True for a word that is a number as readers write one: "7", "4.5", "4,5", "$4.5", "15%". */
export function isNumber(word: string): boolean {
  return /^[$€£¥]?\d+(?:[.,\u202f\u00a0]\d+)*%?$/u.test(word);
}
