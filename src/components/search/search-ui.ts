// Everything the two search UIs need once the reader has typed, in one lazily loaded module:
// the search itself (engine.ts), rendering, and the status line. The header box loads it on the
// first keystroke, so pages that are only read never download it.
export { bestLink, resultStatus } from '../../lib/search/results.ts';
export { runSearch, type SearchOutcome } from './engine.ts';
export { fillExcerpts, moveFocus, renderResults } from './render-results.ts';
