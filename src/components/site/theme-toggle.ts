// The head-inline theme script already applied a saved choice before paint;
// this only toggles and remembers it. aria-pressed tells whether dark is on.
const root = document.documentElement;
const dark = () => root.dataset.theme === 'dark' || (!root.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.setAttribute('aria-pressed', String(dark()));
  button.addEventListener('click', () => {
    const next = dark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('h20-theme', next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    button.setAttribute('aria-pressed', String(next === 'dark'));
  });
}
