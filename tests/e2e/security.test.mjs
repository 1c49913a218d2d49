// Security and privacy: the CSP on every page, no inline code outside the policy, no request to any
// other host, external links that leak neither the opener nor the referrer.
// Part of it reads the built HTML in Node (every page, quickly); part drives Chromium against the
// served site (BASE_URL). The built folder is ASTRO_OUT_DIR (as scripts/test.mjs builds it) or dist/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { hashSource, mergePolicies, pageHashes, pagePolicy, parseCsp, scriptSources, styleSources } from '../../scripts/lib/csp.ts';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.ts';
import {
  canonical,
  externalLinks,
  governedBeforeCspMeta,
  inlineHandlers,
  inlineScripts,
  inlineStyles,
  isExecutableScriptType,
  parsePage,
  styleAttributes,
} from '../../scripts/lib/html.ts';
import { launchBrowser, openPage, url } from './harness.mjs';

const DIST = process.env.DIST_DIR ?? process.env.ASTRO_OUT_DIR ?? 'dist';
// Each page is parsed once; every check below reads the parsed page.
const pages = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .sort()
  .map((file) => ({ file, page: parsePage(readFileSync(join(DIST, file), 'utf8')) }));

describe('built HTML (every page, in Node)', () => {
  test('the build has pages', () => {
    assert.ok(pages.length > 10, `${pages.length} pages in ${DIST}`);
  });

  test("every page has a CSP <meta> whose script-src has 'wasm-unsafe-eval' and no 'unsafe-inline' or 'unsafe-eval'", () => {
    const problems = [];
    for (const { file, page } of pages) {
      const policy = pagePolicy(page);
      if (!policy) {
        problems.push(`${file}: no CSP <meta>`);
        continue;
      }
      const script = scriptSources(policy);
      if (script.includes("'unsafe-inline'")) problems.push(`${file}: script-src allows 'unsafe-inline'`);
      if (script.includes("'unsafe-eval'")) problems.push(`${file}: script-src allows 'unsafe-eval'`);
      if (!script.includes("'wasm-unsafe-eval'")) problems.push(`${file}: script-src lacks 'wasm-unsafe-eval' (Pagefind's WebAssembly)`);
      if (script.includes('*') || script.some((s) => /^(https?:|data:|blob:)$/.test(s)))
        problems.push(`${file}: script-src allows a whole scheme or any host: ${script.join(' ')}`);
      if (!policy.get('object-src')?.includes("'none'")) problems.push(`${file}: object-src is not 'none'`);
      if (!policy.has('base-uri')) problems.push(`${file}: no base-uri`);
    }
    assert.deepEqual(problems, []);
  });

  test('the CSP <meta> comes before every script, stylesheet and style it governs', () => {
    const problems = [];
    for (const { file, page } of pages) {
      const early = governedBeforeCspMeta(page);
      if (early.length) problems.push(`${file}: ${early.map((tag) => tag.slice(0, 60)).join(', ')} before the CSP <meta>`);
    }
    assert.deepEqual(problems, []);
  });

  test('every inline script and inline <style> is allowed by a hash in the policy', () => {
    const problems = [];
    for (const { file, page } of pages) {
      const policy = pagePolicy(page) ?? new Map();
      const scriptSrc = scriptSources(policy);
      for (const s of inlineScripts(page)) {
        if (!isExecutableScriptType(s.type)) continue;
        if (!scriptSrc.includes(hashSource(s.body)))
          problems.push(`${file}: inline script without its hash in script-src: ${s.body.slice(0, 80)}`);
      }
      const styleSrc = styleSources(policy);
      if (!styleSrc.includes("'unsafe-inline'")) {
        for (const style of inlineStyles(page)) {
          if (!styleSrc.includes(hashSource(style)))
            problems.push(`${file}: inline <style> without its hash in style-src: ${style.slice(0, 80)}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test("a page's policy allows no inline code but its own (no other page's hashes)", () => {
    const problems = [];
    for (const { file, page } of pages) {
      const policy = pagePolicy(page) ?? new Map();
      const hashes = pageHashes(page);
      const own = new Set([...hashes['script-src'], ...hashes['style-src']]);
      const listed = [...scriptSources(policy), ...(policy.get('style-src') ?? [])].filter((s) => s.startsWith("'sha"));
      const foreign = listed.filter((h) => !own.has(h));
      if (foreign.length) problems.push(`${file}: ${foreign.length} hashes for code it does not carry`);
    }
    assert.deepEqual(problems, []);
  });

  test('no inline event handlers (on*=) and no style="" attributes', () => {
    const problems = [];
    for (const { file, page } of pages) {
      for (const h of inlineHandlers(page)) problems.push(`${file}: ${h}`);
      for (const s of styleAttributes(page)) problems.push(`${file}: ${s}`);
    }
    assert.deepEqual(problems, []);
  });

  test('every external link has rel="noopener noreferrer"', () => {
    const home = pages.find((p) => p.file === join('en', 'index.html'));
    const site = (home && canonical(home.page)) ?? 'https://h20-explained.example/';
    const problems = [];
    let count = 0;
    for (const { file, page } of pages) {
      for (const link of externalLinks(page, new URL(site).origin)) {
        count++;
        const missing = ['noopener', 'noreferrer'].filter((r) => !link.rel.includes(r));
        if (missing.length) problems.push(`${file}: ${link.href} lacks rel ${missing.join(' ')}`);
      }
    }
    assert.deepEqual(problems.slice(0, 50), [], `${problems.length} of ${count} external links`);
  });

  test('the _headers file gives each page a policy that allows what the page allows, with frame-ancestors', () => {
    const file = join(DIST, '_headers');
    assert.ok(existsSync(file), '_headers exists');
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /__CSP__|__EMBED_CSP__|__PAGES__/, 'the placeholders were filled');
    const rules = parseHeaders(text);
    // Embed pages may be framed from anywhere (tests/e2e/share.test.mjs); every other page by no one.
    const groups = { pages: pages.filter((p) => !p.file.startsWith('embed')), embeds: pages.filter((p) => p.file.startsWith('embed')) };
    for (const [group, list] of Object.entries(groups)) {
      const union = mergePolicies(list.map((p) => pagePolicy(p.page) ?? new Map()));
      union.set('frame-ancestors', [group === 'pages' ? "'none'" : '*']);
      for (const { file, page } of list) {
        const path = `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '');
        const line = headersFor(rules, path).get('content-security-policy');
        assert.ok(line, `${path} gets a Content-Security-Policy header`);
        assert.doesNotMatch(line, /,/, `${path}: one policy, not two joined`);
        const header = parseCsp(line);
        // Pages differ in the hashes of their styles: the header must allow everything the page allows…
        for (const [name, sources] of pagePolicy(page) ?? []) {
          for (const source of sources) assert.ok(header.get(name)?.includes(source), `${path}: the header's ${name} allows ${source}`);
        }
        // …and nothing more than its group's union, plus frame-ancestors (which a <meta> cannot set).
        for (const [name, sources] of header) {
          for (const source of sources) assert.ok(union.get(name)?.includes(source), `${path}: no ${group} page needs ${name} ${source}`);
        }
      }
    }
  });
});

describe('in the browser', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('every page (sitemap, search, both 404 pages) loads with its CSP, no CSP violation, no console error and no request to another host', async () => {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.ok(paths.length > 10, 'the sitemap lists the pages');
    const { page, problems, context } = await openPage(browser);
    const missing = [];
    for (const path of [...paths, '/en/search/?q=H20', '/fr/search/?q=H20', '/404.html', '/fr/404.html']) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      const policy = await page.evaluate(
        () => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '',
      );
      if (!/script-src[^;]*'wasm-unsafe-eval'/.test(policy) || /script-src[^;]*'unsafe-inline'/.test(policy))
        missing.push(`${path}: CSP ${policy ? 'too loose' : 'missing'}`);
    }
    assert.deepEqual([...missing, ...problems()], []);
    await context.close();
  });

  for (const lang of ['en', 'fr']) {
    test(`a search from the header box (${lang}) runs with zero CSP violations and no foreign request`, async () => {
      const { page, problems, context } = await openPage(browser);
      await page.goto(url(`/${lang}/saga/april-2025-licence/`));
      await page.locator('#site-search').click();
      await page.keyboard.type('H20');
      await page.locator('h20-search .search-result').first().waitFor();
      // A second query loads more index chunks and fragments.
      await page.keyboard.type(' Huawei');
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }

  test('the timeline and compare pages stay within the CSP while focus moves through their controls', async () => {
    const { page, problems, context } = await openPage(browser);
    for (const path of ['/en/timeline/', '/en/compare/']) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
      for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
      await page.waitForTimeout(200);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
