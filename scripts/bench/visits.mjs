// First visit and second view of a page, counted as the Starlight peer counts its own pages
// (scripts/lib/bench/visits.ts): every request from navigation until the network is idle, gzip,
// fonts included, the favicon once. The second view opens the page again in a new tab of the same
// browser context after a first visit, so the HTTP cache holds what the host lets it cache
// (/_astro/* is immutable, HTML is revalidated); only what still reaches the network counts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { pagePaths } from '../lib/bench/visits.ts';
import { servedFile } from '../lib/server.mjs';
import { fileSizes, sumRequests } from './measure.mjs';

const MOBILE = { width: 412, height: 823 };
const FAVICON = '/favicon.svg';

/** The English (or `lang`) MDX pages of the content tree, as site paths. */
export function contentPagePaths(root, lang = 'en') {
  return pagePaths(readdirSync(join(root, 'content', lang), { recursive: true }).map(String), lang);
}

/**
 * Loads `url` in a new tab of `context` and records each request, and whether the HTTP cache
 * answered it (DevTools protocol: served from memory or disk cache), until the network has been
 * idle for `quietMs`.
 */
async function visit(context, url, quietMs = 500, timeoutMs = 15_000) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  let inflight = 0;
  let last = performance.now();
  const touch = () => (last = performance.now());
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
    if (!/^https?:/.test(request.url) || requests.has(requestId)) return;
    requests.set(requestId, { url: request.url, type, cached: false, done: false });
    inflight++;
    touch();
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const r = requests.get(requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const r = requests.get(requestId);
    if (r && (response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker)) r.cached = true;
  });
  const finish = ({ requestId }) => {
    const r = requests.get(requestId);
    if (!r || r.done) return;
    r.done = true;
    inflight--;
    touch();
  };
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', finish);
  await cdp.send('Network.enable');
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const until = performance.now() + timeoutMs;
  while (performance.now() < until && (inflight > 0 || performance.now() - last < quietMs)) await new Promise((r) => setTimeout(r, 50));
  await page.close();
  return [...requests.values()];
}

/** Sizes of the requests that reached the network, favicon counted once even when not fetched. */
function count(dist, requests) {
  const network = requests.filter((r) => !r.cached);
  const sums = sumRequests(
    dist,
    network.map((r) => ({ url: r.url, type: r.type?.toLowerCase() })),
  );
  return { sums, favicon: requests.some((r) => new URL(r.url).pathname === FAVICON) };
}

/** VisitFigures (scripts/lib/bench/visits.ts) of `path` on the server at `base`, files in `dist`. */
export async function measureVisits(browser, { base, dist, path }) {
  const context = await browser.newContext({ viewport: MOBILE, serviceWorkers: 'block' });
  try {
    const url = new URL(path, base).href;
    const first = count(dist, await visit(context, url));
    const second = count(dist, await visit(context, url));
    const icon = fileSizes(servedFile(dist, FAVICON)?.file).gzip;
    const f = first.sums;
    const firstIcon = first.favicon ? 0 : icon;
    return {
      path,
      first: {
        html: f.html.gzip,
        css: f.css.gzip,
        js: f.js.gzip,
        font: f.font.gzip,
        other: f.image.gzip + f.data.gzip + f.other.gzip + firstIcon,
        total: f.total.gzip + firstIcon,
        requests: f.total.requests + (first.favicon ? 0 : 1),
      },
      // The favicon is revalidated like HTML (no-cache): count it once here too.
      second: {
        total: second.sums.total.gzip + (second.favicon ? 0 : icon),
        requests: second.sums.total.requests + (second.favicon ? 0 : 1),
      },
    };
  } finally {
    await context.close();
  }
}
