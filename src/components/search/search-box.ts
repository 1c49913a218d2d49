// The header search box, as every page loads it: only what must work before the reader types
// (the keyboard shortcut, its hint, and starting the search). The search itself, results and
// keyboard navigation load on the first keystroke (search-box-ui.ts), so pages that are only
// read stay within their 5 KB script budget.
import { isSearchShortcut, SHORTCUT_STORAGE_KEY, shortcutKey } from '../../lib/search/shortcut.ts';

// Highlight on arrival: a search result opened this page with the reader's words in `?hl=`.
// The highlighter loads only then, so other visits pay nothing for it.
if (/[?&]hl=/.test(location.search)) void import('./highlight-on-arrival.ts');

/** The reader's single-key shortcut ("/" unless remapped; null when turned off). */
function storedShortcut(): string | null {
  try {
    return shortcutKey(localStorage.getItem(SHORTCUT_STORAGE_KEY));
  } catch {
    // Storage blocked (privacy settings): the default applies.
    return shortcutKey(null);
  }
}

/**
 * `<h20-search>`: "/" (or the reader's key) and Ctrl/Cmd+K focus the box; typing loads the
 * search. Without JavaScript, or before the first results, the form opens the search page.
 */
class H20Search extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input')!;
    let started: Promise<unknown> | undefined;
    const start = () => (started ??= import('./search-box-ui.ts').then((ui) => ui.attach(this)));
    input.addEventListener('input', start, { once: true });
    input.addEventListener('focus', () => input.value.trim() && start());

    // The hint says which key works now (the page is built with the default "/").
    const showHint = () => {
      const key = storedShortcut();
      const kbd = this.querySelector<HTMLElement>('.search-kbd')!;
      kbd.textContent = key ?? '';
      kbd.hidden = key === null;
      const hint = this.querySelector<HTMLElement>('#site-search-hint')!;
      hint.textContent = key ? hint.dataset.withKey!.replace('{key}', key) : hint.dataset.ctrlOnly!;
    };
    showHint();
    document.addEventListener('h20-shortcut-change', showHint);

    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      // Read on every key press, so a change made on the search page applies at once.
      if (
        isSearchShortcut({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing }, storedShortcut())
      ) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}

customElements.define('h20-search', H20Search);
