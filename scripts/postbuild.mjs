// After `astro build` (CSP work in scripts/lib/csp.ts, which says why it is needed):
// 1. Static hosts look for `<folder>/404.html`; Astro writes the French 404 as /fr/404/index.html
//    (directory format), so copy it next to its folder.
// 2. Fit each page's CSP <meta> to the inline scripts and styles that page carries.
// 3. Fill public/_headers' Content-Security-Policy with the union of the pages' policies, so hosts
//    that read _headers send the same policy as an HTTP header (which also allows frame-ancestors).
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fitPageCsp, mergePolicies, serialiseCsp } from './lib/csp.ts';

const out = process.env.ASTRO_OUT_DIR ?? 'dist';
const from = join(out, 'fr/404/index.html');
if (!existsSync(from)) throw new Error(`postbuild: ${from} is missing`);
copyFileSync(from, join(out, 'fr/404.html'));

const policies = [];
for (const file of readdirSync(out, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'))) {
  const path = join(out, file);
  const html = readFileSync(path, 'utf8');
  const fitted = fitPageCsp(html);
  if (fitted.html !== html) writeFileSync(path, fitted.html);
  if (fitted.policy) policies.push(fitted.policy);
}
if (policies.length === 0) throw new Error('postbuild: no page carries a CSP <meta>');

// Pages differ only in the hashes of their inline code; a site-wide header allows the union.
const policy = `${serialiseCsp(mergePolicies(policies))}; frame-ancestors 'none'`;
const headers = join(out, '_headers');
// Replace the placeholder on the header line itself (a comment mentioning it must not take the policy).
const template = readFileSync(headers, 'utf8');
const filled = template.replace(/^(\s*Content-Security-Policy:\s*)__CSP__\s*$/m, (_m, name) => `${name}${policy}`);
if (filled === template || /^\s*Content-Security-Policy:\s*__CSP__/m.test(filled))
  throw new Error(`postbuild: no "Content-Security-Policy: __CSP__" line to fill in ${headers}`);
writeFileSync(headers, filled);
