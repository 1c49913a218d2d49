/**
 * Inside another site's <iframe>, a link to another page of ours would open in the frame, where
 * that page refuses to be framed: such links open in a new tab instead. Links within the page
 * (`#event-…`) stay in the frame.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
  if (link && (link.origin !== location.origin || link.pathname !== location.pathname)) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
});
