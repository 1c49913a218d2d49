/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): parse it, and say which
 * headers a path gets. postbuild writes it; the security tests read it back, and the framing test
 * serves pages with the headers it gives.
 *
 * Hosts apply every rule whose path pattern matches, and differ on a header that two matching rules
 * both set (Cloudflare joins the values with a comma, which for Content-Security-Policy means two
 * policies, both enforced; Netlify keeps one). So no two rules that can match the same page set
 * the same header: the site-wide rule (`/*`) carries only headers every response shares, and each
 * group of pages (`/en/*`, `/fr/*`, `/embed/*`, root pages) carries its own policy.
 */

/** One rule: a path pattern (`/*`, `/en/*`, `/404.html`) and its headers, in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file: a path at the start of a line, its headers indented below; `#` comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** Whether a rule's pattern matches a path: `*` stands for any run of characters (a splat), the rest is literal. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets, as the strictest host reads the file: every matching rule applies, and
 * a header set by several is joined with ", " (names compared case-insensitively, keys lower case).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/**
 * The rule patterns that cover every page of a build but those under `except` (e.g. `embed`):
 * one `/<folder>/*` per top folder holding pages, one exact path per page at the root
 * (`index.html` → `/` and `/index.html`).
 */
export function pagePatterns(htmlFiles: readonly string[], except: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const file of htmlFiles.map((f) => f.replace(/\\/g, '/'))) {
    const [first, ...rest] = file.split('/');
    if (except.includes(first!)) continue;
    if (rest.length) patterns.add(`/${first}/*`);
    else if (first === 'index.html') patterns.add('/').add('/index.html');
    else patterns.add(`/${first}`);
  }
  return [...patterns].sort();
}
