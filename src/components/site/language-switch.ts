// Translations share slugs and section ids, so the hash carries over unchanged.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const base = link.href.split('#')[0];
  const sync = () => {
    link.href = base + location.search + location.hash;
  };
  link.addEventListener('pointerdown', sync);
  link.addEventListener('focus', sync);
  link.addEventListener('click', sync);
}
