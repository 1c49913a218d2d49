/**
 * "Link to this section": copies the section's full URL (or its share page's, `data-share`),
 * moves the address to it, and says so in a polite live region. Without clipboard access it
 * still navigates. "Cite this" controls (`data-cite`) load the cite dialog on first use.
 */
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);

// Copy buttons (embed code under charts) need JavaScript: shown only now.
for (const button of document.querySelectorAll<HTMLElement>('[data-copy-from]')) button.hidden = false;

document.addEventListener('click', async (event) => {
  const target = event.target as Element | null;
  const from = target?.closest<HTMLElement>('[data-copy-from]');
  if (from) {
    const field = document.getElementById(from.dataset.copyFrom!) as HTMLTextAreaElement;
    try {
      await navigator.clipboard.writeText(field.value);
      live.textContent = from.dataset.copied!;
    } catch {
      field.select();
    }
    return;
  }
  const cite = target?.closest<HTMLElement>('[data-cite]');
  if (cite) {
    event.preventDefault();
    // Loaded on first use: it stays out of the page's script budget until a reader asks for it.
    (await import('../cite/cite-dialog.ts')).openCite(cite);
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href')!, location.href);
  url.search = '';
  history.replaceState(null, '', url.hash);
  try {
    await navigator.clipboard.writeText(link.dataset.share ? new URL(link.dataset.share, location.href).href : url.href);
    live.textContent = link.dataset.copied ?? 'Link copied';
    link.classList.add('copied');
    setTimeout(() => link.classList.remove('copied'), 1600);
  } catch {
    document.getElementById(url.hash.slice(1))?.scrollIntoView();
  }
});
