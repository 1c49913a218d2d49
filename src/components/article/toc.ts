/**
 * Marks the table-of-contents entry of the section being read: the last heading that has
 * scrolled past the top band. Right on load (with or without a #hash) and for the last
 * section, which may never reach the top of a short page.
 */
class H20Toc extends HTMLElement {
  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const offset = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = offset() + 8;
      let current = 0;
      targets.forEach((target, i) => {
        if (target && target.getBoundingClientRect().top <= top) current = i;
      });
      const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom) current = targets.length - 1;
      links.forEach((link, i) => link.setAttribute('aria-current', String(i === current)));
    };
    const schedule = () => (frame ||= requestAnimationFrame(update));
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    addEventListener('hashchange', schedule);
    update();
  }
}
customElements.define('h20-toc', H20Toc);
