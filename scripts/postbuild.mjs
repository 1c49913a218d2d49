// After `astro build`:
// 1. Static hosts look for `<folder>/404.html`; Astro writes the French 404 as /fr/404/index.html
//    (directory format), so copy it next to its folder.
// 2. Fit each page's CSP <meta> to the inline scripts and styles that page carries (Astro lists the
//    whole site's hashes on every page and misses some inline component styles).
// 3. Fill public/_headers' Content-Security-Policy with the union of the pages' policies, so hosts
//    that read _headers send the same policy as an HTTP header (which also allows frame-ancestors).
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fitPageCsp } from '../src/lib/security/page-policy.ts';

const out = process.env.ASTRO_OUT_DIR ?? 'dist';
const from = join(out, 'fr/404/index.html');
if (!existsSync(from)) throw new Error(`postbuild: ${from} is missing`);
copyFileSync(from, join(out, 'fr/404.html'));

const policies = new Set();
for (const file of readdirSync(out, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'))) {
  const path = join(out, file);
  const html = readFileSync(path, 'utf8');
  const fitted = fitPageCsp(html);
  if (fitted !== html) writeFileSync(path, fitted);
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(fitted);
  if (match) policies.add(match[1]);
}
if (policies.size === 0) throw new Error('postbuild: no page carries a CSP <meta>');
// Pages differ only in the hashes of their inline code; a site-wide header allows the union.
const policy = mergePolicies([...policies]);
const headers = join(out, '_headers');
// Replace the placeholder on the header line itself (a comment mentioning it must not take the policy).
const template = readFileSync(headers, 'utf8');
const filled = template.replace(
  /^(\s*Content-Security-Policy:\s*)__CSP__\s*$/m,
  (_m, name) => `${name}${policy.replace(/\s+/g, ' ').trim()}; frame-ancestors 'none'`,
);
if (filled === template || /^\s*Content-Security-Policy:\s*__CSP__/m.test(filled))
  throw new Error(`postbuild: no "Content-Security-Policy: __CSP__" line to fill in ${headers}`);
writeFileSync(headers, filled);

/** Merges CSP policies directive by directive (source lists united, order kept). */
function mergePolicies(list) {
  const directives = new Map();
  for (const policy of list) {
    for (const part of policy
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = directives.get(name) ?? new Set();
      sources.forEach((s) => set.add(s));
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
