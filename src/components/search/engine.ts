// The site's search, loaded on the reader's first query (never before): Pagefind's engine, the
// language's variants and results catalogue, and the steps that make a query forgiving
// (src/lib/search/). Both search UIs (header box, search page) call `runSearch`.
import { type Catalogue, passageScore, rankSections } from '../../lib/search/catalogue.ts';
import { withHighlight } from '../../lib/search/highlight.ts';
import { correctWord, keepRarest, wordWeight } from '../../lib/search/relax.ts';
import { type PagefindFragment, type ResultView, stripHighlight, toResultView } from '../../lib/search/results.ts';
import { type CompiledVariants, rewriteQuery } from '../../lib/search/variants.ts';
import { sliceKey } from '../../lib/search/vocabulary.ts';
import { fold, indexForm } from '../../lib/search/words.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** What the search needs besides Pagefind, per language. */
interface LanguageData {
  variants: CompiledVariants;
  catalogue: Catalogue;
}

let pagefind: Promise<PagefindApi> | undefined;
const languageData = new Map<string, Promise<LanguageData>>();
const vocabularies = new Map<string, Promise<string[]>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Loads Pagefind once. Pagefind picks the index of the page's `<html lang>`.
 */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind's web worker stays (12 KB gzip, one request): without it, compiling the WebAssembly
    // and searching block the main thread while the reader types (Lighthouse TBT 0 → 220 ms and LCP
    // 3.1 s on the search page, measured with noWorker).
    await api.options({ excerptLength: 20 });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function loadLanguage(lang: string): Promise<LanguageData> {
  let data = languageData.get(lang);
  if (!data) {
    data = Promise.all([
      fetchJson<CompiledVariants>(`/${lang}/search/variants.json`),
      fetchJson<Catalogue>(`/pagefind/h20/catalogue.${lang}.json`),
    ]).then(([variants, catalogue]) => ({ variants, catalogue }));
    data.catch(() => languageData.delete(lang));
    languageData.set(lang, data);
  }
  return data;
}

/** The site's words starting with a word's first character (typo correction), fetched when needed. */
function loadVocabulary(lang: string, word: string): Promise<string[]> {
  const key = `${lang}.${sliceKey(word)}`;
  let words = vocabularies.get(key);
  if (!words) {
    words = fetchJson<string[]>(`/pagefind/h20/words.${key}.json`).catch(() => []);
    vocabularies.set(key, words);
  }
  return words;
}

/** Starts loading everything a first query needs (on focus of a search box, for instance). */
export function warmUp(lang: string): void {
  void loadPagefind().catch(() => {});
  void loadLanguage(lang).catch(() => {});
}

/** The outcome of a search, ready to render. */
export interface SearchOutcome {
  /** Pages found. */
  total: number;
  /** What was searched, in the site's words ("export licence"). */
  searched: string;
  /**
   * True when no page had all the reader's words, so some were corrected or left out: the UI
   * says so ("No page has all of … — showing results for …").
   */
  relaxed: boolean;
  /** Results `from` to `from + count` (titles and sections; excerpts come with `excerpts`). */
  page(from: number, count: number): Promise<ResultView[]>;
  /** Loads a result's excerpts (one download of its page's fragment). */
  excerpts(view: ResultView): Promise<ResultView>;
}

/**
 * Results of several searches, merged by page: the first list's pages first (they matched the
 * site's own words), then pages only the others found; a page found twice keeps all its word
 * positions.
 */
function merge(lists: PagefindResult[][]): PagefindResult[] {
  const byId = new Map<string, PagefindResult>();
  for (const list of lists) {
    for (const result of list) {
      const known = byId.get(result.id);
      if (!known) byId.set(result.id, result);
      else byId.set(result.id, { ...known, words: [...new Set([...known.words, ...result.words])].sort((a, b) => a - b) });
    }
  }
  return [...byId.values()];
}

/**
 * Orders pages by how well their best passage answers the query (`passageScore`) plus
 * Pagefind's own score, scaled to the best one: Pagefind ranks whole pages, so a long page
 * that mentions every word somewhere would otherwise beat the page with a section on exactly
 * that. Pages the site's own words found stay before pages only the words as typed found.
 */
function rerank(results: PagefindResult[], primary: number, score: (result: PagefindResult) => number): PagefindResult[] {
  const best = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
  const order = (list: PagefindResult[]) =>
    list
      .map((result) => ({ result, value: score(result) + result.score / best }))
      .sort((a, b) => b.value - a.value)
      .map(({ result }) => result);
  return [...order(results.slice(0, primary)), ...order(results.slice(primary))];
}

/** A word that matches this few pages may be a typo (see `runSearch`). */
const SUSPICIOUS_PAGES = 3;

/**
 * Searches the way a reader means it:
 * 1. the query in the site's words (variants, units, dates; stop words left out), merged with
 *    the query as typed when the two differ;
 * 2. typos: Pagefind matches a word it does not know by its longest known beginning ("huwaei"
 *    finds "Hu", Jean Hu of AMD), so a mistyped word shows up as one that matches very few pages.
 *    Such a word is looked up among the site's words with the same first letter, and replaced by
 *    the closest one when the site does not have it;
 * 3. no dead ends: when no page has every word, the rarest words are kept while some page still
 *    has them all.
 * Throws when the index cannot load (offline, blocked): callers say so in words.
 */
