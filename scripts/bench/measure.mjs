// Measures one page in Chromium: every response before any interaction (by kind, raw and gzip
// bytes, request count), then the header search's first query (bytes and time to first result).
// Sizes come from the built files themselves (the test server does not compress), gzip at
// zlib's default level 6, as a host compressing on the fly would send them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { firstScreenEnd, markTagStarts } from '../lib/bench/first-screen.ts';
import { addSizes, resourceKind, resourceKinds, zeroSizes } from '../lib/bench/results.ts';
import { inlineScripts, isExecutableScriptType, parsePage } from '../lib/html.ts';
import { servedFile } from '../lib/server.mjs';

const sizeCache = new Map();

/** The built file a URL path is served from, 404 page included (scripts/serve.mjs semantics), or undefined. */
const fileFor = (dist, pathname) => servedFile(dist, pathname)?.file;

/** Raw and gzip size of a served file; already-compressed files (Pagefind's) count at their own size. */
export function fileSizes(file) {
  if (!file) return { raw: 0, gzip: 0 };
  let sizes = sizeCache.get(file);
  if (!sizes) {
    const bytes = readFileSync(file);
    sizes = { raw: bytes.length, gzip: Math.min(bytes.length, gzipSync(bytes).length) };
    sizeCache.set(file, sizes);
  }
  return sizes;
}

/** Sums requests into `Record<kind, Sizes> & { total }`. */
export function sumRequests(dist, requests) {
  const load = Object.fromEntries([...resourceKinds, 'total'].map((k) => [k, zeroSizes()]));
  for (const r of requests) {
    const url = new URL(r.url);
    const { raw, gzip } = fileSizes(fileFor(dist, url.pathname));
    const sizes = { raw, gzip, requests: 1 };
    addSizes(load[resourceKind(url.pathname, r.type)], sizes);
    addSizes(load.total, sizes);
  }
  return load;
}

