/**
 * The search's keyboard shortcuts. Ctrl+K (⌘K on a Mac) always focuses the search box; the
 * single-character shortcut ("/" by default) can be remapped or turned off, as WCAG 2.1.4
 * (Character Key Shortcuts) asks, and acts only when focus is not in a text field.
 */

/** localStorage key of the reader's choice. */
export const SHORTCUT_STORAGE_KEY = 'h20-search-shortcut';

/** The stored value meaning "no single-character shortcut". */
export const SHORTCUT_OFF = 'off';

/** The keys a reader can choose from (the first is the default), and "off". */
export const SHORTCUT_CHOICES = ['/', 's', '.', SHORTCUT_OFF] as const;

/** The single-character shortcut in force: the stored choice, "/" when none, null when turned off. */
export function shortcutKey(stored: string | null | undefined): string | null {
  if (stored === SHORTCUT_OFF) return null;
  return stored && stored.length === 1 ? stored : SHORTCUT_CHOICES[0];
}

/** The parts of a keydown event the decision needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, a select or an editable element. */
  typing: boolean;
}

/** Does this key press open the search? */
export function isSearchShortcut(press: KeyPress, key: string | null): boolean {
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return true;
  if (!key || press.typing || press.ctrlKey || press.metaKey || press.altKey) return false;
  return press.key.toLowerCase() === key.toLowerCase();
}