export async function runSearch(query: string, lang: string, section?: string): Promise<SearchOutcome> {
  const [api, { variants, catalogue }] = await Promise.all([loadPagefind(), loadLanguage(lang)]);
  const filters = section ? { filters: { section } } : {};
  const search = async (words: readonly string[]) => (words.length ? (await api.search(words.join(' '), filters)).results : []);
  const searchEach = (words: readonly string[]) => Promise.all(words.map((w) => search([w])));

  const rewritten = rewriteQuery(query, variants);
  let words = rewritten.meaningful;
  let relaxed = false;
  // The query as typed (units, dates and stop words aside) is searched too when variants changed
  // it: the site may use both forms ("licensed" next to "licence").
  const asTyped = rewriteQuery(query, { ...variants, map: {}, afterNumber: {} }).meaningful;
  const alsoTyped = rewritten.changed && asTyped.map(fold).join(' ') !== words.map(fold).join(' ');
  const first = await search(words);
  let results = merge([first, ...(alsoTyped ? [await search(asTyped)] : [])]);
  let primary = first.length;
  // Per-word searches: how rare each word is, and where it is in each page (to pick sections).
  // Pagefind has loaded every word's index chunk already, so they cost no download.
  let perWord = words.length > 1 || alsoTyped ? await searchEach(words) : [results];

  const corrected = await Promise.all(
    words.map(async (word, i) => {
      const form = indexForm(word);
      if (form.length < 4 || !/\p{L}/u.test(form) || perWord[i]!.length > SUSPICIOUS_PAGES) return word;
      const known = await loadVocabulary(lang, form);
      if (!known.length || known.some((k) => k.startsWith(form))) return word;
      const fixed = correctWord(form, known);
      // The correction may itself be a reader's form ("licnse" → "license" → "licence"). A word
      // the site does not have and that is no typo of one can only match by accident: left out.
      return fixed ? (variants.map[fixed] ?? fixed) : '';
    }),
  );
  if (corrected.some((word, i) => word !== words[i])) {
    relaxed = true;
    words = corrected.filter(Boolean);
    perWord = await searchEach(words);
    // Nothing left (every word unknown): no results, rather than pages matched by accident.
    results = await search(words);
    primary = results.length;
  }

  if (!results.length && words.length > 1) {
    relaxed = true;
    const counts = perWord.map((list) => list.length);
    const kept = await keepRarest(words, counts, Object.keys(catalogue).length, async (subset) => (await search(subset)).length);
    perWord = kept.map((word) => perWord[words.indexOf(word)]!);
    words = kept;
    results = await search(words);
    primary = results.length;
  }
  const sectionWords = alsoTyped && !relaxed ? [...new Set([...words, ...asTyped])] : words;
  if (sectionWords.length > perWord.length) perWord = [...perWord, ...(await searchEach(sectionWords.slice(perWord.length)))];

  // Rarer words weigh more when choosing a page's best section.
  const weights = perWord.map((list) => wordWeight(list.length, Object.keys(catalogue).length));
  const locationsIn = (id: string) => perWord.map((list) => list.find((r) => r.id === id)?.words ?? []);
  const highlight = (url: string) => withHighlight(url, sectionWords);
  results = rerank(results, primary, (result) => {
    const page = catalogue[result.id];
    return page ? passageScore(page, locationsIn(result.id), weights) : 0;
  });

  const fragments = new Map<string, Promise<PagefindFragment>>();
  const fragment = (result: PagefindResult) => {
    let loading = fragments.get(result.id);
    if (!loading) {
      loading = result.data();
      fragments.set(result.id, loading);
    }
    return loading;
  };

  const view = async (result: PagefindResult): Promise<ResultView> => {
    const page = catalogue[result.id];
    if (!page) {
      // A page missing from the catalogue (an index newer than it) is shown from its fragment.
      const full = toResultView(await fragment(result));
      return { ...full, id: result.id, url: highlight(full.url), sections: full.sections.map((s) => ({ ...s, url: highlight(s.url) })) };
    }
    const sections = rankSections(page, locationsIn(result.id), weights)
      .slice(0, 3)
      .map((s) => ({ url: highlight(s.url), title: s.title }));
    return { id: result.id, url: highlight(page.url), title: page.title, section: page.section, sections };
  };

  return {
    total: results.length,
    searched: words.join(' '),
    relaxed,
    page: (from, count) => Promise.all(results.slice(from, from + count).map(view)),
    async excerpts(shown) {
      const result = results.find((r) => r.id === shown.id);
      if (!result) return shown;
      const full = toResultView(await fragment(result), Number.POSITIVE_INFINITY);
      const bySection = new Map(full.sections.map((s) => [s.url, s.excerpt]));
      return {
        ...shown,
        excerpt: full.excerpt,
        sections: shown.sections.map((s) => ({ ...s, excerpt: bySection.get(stripHighlight(s.url)) ?? '' })),
      };
    },
  };
}
