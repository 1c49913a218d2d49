import type { AstroIntegration } from 'astro';

/**
 * Sets the reader's saved theme before the first paint (no flash of the wrong theme).
 * Injected as a head-inline script so Astro's CSP hashes it like its own scripts.
 */
const script = `try{var t=localStorage.getItem('h20-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function themeScript(): AstroIntegration {
  return {
    name: 'h20-theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', script),
    },
  };
}
