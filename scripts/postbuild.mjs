// After `astro build` (CSP work in scripts/lib/csp.ts, which says why it is needed):
// 1. Join the CSS chunks most pages link into one cached file, inline the others
//    (scripts/lib/stylesheets.ts says why).
// 2. Cut the fonts to the characters, features and weights the site uses (scripts/lib/fonts.ts);
//    before step 4, which hashes the inline styles that hold the fonts' URLs.
// 3. Static hosts look for `<folder>/404.html`; Astro writes the French 404 as /fr/404/index.html
//    (directory format), so copy it next to its folder.
// 4. Fit each page's CSP <meta> to the inline scripts and styles that page carries.
// 5. Fill public/_headers: each group of pages gets the union of its pages' policies as an HTTP
//    header (which also carries frame-ancestors): no framing for the site's pages, framing from
//    anywhere for the chart embeds under /embed/ (scripts/lib/headers.ts says why per path).
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fitPageCsp, mergePolicies, serialiseCsp } from './lib/csp.ts';
import { pagePatterns } from './lib/headers.ts';
import { joinedName, planStyles, rewriteStyles, stylesheetLinks } from './lib/stylesheets.ts';
import { subsetSiteFonts } from './lib/subset-fonts.ts';

const out = process.env.ASTRO_OUT_DIR ?? 'dist';
const htmlFiles = () =>
  readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();

{
  const pages = new Map(htmlFiles().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  const plans = planStyles(new Map([...pages].map(([f, html]) => [f, stylesheetLinks(html)])));
  const chunkCss = new Map();
  const css = (href) => {
    if (!chunkCss.has(href)) {
      const text = readFileSync(join(out, href), 'utf8').trim();
      if (/<\/style/i.test(text)) throw new Error(`postbuild: ${href} holds "</style", it cannot be inlined`);
      chunkCss.set(href, text);
    }
    return chunkCss.get(href);
  };
  const joinedFiles = new Map();
  const joined = (chunks) => {
    const text = chunks.map(css).join('\n');
    const href = joinedName(text);
    joinedFiles.set(href, text);
    return href;
  };
  for (const [f, html] of pages) {
    const rewritten = rewriteStyles(html, plans.get(f), css, joined);
    if (rewritten !== html) writeFileSync(join(out, f), rewritten);
  }
  for (const [href, text] of joinedFiles) writeFileSync(join(out, href), `${text}\n`);
  // Chunks now joined or inlined everywhere are no longer served.
  for (const href of chunkCss.keys()) rmSync(join(out, href));
  console.log(`postbuild: ${chunkCss.size} CSS chunks → ${joinedFiles.size} shared stylesheets (${[...joinedFiles.keys()].join(', ')})`);
}
const cut = await subsetSiteFonts(out);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const f of cut.fonts) console.log(`postbuild: ${f.from} ${kb(f.before)} → ${f.to} ${kb(f.after)}`);
console.log(`postbuild: fonts cut to ${[...cut.characters].length} characters`);
const from = join(out, 'fr/404/index.html');
if (!existsSync(from)) throw new Error(`postbuild: ${from} is missing`);
copyFileSync(from, join(out, 'fr/404.html'));

const EMBED = 'embed';
const policies = { pages: [], embeds: [] };
for (const file of htmlFiles()) {
  const path = join(out, file);
  const html = readFileSync(path, 'utf8');
  const fitted = fitPageCsp(html);
  if (fitted.html !== html) writeFileSync(path, fitted.html);
  if (fitted.policy) policies[file.startsWith(`${EMBED}/`) ? 'embeds' : 'pages'].push(fitted.policy);
}
if (policies.pages.length === 0) throw new Error('postbuild: no page carries a CSP <meta>');

// Pages differ only in the hashes of their inline code; a header allows the union of its group.
const policy = `${serialiseCsp(mergePolicies(policies.pages))}; frame-ancestors 'none'`;
const embedPolicy = policies.embeds.length ? `${serialiseCsp(mergePolicies(policies.embeds))}; frame-ancestors *` : "default-src 'none'";
const headers = join(out, '_headers');
const template = readFileSync(headers, 'utf8');
// The pages' rule, repeated for each path pattern that covers pages other than the embeds.
const pagesRule = /^__PAGES__\n((?:[ \t]+.*\n)+)/m;
const ruleBody = pagesRule.exec(template)?.[1];
if (!ruleBody || !/^\s*Content-Security-Policy:\s*__CSP__\s*$/m.test(ruleBody) || !/__EMBED_CSP__/.test(template))
  throw new Error(`postbuild: ${headers} needs a "__PAGES__" rule with "Content-Security-Policy: __CSP__" and an "__EMBED_CSP__" policy`);
// Functions as replacements: a policy is inserted as it is (a "$" in it is not a pattern).
const body = ruleBody.replace('__CSP__', () => policy);
const filled = template
  .replace(pagesRule, () =>
    pagePatterns(htmlFiles(), [EMBED])
      .map((pattern) => `${pattern}\n${body}`)
      .join('\n'),
  )
  .replace('__EMBED_CSP__', () => embedPolicy);
writeFileSync(headers, filled);
