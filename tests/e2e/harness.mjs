// Shared set-up for browser tests: Debian's chromium driven by playwright-core (scripts/lib/browser.mjs),
// against the built site served over HTTP (scripts/test.mjs starts the server and sets BASE_URL).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../../scripts/lib/browser.mjs';

export { launchBrowser };
export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:4321';

const axeSource = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/**
 * Opens a page that records console errors, page errors, CSP violations and any request
 * to a host other than the site's own. Call `problems()` at the end of a test.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  const origin = new URL(BASE_URL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, errors, foreign, problems: () => [...errors, ...foreign.map((u) => `foreign request: ${u}`)] };
}

/** Runs axe-core (WCAG 2.x A/AA incl. 2.2) on the current page; returns violations as readable lines. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be blocked).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** Absolute URL of a site path. */
export const url = (path) => new URL(path, BASE_URL).href;
