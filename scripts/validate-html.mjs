// Validates every built HTML page with html-validate: `node scripts/validate-html.mjs [dist]`.
// Rules: .htmlvalidate.json = html-validate:recommended with one relaxation (JSON allows no
// comments, so the reasons live here):
// - form-dup-name: checkboxes may share a name. A group of checkboxes with one name (the timeline's
//   `track` filter) is how HTML submits several values for one field (`track=a&track=b`); the rule
//   only shares radio and button names by default.
// Astro's own output (data-astro-cid-* attributes, hashed module scripts, the CSP <meta>) needs no
// relaxation. Pagefind's files are not pages and are skipped.
// Prints one line per problem (file:line:column rule message) and exits 1 when there is any.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dist = process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist';
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

let errors = 0;
let warnings = 0;
const byRule = new Map();
for (const file of files) {
  const path = join(dist, file);
  const report = await validator.validateFile(path);
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      console.error(
        `${relative(process.cwd(), path)}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
      );
    }
  }
}
if (errors) {
  console.error(
    `\n✖ html-validate: ${errors} error(s), ${warnings} warning(s) in ${files.length} pages — by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`,
  );
  process.exit(1);
}
console.log(`html-validate OK: ${files.length} pages, 0 errors${warnings ? `, ${warnings} warning(s)` : ''}.`);
