/**
 * Content-Security-Policy, in one place: parse, serialise, merge, fit a policy to a page's inline
 * code, and write it back into the page's `<meta>`. scripts/postbuild.mjs runs it on every built
 * page; the security tests read policies with it.
 *
 * Why each page's policy is fitted after `astro build`: Astro's `security.csp` writes one policy
 * on every page that lists the hashes of every inline script and style of the whole site, and it
 * misses the inline `<style>` of components that MDX pages import, which the browser then blocks.
 * Recomputing the hashes from the page itself fixes both: nothing the page runs is left out, nothing
 * it does not run is allowed, and the `<meta>` loses some forty incompressible hashes.
 *
 * Upstream: no Astro issue was found for either behaviour (Astro's issue tracker searched for
 * per-page CSP hashes and for unhashed styles of MDX-imported components). The nearest are the pull
 * request that added the hashes, which says they "aren't grouped by page"
 * (https://github.com/withastro/astro/pull/13675), and a report of another inline `<style>` Astro
 * leaves unhashed, that of imported SVG components (https://github.com/withastro/astro/issues/15838).
 * Both behaviours still need an issue of their own; until one is fixed upstream, keep this step.
 */
import { createHash } from 'node:crypto';

import { cspMeta, inlineScripts, inlineStyles, isExecutableScriptType, type Page, parsePage } from './html.ts';

/** A parsed policy: directive name (lower case) → its sources as written, in the policy's order. */
export type Policy = Map<string, string[]>;

/** Parses `default-src 'self'; script-src 'self' 'sha256-…'`. Later duplicates are ignored, as browsers do. */
export function parseCsp(text: string): Policy {
  const out: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

/** `default-src 'self'; script-src 'self' 'sha256-…'`: one space between sources, `; ` between directives. */
export function serialiseCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The sources that govern scripts: `script-src`, else `default-src`. */
export function scriptSources(policy: Policy): string[] {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}

/** The sources that govern `<style>` elements: `style-src`, else `default-src`. */
export function styleSources(policy: Policy): string[] {
  return policy.get('style-src') ?? policy.get('default-src') ?? [];
}

/** `'sha256-…'` source for an inline script or style body, as browsers compute it. */
export function hashSource(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

const isHash = (source: string) => /^'sha(256|384|512)-/i.test(source);
const unique = (list: string[]) => [...new Set(list)];

/** One policy that allows what any of `policies` allows: directives and sources united, in first-seen order. */
export function mergePolicies(policies: Iterable<Policy>): Policy {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return new Map([...merged].map(([name, sources]) => [name, [...sources]]));
}

/** The hashes a page needs: of its executable inline scripts and of its `<style>` elements, each once. */
export function pageHashes(page: Page): { 'script-src': string[]; 'style-src': string[] } {
  return {
    'script-src': unique(
      inlineScripts(page)
        .filter((s) => isExecutableScriptType(s.type))
        .map((s) => hashSource(s.body)),
    ),
    'style-src': unique(inlineStyles(page).map(hashSource)),
  };
}

/**
 * `policy` with the hash sources of `script-src` and `style-src` replaced by the hashes of the
 * page's own inline code; other sources and directives keep their order. A directive that had no
 * hash and gets none is left as it was; a missing one is added (`'self'` and the hashes) only when
 * the page has inline code for it.
 */
export function fitPolicy(policy: Policy, page: Page): Policy {
  const fitted: Policy = new Map();
  const wanted = pageHashes(page);
  for (const [name, sources] of policy) {
    const hashes = wanted[name as keyof typeof wanted];
    fitted.set(name, hashes ? [...sources.filter((s) => !isHash(s)), ...hashes] : sources);
  }
  for (const [name, hashes] of Object.entries(wanted)) {
    if (!fitted.has(name) && hashes.length) fitted.set(name, ["'self'", ...hashes]);
  }
  return fitted;
}

/** The page's CSP `<meta>` policy, parsed, or undefined when it has none. */
export function pagePolicy(page: Page): Policy | undefined {
  const meta = cspMeta(page);
  return meta && parseCsp(meta.policy);
}

/** `"` and `&` escaped for a double-quoted attribute value. */
const attributeValue = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's HTML with the `content` of its CSP `<meta>` replaced by `policy` (in place: nothing else moves). */
export function withMetaPolicy(page: Page, policy: Policy): string {
  const meta = cspMeta(page);
  if (!meta) throw new Error('the page has no CSP <meta> to rewrite');
  const { start, end } = meta.content;
  return `${page.html.slice(0, start)}content="${attributeValue(serialiseCsp(policy))}"${page.html.slice(end)}`;
}

/**
 * Fits a built page's CSP `<meta>` to the inline code it carries. Returns the new HTML (the same
 * string when nothing changes or the page has no such `<meta>`) and the page's fitted policy.
 */
export function fitPageCsp(html: string, page: Page = parsePage(html)): { html: string; policy: Policy | undefined } {
  const policy = pagePolicy(page);
  if (!policy) return { html, policy: undefined };
  const fitted = fitPolicy(policy, page);
  const meta = cspMeta(page)!;
  return { html: meta.policy === serialiseCsp(fitted) ? html : withMetaPolicy(page, fitted), policy: fitted };
}
