/**
 * Fits each page's Content-Security-Policy to the inline code that page carries.
 *
 * Astro writes one policy for every page, listing the hashes of every inline script and style on
 * the whole site, yet misses the inline `<style>` of components that MDX pages import. Recomputing
 * the hashes from the page itself fixes both: nothing the page runs is left out, nothing it does
 * not run is allowed, and the `<meta>` shrinks by some forty incompressible hashes.
 */
import { createHash } from 'node:crypto';

import { inlineScripts, inlineStyles, isExecutableScriptType } from './html-security.ts';

/** `'sha256-…'` source for an inline script or style body, as browsers compute it. */
export function hashSource(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

const isHash = (source: string) => /^'sha(256|384|512)-/i.test(source);
const unique = (list: string[]) => [...new Set(list)];

/**
 * `policy` with the hash sources of `script-src` and `style-src` replaced by the hashes of the
 * inline scripts (the executable ones) and styles in `html`; other sources and directives keep
 * their order. A directive that had no hash and gets none is left as it was.
 */
export function fitPolicyToPage(policy: string, html: string): string {
  const wanted: Record<string, string[]> = {
    'script-src': unique(
      inlineScripts(html)
        .filter((s) => isExecutableScriptType(s.type))
        .map((s) => hashSource(s.body)),
    ),
    'style-src': unique(inlineStyles(html).map(hashSource)),
  };
  const seen = new Set<string>();
  const parts = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      const key = name.toLowerCase();
      const hashes = wanted[key];
      if (!hashes || seen.has(key)) return part;
      seen.add(key);
      return [name, ...sources.filter((s) => !isHash(s)), ...hashes].join(' ');
    });
  for (const [name, hashes] of Object.entries(wanted)) {
    if (!seen.has(name) && hashes.length) parts.push([name, "'self'", ...hashes].join(' '));
  }
  return parts.join('; ');
}

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** The page with its CSP `<meta>` fitted to its inline code; unchanged when it has no such meta. */
export function fitPageCsp(html: string): string {
  return html.replace(META, (_m, open: string, policy: string, close: string) => `${open}${fitPolicyToPage(policy, html)}${close}`);
}