/** Records which phase each request started in, and lets us wait until the network is quiet. */
function recorder(context, origin) {
  const requests = [];
  const inflight = new Set();
  const foreign = [];
  let phase = 'load';
  let lastActivity = performance.now();
  const started = new Map();
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(origin)) foreign.push(url);
    started.set(req, phase);
    inflight.add(req);
    lastActivity = performance.now();
  });
  const done = (req) => {
    if (!started.has(req)) return;
    inflight.delete(req);
    lastActivity = performance.now();
    requests.push({ url: req.url(), type: req.resourceType(), phase: started.get(req) });
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    requests,
    foreign,
    setPhase: (p) => (phase = p),
    /** Resolves when no request has been in flight for `quietMs`. */
    async settle(quietMs = 500, timeoutMs = 15_000) {
      const until = performance.now() + timeoutMs;
      while (performance.now() < until) {
        if (inflight.size === 0 && performance.now() - lastActivity >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Records the first keystroke and the first `.search-result` in the page's own clock. */
function benchProbe() {
  // Runs in the page before its scripts (through the DevTools protocol, not governed by the CSP).
  const state = { firstKey: null, firstResult: null };
  Object.defineProperty(window, '__bench', { value: state });
  addEventListener(
    'keydown',
    () => {
      if (state.firstKey === null) state.firstKey = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (state.firstResult === null && document.querySelector('.search-result')) state.firstResult = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Raw and gzip bytes of the executable inline scripts in a page's HTML (no request of their own). */
export function inlineScriptSizes(dist, path, base) {
  const file = fileFor(dist, new URL(path, base).pathname);
  const code = file
    ? inlineScripts(parsePage(readFileSync(file, 'utf8')))
        .filter((s) => isExecutableScriptType(s.type))
        .map((s) => s.body)
        .join('\n')
    : '';
  const bytes = Buffer.from(code, 'utf8');
  return { raw: bytes.length, gzip: bytes.length ? gzipSync(bytes).length : 0, requests: 0 };
}

/** Lighthouse's mobile viewport (the budget's), and a common laptop screen for comparison. */
const MOBILE = { width: 412, height: 823 };
const DESKTOP = { width: 1350, height: 940 };

/**
 * The HTML the first mobile screen needs: the page is served with a marker before every tag and laid
 * out without JavaScript (HTML and CSS alone); the prefix up to the first marker after the last thing
 * on screen is gzipped as one stream, as a host would send it. Undefined if it cannot be measured.
 */
export async function measureFirstScreen(browser, { base, dist, path, viewport = MOBILE }) {
  const file = fileFor(dist, new URL(path, base).pathname);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  const context = await browser.newContext({ viewport, javaScriptEnabled: false, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const url = new URL(path, base).href;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: markTagStarts(html) }));
    await page.goto(url, { waitUntil: 'load' });
    const end = (await page.evaluate(firstScreenEnd)) ?? html.length;
    const prefix = Buffer.from(html.slice(0, end), 'utf8');
    return { offset: end, raw: prefix.length, gzip: gzipSync(prefix).length };
  } finally {
    await context.close();
  }
}

/**
 * Measures `path` on the server at `base`, whose files are in `dist`. `query` is typed into the
 * header search box after load (the search page with `?q=` runs its own query on load instead).
 * Returns a PageResult without Lighthouse figures.
 */
export async function measurePage(browser, { base, dist, type, lang, path, query = 'H20' }) {
  const context = await browser.newContext({ viewport: MOBILE, serviceWorkers: 'block' });
  const rec = recorder(context, new URL(base).origin);
  await context.addInitScript(benchProbe);
  const page = await context.newPage();
  const result = { type, lang, path };
  try {
    const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    if (type === 'search') await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    await rec.settle();
    const loaded = rec.requests.filter((r) => r.phase === 'load');
    result.load = sumRequests(dist, loaded);
    // Scripts Astro inlines (theme, language switch, table of contents, small islands) are JS too.
    addSizes(result.load.js, inlineScriptSizes(dist, path, base));
    result.firstScreen = await measureFirstScreen(browser, { base, dist, path });
    result.firstScreenDesktop = await measureFirstScreen(browser, { base, dist, path, viewport: DESKTOP });
    result.firstRenderGzip = (result.firstScreen?.gzip ?? result.load.html.gzip) + result.load.css.gzip;
    if (type === 'search') {
      // The query ran on load: its files are what the search fetched (Pagefind's files and the
      // language's variants), the page's own script aside.
      const probe = await page.evaluate(() => window.__bench);
      const search = loaded.filter((r) => isSearchFile(new URL(r.url).pathname));
      result.firstQuery = {
        query: new URL(path, base).searchParams.get('q') ?? '',
        total: sumRequests(dist, search).total,
        pagefind: sumRequests(dist, search).total,
        msToResults: probe.firstResult,
        results: await page.locator('.search-result').count(),
      };
    } else {
      const { files: _files, ...firstQuery } = await typeFirstQuery(page, rec, dist, query);
      result.firstQuery = firstQuery;
    }
    result.files = rec.requests.map((r) => {
      const pathname = new URL(r.url).pathname;
      return { path: pathname, phase: r.phase, kind: resourceKind(pathname, r.type), ...fileSizes(fileFor(dist, pathname)) };
    });
    if (rec.foreign.length) result.error = `requests to other hosts: ${rec.foreign.join(', ')}`;
  } catch (error) {
    result.error = error.message.split('\n')[0];
    if (!result.load) {
      result.load = sumRequests(
        dist,
        rec.requests.filter((r) => r.phase === 'load'),
      );
      result.firstRenderGzip = result.load.html.gzip + result.load.css.gzip;
    }
  } finally {
    await context.close();
  }
  return result;
}

/** Files only a search fetches: Pagefind's (with the site's catalogue and words) and the variants. */
function isSearchFile(pathname) {
  return pathname.startsWith('/pagefind/') || /^\/[a-z]{2}\/search\/variants\.json$/.test(pathname);
}

/**
 * Types `query` into the header search box of a loaded page and records what that first query
 * fetched (everything, and of it the search files) and how long it took to the first result.
 */
async function typeFirstQuery(page, rec, dist, query) {
  rec.setPhase('query');
  const box = page.locator('#site-search');
  await box.click();
  await page.keyboard.type(query);
  await page.locator('h20-search .search-result').first().waitFor({ timeout: 15_000 });
  await rec.settle();
  const probe = await page.evaluate(() => window.__bench);
  const fetched = rec.requests.filter((r) => r.phase === 'query');
  return {
    query,
    total: sumRequests(dist, fetched).total,
    pagefind: sumRequests(
      dist,
      fetched.filter((r) => isSearchFile(new URL(r.url).pathname)),
    ).total,
    msToResults: probe.firstResult - probe.firstKey,
    results: await page.locator('h20-search .search-result').count(),
    files: fetched.map((r) => ({ path: new URL(r.url).pathname, ...fileSizes(fileFor(dist, new URL(r.url).pathname)) })),
  };
}

/**
 * A reader's first search on `path`, in a fresh browser context (nothing cached): the page loads,
 * then `query` is typed into the header box. Returns the FirstQuery figures with the files fetched.
 */
export async function measureFirstQuery(browser, { base, dist, path, query }) {
  const context = await browser.newContext({ viewport: MOBILE, serviceWorkers: 'block' });
  const rec = recorder(context, new URL(base).origin);
  await context.addInitScript(benchProbe);
  try {
    const page = await context.newPage();
    const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    await rec.settle();
    return { lang: path.split('/')[1], path, ...(await typeFirstQuery(page, rec, dist, query)) };
  } finally {
    await context.close();
  }
}
