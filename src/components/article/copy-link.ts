/**
 * "Link to this section": copies the section's full URL, moves the address to it,
 * and says so in a polite live region. Without clipboard access it still navigates.
 */
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href')!, location.href);
  url.search = '';
  history.replaceState(null, '', url.hash);
  try {
    await navigator.clipboard.writeText(url.href);
    live.textContent = link.dataset.copied ?? 'Link copied';
    link.classList.add('copied');
    setTimeout(() => link.classList.remove('copied'), 1600);
  } catch {
    document.getElementById(url.hash.slice(1))?.scrollIntoView();
  }
});
