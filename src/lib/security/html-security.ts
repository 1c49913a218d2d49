/**
 * Reads what the security checks need from built HTML text (no DOM: runs in Node over dist/):
 * the CSP of a page, its inline scripts, inline event handlers and external links.
 */

/** A parsed Content-Security-Policy: directive name → its sources, as written. */
export type Policy = Map<string, string[]>;

/** Parses `default-src 'self'; script-src 'self' 'sha256-…'` into a map. Later duplicates are ignored, as browsers do. */
export function parseCsp(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, values);
  }
  return out;
}

/** The sources that govern scripts: `script-src`, else `default-src`. */
export function scriptSources(policy: Policy): string[] {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
    if (/\shttp-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) {
      const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      if (content) return decode(content[1] ?? content[2] ?? '');
    }
  }
  return undefined;
}

/** Script types a browser executes (and CSP governs); others (`application/ld+json`) are data. */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return (
    t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t)
  );
}

/** An inline `<script>` (one without `src`): its `type` and exact text. */
export interface InlineScript {
  type: string | undefined;
  body: string;
}

/** Every `<script>` without a `src` attribute, with its text exactly as served (what CSP hashes). */
export function inlineScripts(html: string): InlineScript[] {
  const out: InlineScript[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    out.push({ type: type ? (type[1] ?? type[2] ?? type[3]) : undefined, body: m[2] ?? '' });
  }
  return out;
}

/** The text of every inline `<style>` element, exactly as served (what CSP hashes). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
}

/** Strips script and style bodies and comments, so attribute scans see only markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

const TAG = /<[a-z][a-z0-9-]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/gi;

/** The attributes of one start tag, in order: `[name, value]` (value `''` for a bare attribute). */
export function attributesOf(tag: string): [string, string][] {
  const out: [string, string][] = [];
  const rest = tag.replace(/^<[a-z][a-z0-9-]*/i, '').replace(/\/?>$/, '');
  for (const m of rest.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    out.push([m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return out;
}

/** Inline event handler attributes (`onclick="…"`, `onload=…`) as `<tag> attribute` strings. */
export function inlineHandlers(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of markupOnly(html).matchAll(TAG)) {
    const name = /^<([a-z][a-z0-9-]*)/i.exec(tag)![1]!.toLowerCase();
    for (const [attr] of attributesOf(tag)) if (/^on[a-z]+$/.test(attr)) out.push(`<${name}> ${attr}`);
  }
  return out;
}

/** Inline `style="…"` attributes (blocked by a strict `style-src`), as tag strings. */
export function inlineStyleAttributes(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of markupOnly(html).matchAll(TAG)) {
    if (attributesOf(tag).some(([name]) => name === 'style')) out.push(tag.length > 120 ? `${tag.slice(0, 117)}…` : tag);
  }
  return out;
}

/** A link to another site: its href and `rel` tokens. */
export interface ExternalLink {
  href: string;
  rel: string[];
}

/**
 * `<a href>` elements that leave the site: absolute http(s) URLs whose origin is not `siteOrigin`
 * (protocol-relative `//host/…` counts as absolute).
 */
export function externalLinks(html: string, siteOrigin: string): ExternalLink[] {
  const out: ExternalLink[] = [];
  const site = new URL(siteOrigin).origin;
  for (const [tag] of markupOnly(html).matchAll(TAG)) {
    if (!/^<a\s/i.test(tag)) continue;
    const attrs = new Map(attributesOf(tag));
    const href = attrs.get('href');
    if (href === undefined || !/^(https?:)?\/\//i.test(href)) continue;
    let origin: string;
    try {
      origin = new URL(href, site).origin;
    } catch {
      continue;
    }
    if (origin === site) continue;
    out.push({ href, rel: (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean) });
  }
  return out;
}
